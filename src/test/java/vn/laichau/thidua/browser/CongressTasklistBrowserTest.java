package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The unit's and the reviewer's way through Tasklist in a real browser: the embedded forms of draftPlan and
 * reviewDossier load their variables, upload and download the documents and send what the process expects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.generic-properties.properties.groupResourceWhitelistPattern=[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")
@ActiveProfiles("test")
class CongressTasklistBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  static final String PASSWORD = "Browser-Test-1!";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @TempDir
  Path documents;

  private final List<Tasklist> browsers = new ArrayList<>();

  /** A failing test leaves a picture of every open browser behind. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent()) {
      for (Tasklist browser : browsers) {
        browser.screenshot("failure-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Tasklist::close);
  }

  @Test
  void unitSendsDossierAndReviewerApprovesItInTasklist() throws Exception {
    String unitCode = "SO-THU-NGHIEM";
    createUser("donvithunghiem", "unit-" + unitCode);
    createUser("sonoivuthunghiem", "so-noi-vu");
    repositoryService.createDeployment().name("forms-scaffold")
        .addClasspathResource("browser/forms-scaffold.bpmn")
        .addClasspathResource("forms/draft-plan.html")
        .addClasspathResource("forms/review-dossier.html")
        .addClasspathResource("forms/report-results.form")
        .addClasspathResource("forms/handle-overdue.form")
        .addClasspathResource("forms/agree-pilot-plan.form")
        .deploy();
    LocalDate today = LocalDate.now(VIETNAM);
    Map<String, Object> variables = new HashMap<>();
    variables.put("unitCode", unitCode);
    variables.put("unitName", "Sở Thử nghiệm tỉnh Lai Châu");
    variables.put("unitLevel", "SO_NGANH_HUYEN");
    variables.put("staffCount", 250);
    variables.put("unitGroup", "unit-" + unitCode);
    variables.put("reviewerGroup", "so-noi-vu");
    variables.put("deadline", today.plusDays(60).toString());
    variables.put("levelLabel", "Cấp sở, ban, ngành, đoàn thể tỉnh và huyện, thành phố");
    variables.put("quotaDescription", "Hội nghị đại biểu: từ 1 đến 175 đại biểu (70% của 250, không quá 200)");
    variables.put("allowedFormatOptions", Variables.objectValue(
            "[{\"value\":\"DAI_HOI_THI_DUA_YEU_NUOC\",\"label\":\"Đại hội Thi đua yêu nước\"},"
                + "{\"value\":\"HOI_NGHI_DIEN_HINH_TIEN_TIEN\",\"label\":\"Hội nghị điển hình tiên tiến\"}]")
        .serializationDataFormat("application/json").create());
    ProcessInstance congress = runtimeService.startProcessInstanceByKey("formsScaffold", unitCode, variables);

    Path plan = SmallPdf.write(documents, "ke-hoach.pdf", "Ke hoach to chuc Dai hoi");
    Path schedule = SmallPdf.write(documents, "lich-to-chuc.pdf", "Lich to chuc");
    Path report = SmallPdf.write(documents, "bao-cao-tong-ket.pdf", "Bao cao tong ket");
    Path programme = SmallPdf.write(documents, "noi-dung-dai-hoi.pdf", "Noi dung Dai hoi");
    String meetingDate = today.plusDays(30).toString();

    Tasklist unit = browser("don-vi");
    unit.login("donvithunghiem", PASSWORD);
    unit.openTask("Lập kế hoạch và gửi hồ sơ");
    unit.claim();
    unit.waitForText(By.id("unitName"));
    unit.screenshot("01-draft-plan-opened");
    Files.writeString(SCREENSHOTS.resolve("draft-plan.html"), unit.pageSource());
    assertThat(unit.optionValues("format")).containsExactly("", "DAI_HOI_THI_DUA_YEU_NUOC", "HOI_NGHI_DIEN_HINH_TIEN_TIEN");
    unit.select("format", "DAI_HOI_THI_DUA_YEU_NUOC");
    unit.setDate("meetingDate", meetingDate);
    unit.select("session", "MORNING");
    unit.type("delegateCount", "150");
    for (String item : List.of("REVIEW", "SPEECHES", "COMMENDATION", "LAUNCH", "UPPER_DELEGATES")) {
      unit.check("programme-" + item);
    }
    unit.upload("planDocument", plan);
    unit.upload("scheduleDocument", schedule);
    unit.upload("summaryReport", report);
    unit.upload("programmeDocument", programme);
    unit.screenshot("02-draft-plan-filled");
    unit.complete();
    unit.waitForCompletion("Lập kế hoạch và gửi hồ sơ");

    Map<String, Object> sent = runtimeService.getVariables(congress.getId());
    assertThat(sent).containsEntry("format", "DAI_HOI_THI_DUA_YEU_NUOC").containsEntry("meetingDate", meetingDate)
        .containsEntry("session", "MORNING").containsEntry("delegateCount", 150);
    FileValue planFile = runtimeService.getVariableTyped(congress.getId(), "planDocument");
    assertThat(planFile.getFilename()).isEqualTo("ke-hoach.pdf");
    assertThat(planFile.getMimeType()).isEqualTo("application/pdf");
    assertThat(planFile.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(plan));

    Tasklist reviewer = browser("so-noi-vu");
    reviewer.login("sonoivuthunghiem", PASSWORD);
    reviewer.openTask("Thẩm định hồ sơ");
    reviewer.claim();
    reviewer.waitForText(By.id("formatLabel"));
    reviewer.waitForText(By.id("planDocumentLink"));
    reviewer.screenshot("03-review-dossier-opened");
    Files.writeString(SCREENSHOTS.resolve("review-dossier.html"), reviewer.pageSource());
    reviewer.element(By.id("approve")).click();
    reviewer.complete();
    reviewer.waitForCompletion("Thẩm định hồ sơ");
    assertThat(runtimeService.getVariable(congress.getId(), "approved")).isEqualTo(true);

    Task next = taskService.createTaskQuery().processInstanceId(congress.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("reportResults");
  }

  private Tasklist browser(String who) throws Exception {
    Tasklist browser = Tasklist.open(who, "http://localhost:" + port, SCREENSHOTS);
    browsers.add(browser);
    return browser;
  }

  private void createUser(String userId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupId);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    User user = identityService.newUser(userId);
    user.setFirstName(userId);
    user.setLastName("Lai Châu");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, groupId);
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    filterService.createFilterQuery().list()
        .forEach(filter -> grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ));
    grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
