package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
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
import org.junit.jupiter.api.BeforeAll;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
  HistoryService historyService;
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
    deployScaffold();
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
    variables.put("quotaMeetingForm", "DELEGATES");
    variables.put("quotaMinDelegates", 1);
    variables.put("quotaMaxDelegates", 175);
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
    unit.type("delegateCount", "250");
    for (String item : List.of("REVIEW", "SPEECHES", "COMMENDATION", "LAUNCH", "UPPER_DELEGATES")) {
      unit.check("programme-" + item);
    }
    // the form's own checks answer first, in Vietnamese, and nothing is sent
    unit.complete();
    String clientErrors = unit.waitForText(By.id("clientErrors")).getText();
    unit.screenshot("02-draft-plan-client-checks");
    assertThat(clientErrors).contains("R3: Số đại biểu 250 vượt quá mức tối đa 175")
        .contains("R6: Chưa chọn tệp «Kế hoạch tổ chức»");
    assertThat(runtimeService.getVariables(congress.getId())).doesNotContainKey("format");
    unit.type("delegateCount", "150");
    unit.upload("planDocument", plan);
    unit.upload("scheduleDocument", schedule);
    unit.upload("summaryReport", report);
    unit.upload("programmeDocument", programme);
    unit.screenshot("03-draft-plan-filled");
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
    reviewer.screenshot("04-review-dossier-opened");
    Files.writeString(SCREENSHOTS.resolve("review-dossier.html"), reviewer.pageSource());
    reviewer.element(By.id("approve")).click();
    reviewer.complete();
    reviewer.waitForCompletion("Thẩm định hồ sơ");
    assertThat(runtimeService.getVariable(congress.getId(), "approved")).isEqualTo(true);

    Task next = taskService.createTaskQuery().processInstanceId(congress.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("reportResults");
  }

  @Test
  void resultsOverdueAndPilotFormsSendWhatTheProcessExpects() throws Exception {
    String unitCode = "SO-THU-NGHIEM-2";
    createUser("donvithunghiem2", "unit-" + unitCode);
    createUser("sonoivuthunghiem2", "so-noi-vu");
    deployScaffold();
    Map<String, Object> variables = new HashMap<>();
    variables.put("unitCode", unitCode);
    variables.put("unitName", "Sở Thử nghiệm tỉnh Lai Châu");
    variables.put("unitGroup", "unit-" + unitCode);
    variables.put("reviewerGroup", "so-noi-vu");
    variables.put("deadline", "2025-06-30");
    variables.put("format", "DAI_HOI_THI_DUA_YEU_NUOC");
    variables.put("meetingDate", "2025-06-10");
    variables.put("session", "MORNING");
    variables.put("delegateCount", 150);
    ProcessInstance congress = runtimeService.startProcessInstanceByKey("formsScaffold", unitCode, variables);
    taskService.complete(taskService.createTaskQuery().processInstanceId(congress.getId()).singleResult().getId());
    taskService.complete(taskService.createTaskQuery().processInstanceId(congress.getId()).singleResult().getId());

    Tasklist unit = browser("don-vi");
    unit.login("donvithunghiem2", PASSWORD);
    unit.openTask("Báo cáo kết quả");
    unit.claim();
    unit.waitForText(By.cssSelector(".fjs-form-field-text"));
    unit.screenshot("10-report-results-opened");
    unit.typeFormDate("heldOn", LocalDate.of(2025, 6, 10));
    unit.typeInFormField("attendance", "148");
    unit.typeInFormField("commendedCollectives", "12");
    unit.typeInFormField("commendedIndividuals", "35");
    unit.typeInFormField("upperDelegates", "9");
    unit.screenshot("11-report-results-filled");
    unit.complete();
    unit.waitForCompletion("Báo cáo kết quả");
    assertThat(runtimeService.getVariables(congress.getId())).containsEntry("heldOn", "2025-06-10")
        .containsEntry("attendance", 148).containsEntry("commendedCollectives", 12)
        .containsEntry("commendedIndividuals", 35).containsEntry("upperDelegates", 9);

    Tasklist reviewer = browser("so-noi-vu");
    reviewer.login("sonoivuthunghiem2", PASSWORD);
    reviewer.openTask("Xử lý quá hạn");
    reviewer.claim();
    reviewer.waitForText(By.cssSelector(".fjs-form-field-text"));
    reviewer.chooseFormRadio("Gia hạn: cho đơn vị một hạn mới");
    LocalDate newDeadline = LocalDate.now(VIETNAM).plusDays(20);
    reviewer.typeFormDate("newDeadline", newDeadline);
    reviewer.typeInFormField("reason", "Đơn vị xin lùi ngày do mưa lũ chia cắt đường.");
    reviewer.screenshot("12-handle-overdue-filled");
    reviewer.complete();
    reviewer.waitForCompletion("Xử lý quá hạn");
    assertThat(runtimeService.getVariables(congress.getId())).containsEntry("decision", "EXTEND")
        .containsEntry("newDeadline", newDeadline.toString())
        .containsEntry("reason", "Đơn vị xin lùi ngày do mưa lũ chia cắt đường.");

    reviewer.openTask("Thống nhất kế hoạch chỉ đạo điểm");
    reviewer.claim();
    reviewer.waitForText(By.cssSelector(".fjs-form-field-text"));
    reviewer.typeInFormField("agreedContent", "Tổng kết 5 năm, tham luận của 3 điển hình, khen thưởng.");
    reviewer.typeInFormField("agreedProgramme", "Buổi sáng; 120 đại biểu gồm lãnh đạo và điển hình tiên tiến.");
    LocalDate agreedDate = LocalDate.now(VIETNAM).plusDays(40);
    reviewer.typeFormDate("agreedMeetingDate", agreedDate);
    reviewer.typeInFormField("agreedDelegateCount", "120");
    reviewer.screenshot("13-agree-pilot-plan-filled");
    reviewer.complete();
    reviewer.waitForCompletion("Thống nhất kế hoạch chỉ đạo điểm");
    assertThat(historyVariable(congress.getId(), "agreedMeetingDate")).isEqualTo(agreedDate.toString());
    assertThat(historyVariable(congress.getId(), "agreedDelegateCount")).isEqualTo(120);
  }

  private Object historyVariable(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue();
  }

  private void deployScaffold() {
    repositoryService.createDeployment().name("forms-scaffold")
        .addClasspathResource("browser/forms-scaffold.bpmn")
        .addClasspathResource("forms/draft-plan.html")
        .addClasspathResource("forms/review-dossier.html")
        .addClasspathResource("forms/report-results.form")
        .addClasspathResource("forms/handle-overdue.form")
        .addClasspathResource("forms/agree-pilot-plan.form")
        .deploy();
  }

  private Tasklist browser(String who) throws Exception {
    Tasklist browser = Tasklist.open(who, "http://localhost:" + port, SCREENSHOTS);
    browsers.add(browser);
    return browser;
  }

  @BeforeAll
  static void clearScreenshots() throws IOException {
    if (Files.isDirectory(SCREENSHOTS)) {
      try (Stream<Path> files = Files.list(SCREENSHOTS)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
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
    if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
