package vn.laichau.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.security.SecurityWebTest;
import vn.laichau.thidua.support.Workbooks;

/**
 * Sở Nội vụ sets up the registry from one file over {@code POST /api/admin/units}: staff counts, council members and
 * new units, from CSV or XLSX; every refused line is named and then nothing of the file is kept. Units of huyện Nậm
 * Nhùn (112): Xã Nậm Ban 03502, Xã Trung Chải 03503.
 */
@SecurityWebTest
class UnitsImportTest {

  static final String SO_NOI_VU = "nhap.dv.sonoivu";
  static final String COMMUNE_OFFICIAL = "nhap.dv.xa";
  static final String COUNCIL_MEMBER = "nhap.dv.hoidong";
  static final String PASSWORD = "Mat-khau-Nhap-1!";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  UnitRegistry registry;
  @Autowired
  IdentityService identityService;

  @BeforeEach
  void users() {
    user(SO_NOI_VU, Groups.SO_NOI_VU);
    user(COMMUNE_OFFICIAL, Groups.unit("03502"));
    user(COUNCIL_MEMBER, Groups.HOI_DONG_TDKT);
  }

  @Test
  void aGoodFileSetsStaffCountsCouncilMembersAndNewUnitsInOneGo() throws Exception {
    String csv = """
        code,name,level,kind,staffCount,parentCode,councilMember
        03502,,,,35,,nhap.dv.hoidong
        SO-NHAP-THU,Sở Nhập Thử,SO_NGANH_HUYEN,CIVIL,1.250,,nhap.dv.hoidong
        XA-NHAP-THU,"Xã Nhập Thử, huyện Nậm Nhùn",CO_SO,CIVIL,12,112,

        """;

    HttpResponse<String> answer = post(SO_NOI_VU, "text/csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(answer.body());
    assertThat(report.get("applied").asBoolean()).isTrue();
    assertThat(report.get("refused")).isEmpty();
    assertThat(report.get("updated")).hasSize(1);
    assertThat(report.get("updated").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(report.get("created")).extracting(line -> line.get("code").asText())
        .containsExactly("SO-NHAP-THU", "XA-NHAP-THU");

    Unit namBan = registry.find("03502").orElseThrow();
    assertThat(namBan.staffCount()).isEqualTo(35);
    assertThat(namBan.councilMember()).isEqualTo(COUNCIL_MEMBER);
    assertThat(namBan.name()).as("an empty cell keeps the stored value").isEqualTo("Xã Nậm Ban");
    assertThat(namBan.parentCode()).isEqualTo("112");
    Unit agency = registry.find("SO-NHAP-THU").orElseThrow();
    assertThat(agency.staffCount()).as("1.250 as a Vietnamese spreadsheet shows it").isEqualTo(1250);
    assertThat(agency.level()).isEqualTo(Level.SO_NGANH_HUYEN);
    assertThat(agency.parentCode()).isNull();
    assertThat(registry.find("XA-NHAP-THU").orElseThrow().name()).isEqualTo("Xã Nhập Thử, huyện Nậm Nhùn");
    assertThat(identityService.createGroupQuery().groupId(Groups.unit("SO-NHAP-THU")).count()).isOne();
  }

  @Test
  void everyRefusedLineIsNamedAndNothingOfTheFileIsKept() throws Exception {
    Integer staffBefore = registry.find("03503").orElseThrow().staffCount();
    String csv = """
        code;name;level;kind;staffCount;parentCode;councilMember
        03503;;;;77;;nhap.dv.hoidong
        SO-NHAP-HONG;Sở Nhập Hỏng;SO_NGANH_HUYEN;CIVIL;30;;
        03502;;;;0;;
        03488;;;;12;;khong.co.ai
        XA-NHAP-HONG;Xã Nhập Hỏng;CO_SO;CIVIL;10;99999;
        SO-NHAP-THIEU;;SO_NGANH_HUYEN;CIVIL;;;
        03503;;;;78;;
        105;;;;ba mươi;;
        XA-CAP-LA;Xã Cấp Lạ;XA;CIVIL;;112;
        """;

    HttpResponse<String> answer = post(SO_NOI_VU, "text/csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode report = JSON.readTree(answer.body());
    assertThat(report.get("applied").asBoolean()).isFalse();
    assertThat(report.get("message").asText())
        .isEqualTo("Không nhập dòng nào: 7 dòng bị từ chối (dòng 4, 5, 6, 7, 8, 9, 10). Sửa các dòng này rồi gửi lại"
            + " cả tệp.");
    assertThat(report.get("created")).isEmpty();
    assertThat(report.get("updated")).isEmpty();
    Map<Integer, String> refused = new LinkedHashMap<>();
    report.get("refused").forEach(line -> refused.put(line.get("line").asInt(), line.get("reason").asText()));
    assertThat(refused).containsOnlyKeys(4, 5, 6, 7, 8, 9, 10);
    assertThat(refused.get(4)).startsWith("R3: Số cán bộ").contains("giá trị 0");
    assertThat(refused.get(5)).contains("Không tìm thấy người dùng 'khong.co.ai'");
    assertThat(refused.get(6)).contains("Không tìm thấy đơn vị cấp trên có mã '99999'");
    assertThat(refused.get(7)).isEqualTo("Tên đơn vị không được để trống.");
    assertThat(refused.get(8)).isEqualTo("Mã đơn vị '03503' đã có ở dòng 2 của tệp.");
    assertThat(refused.get(9)).isEqualTo("Số cán bộ (staffCount) 'ba mươi' không phải là một số nguyên.");
    assertThat(refused.get(10)).startsWith("Cấp 'XA' không hợp lệ");

    // the good lines 2 and 3 were saved and undone with the rest: no staff count, no unit, no group
    assertThat(registry.find("03503").orElseThrow().staffCount()).isEqualTo(staffBefore);
    assertThat(registry.find("03503").orElseThrow().councilMember()).isNull();
    assertThat(registry.find("SO-NHAP-HONG")).isEmpty();
    assertThat(identityService.createGroupQuery().groupId(Groups.unit("SO-NHAP-HONG")).count()).isZero();
  }

  @Test
  void anExcelWorkbookUploadedAsAFormFieldWithOnlyTheColumnsItNeeds() throws Exception {
    byte[] workbook = Workbooks.xlsx(List.of(
        List.of("Code", "StaffCount"),
        List.of("03488", 41),
        Arrays.asList("112", null)));
    String boundary = "----donvi";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"don-vi.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + workbook.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(workbook, 0, body, head.length, workbook.length);
    System.arraycopy(tail, 0, body, head.length + workbook.length, tail.length);

    HttpResponse<String> answer = post(SO_NOI_VU, "multipart/form-data; boundary=" + boundary, body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(registry.find("03488").orElseThrow().staffCount()).isEqualTo(41);
    assertThat(JSON.readTree(answer.body()).get("updated")).hasSize(2);
  }

  @Test
  void aFileThatIsNotAListOfUnitsIsRefusedWhole() throws Exception {
    HttpResponse<String> noCode = post(SO_NOI_VU, "text/csv", "name,staffCount\nXã A,3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noCode.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noCode.body()).get("message").asText())
        .startsWith("Dòng đầu của tệp phải là tiêu đề, có cột code");

    HttpResponse<String> unknown = post(SO_NOI_VU, "text/csv", "code,soCanBo\n03502,3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get("message").asText()).startsWith("Tiêu đề có cột không dùng được hoặc lặp"
        + " lại: socanbo.");
  }

  @Test
  void onlySoNoiVuAndAdministratorsImport() throws Exception {
    Integer staffBefore = registry.find("03502").orElseThrow().staffCount();
    byte[] csv = "code,staffCount\n03502,999\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> official = post(COMMUNE_OFFICIAL, "text/csv", csv);
    assertThat(official.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(official.body()).get("message").asText())
        .isEqualTo("Chỉ Sở Nội vụ và quản trị viên được nhập danh sách đơn vị.");
    HttpResponse<String> anonymous = post(null, "text/csv", csv);
    assertThat(anonymous.statusCode()).isEqualTo(401);

    assertThat(registry.find("03502").orElseThrow().staffCount()).isEqualTo(staffBefore);
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName("Người");
    user.setLastName("Thử");
    user.setEmail(id + "@laichau.gov.vn");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
  }

  private HttpResponse<String> post(String user, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/units"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
