package vn.laichau.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.thidua.security.SecurityWebTest;
import vn.laichau.thidua.support.Workbooks;

/**
 * An administrator imports officials from a CSV file over {@code POST /api/admin/officials}; the units and their groups
 * come from the registry's seed (Xã Thèn Sin 03394 in huyện Tam Đường 106, Sở Nội vụ SO-NOI-VU).
 */
@SecurityWebTest
class OfficialsImportTest {

  private static final String ADMIN_PASSWORD = "Adm1n-Test-Only!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void createsTheValidLinesAndReportsEveryRefusedOneWithItsReason() throws Exception {
    String csv = """
        \uFEFFid,name,email,unitOrRole
        nhap.nguyen.an,Nguyễn Văn An,an.nv@laichau.gov.vn,03394
        nhap.tran.binh,"Trần  Thị Bình",binh.tt@laichau.gov.vn,phong-noi-vu-106
        nhap.le.cuong,Lê Văn Cường,cuong.lv@laichau.gov.vn,so-noi-vu|SO-NOI-VU

        nhap.nguyen.an,Nguyễn Văn An,an2@laichau.gov.vn,03394
        admin,Quản trị,admin@laichau.gov.vn,camunda-admin
        Nguyễn An,Nguyễn An,an3@laichau.gov.vn,03394
        nhap.pham.dung,Phạm Dũng,khong-phai-email,03394
        nhap.vu.em,Vũ Em,em@laichau.gov.vn,99999
        nhap.do.giang,Đỗ Giang,giang@laichau.gov.vn
        nhap.ho.hoa,,hoa@laichau.gov.vn,03394
        """;

    HttpResponse<String> answer = post("admin", ADMIN_PASSWORD, "text/csv; charset=ISO-8859-1", csv);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(answer.body());
    assertThat(report.get("created")).hasSize(3);
    JsonNode an = report.get("created").get(0);
    assertThat(an.get("id").asText()).isEqualTo("nhap.nguyen.an");
    assertThat(an.get("groups").get(0).asText()).isEqualTo("unit-03394");
    assertThat(report.get("created").get(1).get("groups").get(0).asText()).isEqualTo("phong-noi-vu-106");
    assertThat(report.get("created").get(2).get("groups")).hasSize(2);

    Map<Integer, String> refused = new HashMap<>();
    report.get("refused").forEach(line -> refused.put(line.get("line").asInt(), line.get("reason").asText()));
    assertThat(refused).containsOnlyKeys(6, 7, 8, 9, 10, 11, 12);
    assertThat(refused.get(6)).contains("đã có ở dòng 2");
    assertThat(refused.get(7)).contains("đã có trong hệ thống");
    assertThat(refused.get(8)).contains("không hợp lệ");
    assertThat(refused.get(9)).contains("e-mail");
    assertThat(refused.get(10)).contains("Không có đơn vị hoặc vai trò '99999'");
    assertThat(refused.get(11)).contains("cần 4 cột");
    assertThat(refused.get(12)).contains("Thiếu họ và tên");

    // Vietnamese names arrive intact although the client claimed Latin-1, and read in Vietnamese order
    var user = engine.getIdentityService().createUserQuery().userId("nhap.tran.binh").singleResult();
    assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Trần Thị Bình");
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("nhap.le.cuong").count()).isEqualTo(2);

    // the initial password works, once handed over
    String password = an.get("initialPassword").asText();
    assertThat(engine.getIdentityService().checkPassword("nhap.nguyen.an", password)).isTrue();
    assertThat(engine.getIdentityService().checkPasswordAgainstPolicy(password).isValid()).isTrue();
    assertThat(get("/engine-rest/engine/" + engine.getName() + "/user/nhap.nguyen.an/profile", "nhap.nguyen.an", password).statusCode())
        .isEqualTo(200);
  }

  @Test
  void acceptsTheSemicolonsExcelWritesAndAMultipartUpload() throws Exception {
    String csv = "id;name;email;unitOrRole\r\nnhap.semicolon;Hà Văn Sơn;son@laichau.gov.vn;03394\r\n";
    String boundary = "----officials";
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"can-bo.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";

    HttpResponse<String> answer = post("admin", ADMIN_PASSWORD, "multipart/form-data; boundary=" + boundary, multipart);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).get("created").get(0).get("id").asText()).isEqualTo("nhap.semicolon");
  }

  @Test
  void acceptsAnExcelWorkbookWithTheSameColumns() throws Exception {
    byte[] workbook = Workbooks.xlsx(List.of(
        List.of("id", "name", "email", "unitOrRole"),
        List.of("nhap.excel.mai", "Lò Thị Mai", "mai.lt@laichau.gov.vn", "03394"),
        List.of("nhap.excel.so", "Số Không Hợp Lệ", "so@laichau.gov.vn", 99999)));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/officials"))
        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Authorization", basic("admin", ADMIN_PASSWORD))
        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build();

    HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(answer.body());
    assertThat(report.get("created").get(0).get("name").asText()).isEqualTo("Lò Thị Mai");
    // the line is the row number Excel shows; a number cell reads as it is shown ("99999", not "99999.0")
    assertThat(report.get("refused").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(report.get("refused").get(0).get("reason").asText()).contains("'99999'");
  }

  @Test
  void aFileWithoutTheHeaderIsRefusedWhole() throws Exception {
    HttpResponse<String> answer = post("admin", ADMIN_PASSWORD, "text/csv",
        "nhap.khong.tieu.de,Không Tiêu Đề,k@laichau.gov.vn,03394\n");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Dòng đầu của tệp phải là tiêu đề");
    assertThat(engine.getIdentityService().createUserQuery().userId("nhap.khong.tieu.de").count()).isZero();
  }

  @Test
  void onlyAnAdministratorImports() throws Exception {
    var official = engine.getIdentityService().newUser("nhap.khong.quyen");
    official.setPassword("Mật-khẩu-Thử-2025!");
    engine.getIdentityService().saveUser(official);
    engine.getIdentityService().createMembership("nhap.khong.quyen", "so-noi-vu");
    String csv = "id,name,email,unitOrRole\nnhap.tu.cap,Tự Cấp,t@laichau.gov.vn,camunda-admin\n";

    HttpResponse<String> sonoivu = post("nhap.khong.quyen", "Mật-khẩu-Thử-2025!", "text/csv", csv);
    assertThat(sonoivu.statusCode()).isEqualTo(403);
    assertThat(sonoivu.body()).contains("Chỉ quản trị viên");

    HttpResponse<String> anonymous = post(null, null, "text/csv", csv);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");

    assertThat(engine.getIdentityService().createUserQuery().userId("nhap.tu.cap").count()).isZero();
  }

  private HttpResponse<String> post(String user, String password, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/officials"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
