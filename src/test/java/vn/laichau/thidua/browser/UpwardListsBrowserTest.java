package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.recognition.CongressContentRepository;
import vn.laichau.thidua.recognition.CongressContentRepository.NationalDelegate;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R11, R12 as the officials see them: a commune enters in Tasklist's results form its two delegates, an exemplar it
 * honours and proposes upward, and Sở Nội vụ, reviewing the dossier of the commune's district, sees them by name and
 * downloads the commune's delegate list from the link the form shows. At the top (R9), Sở Nội vụ picks by name, in
 * the campaign's national-delegates form, the province's delegates to the national congress among those the
 * provincial congress elected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UpwardListsBrowserTest {

  static final String PASSWORD = "Browser-Test-1!";
  static final List<String> PROGRAMME = List.of("REVIEW", "SPEECHES", "COMMENDATION", "LAUNCH", "UPPER_DELEGATES");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CongressRules rules;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  CongressFacts facts;

  @TempDir
  Path documents;

  @RegisterExtension
  final Browsers browsers = new Browsers(() -> "http://localhost:" + port, () -> processEngine.getName());

  @Autowired
  CampaignCalendar calendar;
  @Autowired
  CongressContentRepository content;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String process : List.of(ProcessKeys.CONGRESS, ProcessKeys.EMULATION_CAMPAIGN)) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(process).list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "browser test finished", true, true));
    }
  }

  @Test
  void aCommuneNamesItsDelegatesAndAnExemplarAndItsDistrictsReviewerSeesThem() throws Exception {
    Unit district = registry.save(new Unit("HUYEN-THU", "Huyện Thử Nghiệm", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 80,
        "12", null, true));
    Unit commune = registry.save(new Unit("XA-THU", "Xã Thử Nghiệm", Level.CO_SO, UnitKind.CIVIL, 60,
        district.code(), null, true));
    createUser("canboxathu", Groups.unit(commune.code()));
    createUser("chuyenviensonoivu", Groups.SO_NOI_VU);
    LocalDate today = VietnamTime.today();
    LocalDate meeting = today.plusDays(30);
    ProcessInstance communeCongress = approved(commune, today.plusDays(60), meeting);
    // the district's dossier waits for Sở Nội vụ's review while its communes report
    ProcessInstance districtCongress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS,
        district.code(), Map.of("unitCode", district.code(), "deadline", today.plusDays(90).toString()));
    taskService.complete(task(districtCongress, ProcessKeys.TASK_DRAFT_PLAN), dossier(district, today.plusDays(60)));

    ClockUtil.setCurrentTime(Date.from(meeting.atTime(11, 30).atZone(VietnamTime.ZONE).toInstant()));
    fire(communeCongress, "meetingDayReached");

    Tasklist unit = browsers.open("xa");
    unit.login("canboxathu", PASSWORD);
    unit.openTask(task(communeCongress, ProcessKeys.TASK_REPORT_RESULTS), "Báo cáo kết quả Đại hội");
    unit.claim();
    unit.waitForText(By.cssSelector(".fjs-form-field-text"));
    // the number first: form-js applies a typed number a moment later, and a text typed meanwhile in another field is
    // lost (a person does not type that fast); the date that follows is said back before the lists are typed
    unit.typeInFormField("attendance", "58");
    unit.typeFormDate("heldOn", meeting);
    unit.waitForPageText("Ngày tổ chức thực tế đã chọn: " + VietnamTime.format(meeting) + " (ngày/tháng/năm)");
    String proposal = "Lò Thị Mai; cá nhân; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân); Mười năm dạy học ở"
        + " bản vùng cao";
    String honour = "Lò Thị Mai; cá nhân; LAO_DONG_TIEN_TIEN; Hoàn thành xuất sắc nhiệm vụ năm 2024";
    String delegates = "Lò Văn Dũng; 1980; Nam; Thái; Chủ tịch Hội Nông dân xã\n"
        + "Tẩn Thị Mẩy; 1990; Nữ; Dao; Giáo viên Trường Tiểu học xã";
    unit.typeInFormField("proposals", proposal);
    unit.typeInFormField("honours", honour);
    unit.typeInFormField("delegateList", delegates);
    assertThat(unit.formField("proposals").getAttribute("value")).isEqualTo(proposal);
    assertThat(unit.formField("honours").getAttribute("value")).isEqualTo(honour);
    assertThat(unit.formField("attendance").getAttribute("value")).isEqualTo("58");
    unit.screenshot("40-commune-names-its-delegates");
    unit.complete();
    unit.waitForCompletion("Báo cáo kết quả Đại hội");
    // the task leaves the list as Tasklist redraws it, which can come before the server has finished the completion
    awaitEnded(communeCongress);

    Tasklist reviewer = browsers.open("so-noi-vu");
    reviewer.login("chuyenviensonoivu", PASSWORD);
    reviewer.openTask(task(districtCongress, ProcessKeys.TASK_REVIEW_DOSSIER), "Thẩm định hồ sơ Đại hội");
    reviewer.claim();
    String named = reviewer.waitForText(By.id("lowerUnitsNamed")).getText();
    reviewer.screenshot("41-district-reviewer-sees-the-names");
    assertThat(named).isEqualTo("Xã Thử Nghiệm: Đại biểu Lò Văn Dũng (1980, Nam, Thái, Chủ tịch Hội Nông dân xã);"
        + " Tẩn Thị Mẩy (1990, Nữ, Dao, Giáo viên Trường Tiểu học xã). Khen thưởng tại Đại hội Lò Thị Mai – Danh hiệu"
        + " “Lao động tiên tiến”. Đề nghị khen thưởng Lò Thị Mai – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá"
        + " nhân).");
    assertThat(reviewer.waitForText(By.id("lowerUnitsSummary")).getText())
        .isEqualTo("Đã có 1/1 xã, phường, thị trấn báo cáo kết quả Đại hội (Hội nghị), bầu 2 đại biểu đi dự Đại hội"
            + " cấp trên.");
    // R11, R12 documents: the form links the commune's lists, with the campaign the server knows of its congress
    By delegatesDocx = By.cssSelector("#lowerUnitsDocuments a.document-link");
    assertThat(reviewer.waitForText(delegatesDocx).getText()).isEqualTo("Danh sách đại biểu (DOCX)");
    assertThat(reviewer.element(delegatesDocx).getAttribute("href")).endsWith("/api/campaigns/"
        + facts.of(communeCongress.getId()).campaignId() + "/delegates.docx?unit=" + commune.code());
    try (XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
        reviewer.download(delegatesDocx))))) {
      assertThat(docx.getText()).contains("Lò Văn Dũng", "Tẩn Thị Mẩy", "Đại biểu được bầu đi dự Đại hội");
    }
  }

  @Test
  void soNoiVuPicksTheNationalDelegatesByNameAmongThoseTheProvincialCongressElected() throws Exception {
    createUser("chuyenviensonoivu", Groups.SO_NOI_VU);
    Unit province = registry.find("12").orElseThrow();
    String campaignId = calendar.defaultCampaignId();
    LocalDate today = VietnamTime.today();
    LocalDate meeting = today.plusDays(30);
    ProcessInstance provincialCongress = approved(province, today.plusDays(60), meeting);
    ClockUtil.setCurrentTime(Date.from(meeting.atTime(14, 0).atZone(VietnamTime.ZONE).toInstant()));
    fire(provincialCongress, "meetingDayReached");
    // the provincial congress reports through the engine's API (not this test's subject): three delegates by name,
    // and no proposal from below taken up
    Map<String, Object> results = new HashMap<>(Map.of("heldOn", meeting.toString(), "attendance", 450,
        "commendedCollectives", 0, "commendedIndividuals", 0, "delegateList", """
            Lò Thị Mai; 1985; Nữ; Thái; Giáo viên Trường Tiểu học xã
            Vàng A Chứ; 1979; Nam; Mông; Chủ tịch Ủy ban nhân dân huyện
            Nguyễn Thị Hạnh; 1990; Nữ; Kinh; Phó Giám đốc Sở Y tế"""));
    String resultsTask = task(provincialCongress, ProcessKeys.TASK_REPORT_RESULTS);
    Object lower = processEngine.getFormService().getTaskFormVariables(resultsTask).get("lowerProposals");
    String declined = lower == null ? "" : ((SpinJsonNode) lower).elements().stream()
        .map(line -> line.stringValue().split(" – ")[0] + "; Không tiếp nhận; Chưa đủ tiêu chuẩn")
        .collect(Collectors.joining("\n"));
    if (!declined.isEmpty()) {
      results.put("proposalDecisions", declined);
    }
    taskService.complete(resultsTask, results);
    awaitEnded(provincialCongress);
    ProcessInstance campaign = runtimeService.createProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN)
        .businessKey(campaignId).setVariable("campaignId", campaignId)
        .startBeforeActivity(ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES).execute();

    Tasklist soNoiVu = browsers.open("so-noi-vu-toan-quoc");
    soNoiVu.login("chuyenviensonoivu", PASSWORD);
    soNoiVu.openTask(task(campaign, ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES),
        "Lập danh sách đại biểu của tỉnh dự Đại hội Thi đua yêu nước toàn quốc");
    soNoiVu.claim();
    soNoiVu.waitForPageText("Số đại biểu Đại hội tỉnh đã bầu: 3");
    soNoiVu.waitForPageText("Vàng A Chứ (1979, Nam, Mông, Chủ tịch Ủy ban nhân dân huyện)");
    assertThat(soNoiVu.pageText()).contains("Lò Thị Mai (1985, Nữ, Thái, Giáo viên Trường Tiểu học xã)",
        "Nguyễn Thị Hạnh (1990, Nữ, Kinh, Phó Giám đốc Sở Y tế)");
    // R11, R12 documents: the provincial congress's lists and the national list, linked by the server
    String api = "/api/campaigns/" + campaignId;
    By provincialDelegates = By.cssSelector(".fjs-form a[href$='" + api + "/delegates.docx?unit=" + province.code()
        + "']");
    assertThat(soNoiVu.waitForText(provincialDelegates).getText()).isEqualTo("Danh sách đại biểu (DOCX)");
    By nationalList = By.cssSelector(".fjs-form a[href$='" + api + "/national-delegates.docx']");
    assertThat(soNoiVu.waitForText(nationalList).getText()).isEqualTo("Danh sách (DOCX)");
    try (XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
        soNoiVu.download(provincialDelegates))))) {
      assertThat(docx.getText()).contains("Lò Thị Mai", "Vàng A Chứ", "Nguyễn Thị Hạnh");
    }
    // picked by name, as people type them: another order, another case, a column copied along
    soNoiVu.typeInFormField("nationalDelegateNames", "Nguyễn Thị Hạnh\nlò thị mai; Giáo viên\nVàng A Chứ");
    soNoiVu.screenshot("42-so-noi-vu-picks-the-national-delegates");
    soNoiVu.complete();
    soNoiVu.waitForCompletion("Lập danh sách đại biểu của tỉnh dự Đại hội Thi đua yêu nước toàn quốc");
    awaitNoTask(campaign, ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES);

    assertThat(content.nationalDelegates(campaignId)).extracting(NationalDelegate::fullName, NationalDelegate::birthYear)
        .containsExactly(tuple("Nguyễn Thị Hạnh", 1990), tuple("Lò Thị Mai", 1985), tuple("Vàng A Chứ", 1979));
  }

  /** Drafted and approved through the engine's API (not this test's subject). */
  private ProcessInstance approved(Unit unit, LocalDate deadline, LocalDate meeting) throws IOException {
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unit.code(),
        Map.of("unitCode", unit.code(), "deadline", deadline.toString()));
    taskService.complete(task(congress, ProcessKeys.TASK_DRAFT_PLAN), dossier(unit, meeting));
    taskService.complete(task(congress, ProcessKeys.TASK_REVIEW_DOSSIER), Map.of("approved", true));
    return congress;
  }

  private Map<String, Object> dossier(Unit unit, LocalDate meeting) throws IOException {
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("format", rules.allowedFormats(unit.level(), unit.kind(), false).get(0).name());
    dossier.put("meetingDate", meeting.toString());
    dossier.put("session", rules.allowedSessions(unit.level()).get(0).name());
    dossier.put("exemplarSpeakers", "Lò Văn Dũng, Chủ tịch Hội Nông dân xã");
    dossier.put("programmeItems", SpinValues.jsonValue(
        PROGRAMME.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(",", "[", "]"))).create());
    rules.delegateQuota(unit.level(), unit.staffCount()).filter(quota -> !quota.isFullAssembly())
        .ifPresent(quota -> dossier.put("delegateCount", quota.maxDelegates()));
    for (String document : List.of("planDocument", "scheduleDocument", "summaryReport", "programmeDocument")) {
      Path file = SmallPdf.write(documents, unit.code() + "-" + document + ".pdf", document);
      dossier.put(document, Variables.fileValue(document + ".pdf").file(file.toFile()).mimeType("application/pdf")
          .create());
    }
    return dossier;
  }

  private String task(ProcessInstance congress, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task %s of %s", taskKey, congress.getBusinessKey()).isNotNull();
    return task.getId();
  }

  /** Polls the engine for a minute at most: the browser's click and the server's commit are not one moment. */
  private void awaitEnded(ProcessInstance congress) throws InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (runtimeService.createProcessInstanceQuery().processInstanceId(congress.getId()).count() > 0
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(congress.getId()).count())
        .as("the commune's congress ended with its results").isZero();
  }

  /** Polls the engine for a minute at most, as {@link #awaitEnded}: the task is gone once the server has committed. */
  private void awaitNoTask(ProcessInstance instance, String taskKey) throws InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count() > 0
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count())
        .as("task %s completed", taskKey).isZero();
  }

  private void fire(ProcessInstance congress, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(congress.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private void createUser(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Lai Châu");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    assertThat(identityService.createGroupQuery().groupId(groupId).count()).as("group %s", groupId).isEqualTo(1);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
