package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Over real HTTP (CONTRACT "Refusals"): a refused start or completion of the engine REST API is a 400 with the
 * Vietnamese message, the task stays open and nothing of the refused completion is stored. Requests carry HTTP Basic
 * credentials of the test administrator, so the test holds once /engine-rest requires them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CongressRestTest {

  private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
      .encodeToString("admin:Adm1n-Test-Only!".getBytes(StandardCharsets.UTF_8));
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  UnitRegistry registry;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void clock() {
    CongressDriver.clockAt(LocalDate.of(2025, 1, 10), 9, 0);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void startOfAnUnknownUnitAnswers400WithTheVietnameseMessage() throws Exception {
    HttpResponse<String> response = post("/process-definition/key/congress/start",
        "{\"variables\": {\"unitCode\": {\"value\": \"KHONG-CO\", \"type\": \"String\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("type").asText()).as(response.body()).isEqualTo("RuleViolationException");
    assertThat(body.get("message").asText()).isEqualTo("R1 – Không có đơn vị mã «KHONG-CO» trong danh sách đơn vị.");
    assertThat(body.get("violations")).hasSize(1);
  }

  @Test
  void refusedCompletionAnswers400LeavesTheTaskOpenAndStoresNothing() throws Exception {
    Unit commune = registry.save(new Unit("REST-01", "Xã thử nghiệm REST", Level.CO_SO, UnitKind.CIVIL, 80, "106",
        null, true));
    HttpResponse<String> started = post("/process-definition/key/congress/start",
        "{\"businessKey\": \"REST-01\", \"variables\": {\"unitCode\": {\"value\": \"REST-01\", \"type\": \"String\"}}}");
    assertThat(started.statusCode()).isEqualTo(200);
    String instanceId = JSON.readTree(started.body()).get("id").asText();
    String taskId = JSON.readTree(get("/task?processInstanceId=" + instanceId + "&taskDefinitionKey=draftPlan")
        .body()).get(0).get("id").asText();

    String refusedDossier = dossier(commune, "FULL_DAY");
    for (String action : new String[] {"complete", "submit-form"}) {
      HttpResponse<String> refused = post("/task/" + taskId + "/" + action, refusedDossier);

      assertThat(refused.statusCode()).as(action).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).get("message").asText()).as(action).isEqualTo(
          "R4 – Thời gian «Cả ngày» không phù hợp với cấp cơ sở (xã, phường, thị trấn, doanh nghiệp thuộc tỉnh). "
              + "Được chọn: «Buổi sáng», «Buổi chiều».");
      assertThat(get("/task/" + taskId).statusCode()).as("the task stays open after " + action).isEqualTo(200);
      JsonNode variables = JSON.readTree(get("/process-instance/" + instanceId + "/variables").body());
      assertThat(variables.has("session") || variables.has("format") || variables.has("planDocument"))
          .as("nothing of the refused %s is stored", action).isFalse();
    }

    HttpResponse<String> accepted = post("/task/" + taskId + "/complete", dossier(commune, "MORNING"));
    assertThat(accepted.statusCode()).isEqualTo(204);
    assertThat(JSON.readTree(get("/process-instance/" + instanceId + "/variables/session").body()).get("value")
        .asText()).isEqualTo("MORNING");
  }

  /** Tasklist submits draft-plan.html through the webapp's own engine API, with a session and a CSRF token. */
  @Test
  void tasklistSubmissionOfARefusedFormAnswers400WithTheVietnameseMessage() throws Exception {
    Unit commune = registry.save(new Unit("REST-02", "Xã thử nghiệm Tasklist", Level.CO_SO, UnitKind.CIVIL, 80, "106",
        null, true));
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, "REST-02",
        Map.of(CongressVariables.UNIT_CODE, "REST-02")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String webapp = "http://localhost:" + port + "/camunda";

    String token = browser.send(HttpRequest.newBuilder(URI.create(webapp + "/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(webapp + "/api/admin/auth/user/" + engine.getName() + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Adm1n-Test-Only%21")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String engineApi = webapp + "/api/engine/engine/" + engine.getName();
    token = browser.send(HttpRequest.newBuilder(URI.create(engineApi + "/task/" + taskId)).GET().build(),
        HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElse(token);

    HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(
            URI.create(engineApi + "/task/" + taskId + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(dossier(commune, "FULL_DAY"))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("message").asText()).startsWith("R4 – Thời gian «Cả ngày»");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void otherErrorsKeepCamundasOwnAnswers() throws Exception {
    HttpResponse<String> missing = get("/task/no-such-task");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("type").asText()).isEqualTo("InvalidRequestException");
  }

  private String dossier(Unit unit, String session) throws IOException {
    ObjectNode variables = JSON.createObjectNode();
    variables.set("format", string("HOI_NGHI_TUYEN_DUONG_DIEN_HINH"));
    variables.set("meetingDate", string("2025-02-20"));
    variables.set("session", string(session));
    ObjectNode programme = JSON.createObjectNode().put("type", "Json")
        .put("value", JSON.writeValueAsString(CongressDriver.ALL_PROGRAMME_ITEMS));
    variables.set("programmeItems", programme);
    variables.set("exemplarSpeakers", string("Nguyễn Văn An, Chủ tịch Hội Nông dân xã"));
    variables.set("planDocument", file("ke-hoach.pdf", CongressDriver.PDF, "%PDF-1.7 kế hoạch"));
    variables.set("scheduleDocument", file("lich.pdf", CongressDriver.PDF, "%PDF-1.7 lịch"));
    variables.set("summaryReport", file("bao-cao.docx", CongressDriver.DOCX, "PK\u0003\u0004 báo cáo"));
    variables.set("programmeDocument", file("noi-dung.docx", CongressDriver.DOCX, "PK\u0003\u0004 nội dung"));
    return JSON.writeValueAsString(JSON.createObjectNode().set("variables", variables));
  }

  private static ObjectNode string(String value) {
    return JSON.createObjectNode().put("type", "String").put("value", value);
  }

  private static ObjectNode file(String name, String mimeType, String content) {
    ObjectNode file = JSON.createObjectNode().put("type", "File")
        .put("value", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
    file.putObject("valueInfo").put("filename", name).put("mimeType", mimeType);
    return file;
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The engine by its name: tests give every context's engine a unique name, so the API's "default" engine does not
   * exist here.
   */
  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine/" + engine.getName()
            + path))
        .header("Authorization", AUTHORIZATION).header("Accept", "application/json");
  }
}
