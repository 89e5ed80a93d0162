package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.recognition.ContentLists;
import vn.laichau.thidua.security.SecurityWebTest;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R11, R12 over real HTTP: the review form of a district's dossier links the lists of its commune that has reported,
 * with the campaign and the unit the server knows; Sở Nội vụ, who reviews it, downloads them by following the links,
 * while the official of another commune gets neither the form's variables nor the documents.
 */
@SecurityWebTest
class DocumentLinksWebTest {

  private static final String PASSWORD = "Mật-khẩu-Thử-2025!";
  private static final String REVIEWER = "snv-lien-ket";
  private static final String OTHER_COMMUNE = "xa-khac-lien-ket";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CongressRules rules;
  @Autowired
  CampaignCalendar calendar;
  @Autowired
  CongressFacts facts;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> started = new ArrayList<>();
  private CongressDriver driver;

  @BeforeEach
  void users() {
    driver = new CongressDriver(engine, registry, rules, calendar);
    user(REVIEWER, Groups.SO_NOI_VU);
    user(OTHER_COMMUNE, Groups.unit("03412"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    started.stream().filter(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .count() > 0).forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test finished", true, true));
  }

  @Test
  void theReviewerFollowsTheLinksToTheCommunesListsAndAnotherCommuneMayNot() throws Exception {
    CongressDriver.clockAt(LocalDate.of(2025, 1, 10), 9, 0);
    Unit district = driver.save(Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 80, "12");
    Unit commune = driver.save(Level.CO_SO, UnitKind.CIVIL, 60, district.code());
    ProcessInstance communeCongress = reported(commune);
    ProcessInstance districtCongress = start(district);
    engine.getTaskService().complete(task(districtCongress, TASK_DRAFT_PLAN),
        driver.validDossier(district, LocalDate.of(2025, 5, 20)));
    String review = task(districtCongress, TASK_REVIEW_DOSSIER);
    String campaign = facts.of(communeCongress.getId()).campaignId();
    String lists = "/api/campaigns/" + URLEncoder.encode(campaign, StandardCharsets.UTF_8);

    // the form's variables, as Tasklist's form-js and embedded forms ask for them
    HttpResponse<String> all = get(REVIEWER, formVariables(review) + "?deserializeValues=false");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    JsonNode variables = JSON.readTree(all.body());
    assertThat(variables.path("lowerUnitsDocuments").path("type").asText()).isEqualTo("Json");
    JsonNode units = JSON.readTree(variables.path("lowerUnitsDocuments").path("value").asText());
    assertThat(units).as(all.body()).hasSize(1);
    JsonNode unit = units.get(0);
    assertThat(unit.path("name").asText()).isEqualTo(commune.name());
    List<String> hrefs = new ArrayList<>();
    unit.path("links").forEach(link -> hrefs.add(link.path("href").asText()));
    assertThat(hrefs).containsExactly(
        lists + "/delegates.docx?unit=" + commune.code(), lists + "/delegates.xlsx?unit=" + commune.code(),
        lists + "/exemplars.docx?unit=" + commune.code(), lists + "/exemplars.xlsx?unit=" + commune.code());
    assertThat(variables.path("lowerUnitsDocumentsText").path("value").asText())
        .contains("](" + lists + "/delegates.docx?unit=" + commune.code() + ")");
    HttpResponse<String> named = get(REVIEWER, formVariables(review) + "?variableNames=lowerUnitsDocumentsText,"
        + "levelLabel&deserializeValues=false");
    assertThat(JSON.readTree(named.body()).fieldNames()).toIterable()
        .containsExactlyInAnyOrder("lowerUnitsDocumentsText", "levelLabel");

    for (String href : hrefs) {
      HttpResponse<byte[]> document = download(REVIEWER, href);
      assertThat(document.statusCode()).as(href).isEqualTo(200);
      assertThat(document.headers().firstValue("Content-Type").orElse(""))
          .as(href).contains(href.contains(".docx") ? "wordprocessingml" : "spreadsheetml");
      // a DOCX and an XLSX are zip archives
      assertThat(new String(document.body(), 0, 2, StandardCharsets.ISO_8859_1)).as(href).isEqualTo("PK");
    }

    // another commune's official may read neither the district's form nor the commune's lists
    assertThat(get(OTHER_COMMUNE, formVariables(review)).statusCode()).isIn(403, 404);
    for (String href : hrefs) {
      assertThat(download(OTHER_COMMUNE, href).statusCode()).as(href).isIn(403, 404);
    }
  }

  /** Drafted, approved, held on 20/02/2025 and reported with two named delegates. */
  private ProcessInstance reported(Unit commune) {
    ProcessInstance congress = start(commune);
    engine.getTaskService().complete(task(congress, TASK_DRAFT_PLAN),
        driver.validDossier(commune, LocalDate.of(2025, 2, 20)));
    engine.getTaskService().complete(task(congress, TASK_REVIEW_DOSSIER), Variables.putValue(APPROVED, true));
    CongressDriver.clockAt(LocalDate.of(2025, 2, 20), 14, 0);
    Job meetingDay = engine.getManagementService().createJobQuery().processInstanceId(congress.getId())
        .activityId("meetingDayReached").singleResult();
    engine.getManagementService().executeJob(meetingDay.getId());
    engine.getTaskService().complete(task(congress, TASK_REPORT_RESULTS), Variables.createVariables()
        .putValue(HELD_ON, "2025-02-20").putValue(ATTENDANCE, 50).putValue(COMMENDED_COLLECTIVES, 0)
        .putValue(COMMENDED_INDIVIDUALS, 0).putValue(UPPER_DELEGATES, 2)
        .putValue(ContentLists.DELEGATE_LIST, "Lò Thị Mai; 1985; Nữ; Thái; Giáo viên Trường Tiểu học xã\n"
            + "Lò Văn Pao; 1982; Nam; Thái; Trưởng bản"));
    CongressDriver.clockAt(LocalDate.of(2025, 2, 21), 9, 0);
    return congress;
  }

  private ProcessInstance start(Unit unit) {
    ProcessInstance congress = driver.start(unit);
    started.add(congress.getId());
    return congress;
  }

  private String task(ProcessInstance congress, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
  }

  private String formVariables(String taskId) {
    return "/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/form-variables";
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return http.send(request(user, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> download(String user, String path) throws Exception {
    return http.send(request(user, path), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
  }

  private void user(String id, String group) {
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setFirstName("Cán bộ");
      user.setLastName("kiểm tra");
      user.setEmail(id + "@laichau.gov.vn");
      user.setPassword(PASSWORD);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, group);
    }
  }
}
