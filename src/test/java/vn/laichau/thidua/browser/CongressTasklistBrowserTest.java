package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
import org.camunda.bpm.engine.variable.value.FileValue;
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
import vn.laichau.thidua.common.TaskCompletions;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The congress as its people see it: officials log in to Tasklist in Debian's chromium and work through the forms of
 * forms/ on the real {@code congress} process. The test asserts what the process received and keeps a screenshot of
 * every key step (and of every browser when it fails) in target/browser-screenshots/.
 *
 * <p>The browser's clock is the machine's: the congress is started with a last day a few weeks from today, so the
 * form's own checks and the server's agree, except where the test moves the engine clock on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CongressTasklistBrowserTest {

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
  /** What the results' form sent, once the congress has ended: the engine keeps no history of its variables. */
  @Autowired
  TaskCompletions completions;
  @Autowired
  UnitRegistry registry;
  @Autowired
  ProcessEngine processEngine;

  @TempDir
  Path documents;

  @RegisterExtension
  final Browsers browsers = new Browsers(() -> "http://localhost:" + port, () -> processEngine.getName());

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "browser test finished", true, true));
  }

  /**
   * Camunda's own interface speaks Vietnamese (src/main/resources/META-INF/resources/webjars/camunda/app/…/vi.json),
   * also to a browser set to English, as many office PCs are: the login page, a refused login, the task view and the
   * Welcome page.
   */
  @Test
  void tasklistSpeaksVietnameseToABrowserSetToEnglish() throws Exception {
    String unitCode = "SO-CONG-THUONG";
    createUser("canbosocongthuong", Groups.unit(unitCode));
    LocalDate today = VietnamTime.today();
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode,
        Map.of("unitCode", unitCode, "deadline", today.plusDays(60).toString()));

    Tasklist official = browser("tieng-viet");
    official.openLoginPage();
    assertThat(official.browserLanguage()).startsWith("en");
    assertThat(official.loginButtonText()).isEqualTo("Đăng nhập");
    assertThat(official.usernamePlaceholder()).isEqualTo("Tên đăng nhập");
    assertThat(official.passwordPlaceholder()).isEqualTo("Mật khẩu");
    official.screenshot("20-login-page");

    // an unknown user (not the official: a wrong password would hold the official's account back a few seconds)
    official.submitLogin("khongcotaikhoan", PASSWORD);
    assertThat(official.errorNotification()).contains("Đăng nhập không thành công")
        .contains("Sai tên đăng nhập hoặc mật khẩu");
    official.screenshot("21-login-refused");

    official.submitLogin("canbosocongthuong", PASSWORD);
    official.waitUntilSignedIn();
    official.openTask(task(congress, ProcessKeys.TASK_DRAFT_PLAN), "Lập và gửi hồ sơ Đại hội");
    assertThat(official.claimButtonText()).isEqualTo("Nhận việc");
    official.screenshot("22-task-before-claim");
    official.claim();
    assertThat(official.completeButtonText()).isEqualTo("Hoàn thành");
    official.waitForText(By.id("unitName"));
    official.screenshot("23-task-claimed");
    String taskView = official.pageText();
    assertThat(taskView).contains("Tạo việc", "Bắt đầu quy trình", "Thêm ý kiến", "Đặt ngày theo dõi", "Đặt hạn xử lý",
            "Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả", "Ngày tạo")
        .doesNotContain("Claim", "Complete", "Create task", "Start process", "Add Comment", "Follow-up", "Due date",
            "History", "Diagram", "Created");

    official.openWelcome();
    official.screenshot("24-welcome");
    assertThat(official.pageText()).contains("Xử lý công việc (Tasklist)").doesNotContain("Applications");
  }

  /** Admin, the administrators' webapp (users, groups, authorizations), speaks Vietnamese too. */
  @Test
  void adminSpeaksVietnameseToABrowserSetToEnglish() throws Exception {
    Tasklist administrator = browser("quan-tri");
    administrator.openSignedOutApp("admin");
    assertThat(administrator.loginButtonText()).isEqualTo("Đăng nhập");
    administrator.submitLogin("admin", "Adm1n-Test-Only!");
    administrator.waitForPageText("Phân quyền");
    administrator.screenshot("25-admin-dashboard");
    assertThat(administrator.pageText()).contains("Người dùng", "Nhóm", "Phân quyền", "Hệ thống")
        .doesNotContain("Users", "Groups", "Authorizations", "System");
  }

  /**
   * Cockpit, where council members and UBND tỉnh follow the campaign, speaks Vietnamese too: its dashboard, with a
   * congress running, to a browser set to English.
   */
  @Test
  void cockpitSpeaksVietnameseToABrowserSetToEnglish() throws Exception {
    String unitCode = "SO-CONG-THUONG";
    runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode,
        Map.of("unitCode", unitCode, "deadline", VietnamTime.today().plusDays(60).toString()));

    Tasklist monitor = browser("theo-doi");
    monitor.openSignedOutApp("cockpit");
    assertThat(monitor.browserLanguage()).startsWith("en");
    assertThat(monitor.loginButtonText()).isEqualTo("Đăng nhập");
    monitor.submitLogin("admin", "Adm1n-Test-Only!");
    monitor.waitForPageText("Phiên quy trình đang chạy");
    monitor.screenshot("26-cockpit-dashboard");
    assertThat(monitor.pageText())
        .contains("Quy trình", "Bảng quyết định", "Việc của người dùng", "Sự cố chưa xử lý", "Việc đang mở",
            "Mẫu quy trình", "Bản triển khai")
        .doesNotContain("Running Process Instances", "Open Incidents", "Open Human Tasks", "Process Definitions",
            "Deployments", "Decisions", "Human Tasks");
  }

  @Test
  void unitSendsDossierAndReviewerApprovesItInTasklist() throws Exception {
    String unitCode = "SO-TU-PHAP";
    registry.updateStaffCount(unitCode, 250);
    createUser("canbosotuphap", Groups.unit(unitCode));
    createUser("chuyenviensonoivu", Groups.SO_NOI_VU);
    LocalDate today = VietnamTime.today();
    LocalDate meetingDate = today.plusDays(30);
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode,
        Map.of("unitCode", unitCode, "deadline", today.plusDays(60).toString()));

    Path plan = SmallPdf.write(documents, "ke-hoach.pdf", "Ke hoach to chuc Dai hoi");
    Path schedule = SmallPdf.write(documents, "lich-to-chuc.pdf", "Lich to chuc");
    Path report = SmallPdf.write(documents, "bao-cao-tong-ket.pdf", "Bao cao tong ket");
    Path programme = SmallDocx.write(documents, "noi-dung-dai-hoi.docx", "Nội dung Đại hội thi đua yêu nước");

    // the unit opens its task: its facts, its quota and only the formats and sessions of its level
    Tasklist unit = browser("don-vi");
    unit.login("canbosotuphap", PASSWORD);
    unit.openTask(task(congress, ProcessKeys.TASK_DRAFT_PLAN), "Lập và gửi hồ sơ Đại hội");
    unit.claim();
    assertThat(unit.waitForText(By.id("unitName")).getText()).contains("Sở Tư pháp tỉnh Lai Châu");
    unit.screenshot("01-draft-plan-opened");
    assertThat(unit.waitForText(By.id("levelLabel")).getText()).isNotBlank();
    assertThat(unit.waitForText(By.id("quotaDescription")).getText()).contains("175");
    assertThat(unit.optionValues("format"))
        .containsExactly("", "DAI_HOI_THI_DUA_YEU_NUOC", "HOI_NGHI_DIEN_HINH_TIEN_TIEN");
    assertThat(unit.optionValues("session")).containsExactly("", "MORNING", "AFTERNOON");
    assertThat(unit.element(By.id("fullAssemblyNote")).isDisplayed()).isFalse();
    assertThat(unit.element(By.id("staffCountGroup")).isDisplayed()).isFalse();

    unit.select("format", "DAI_HOI_THI_DUA_YEU_NUOC");
    unit.setDate("meetingDate", today.plusDays(5).toString());
    unit.select("session", "MORNING");
    unit.type("delegateCount", "250");
    PROGRAMME.forEach(item -> unit.check("programme-" + item));
    unit.type("exemplarSpeakers", "Lò Văn Dũng, Chủ tịch Hội Nông dân xã");

    // the form's own checks answer first, in Vietnamese, and nothing is sent
    unit.complete();
    String clientErrors = unit.waitForText(By.id("clientErrors")).getText();
    unit.screenshot("02-draft-plan-client-checks");
    assertThat(clientErrors).contains("R3: Số đại biểu 250 vượt quá mức tối đa 175")
        .contains("R6: Hồ sơ phải gửi trước ngày tổ chức ít nhất 15 ngày")
        .contains("R6: Chưa chọn tệp «Kế hoạch tổ chức Đại hội»");
    assertThat(runtimeService.getVariable(congress.getId(), "format")).isNull();

    unit.setDate("meetingDate", meetingDate.toString());
    unit.waitForPageText("Ngày tổ chức đã chọn: " + VietnamTime.format(meetingDate) + " (ngày/tháng/năm)");
    unit.type("delegateCount", "150");
    unit.upload("planDocument", plan);
    unit.upload("scheduleDocument", schedule);
    unit.upload("summaryReport", report);
    unit.upload("programmeDocument", programme);
    unit.screenshot("03-draft-plan-filled");

    // the server is the judge: by the engine's clock it is now 20 days later, the meeting is only 10 days away
    ClockUtil.setCurrentTime(Date.from(VietnamTime.now().plusDays(20).toInstant()));
    unit.complete();
    String refusal = unit.errorNotification();
    unit.screenshot("04-draft-plan-refused-by-server");
    assertThat(refusal).contains("R6").contains("Hồ sơ phải gửi trước ngày tổ chức ít nhất 15 ngày")
        .contains("chỉ còn 10 ngày");
    assertThat(taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(ProcessKeys.TASK_DRAFT_PLAN)
        .count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(congress.getId(), "format")).isNull();
    assertThat(runtimeService.getVariable(congress.getId(), "planDocument")).isNull();

    // back to today: the same form, sent again, is accepted
    ClockUtil.reset();
    unit.complete();
    unit.waitForCompletion("Lập và gửi hồ sơ Đại hội", noTask(congress, ProcessKeys.TASK_DRAFT_PLAN));
    Map<String, Object> sent = runtimeService.getVariables(congress.getId());
    assertThat(sent).containsEntry("format", "DAI_HOI_THI_DUA_YEU_NUOC")
        .containsEntry("meetingDate", meetingDate.toString()).containsEntry("session", "MORNING")
        .containsEntry("delegateCount", 150).containsEntry("submittedOn", today.toString());
    SpinJsonNode items = (SpinJsonNode) sent.get("programmeItems");
    assertThat(items.elements()).extracting(SpinJsonNode::stringValue).containsExactlyElementsOf(PROGRAMME);
    FileValue planFile = runtimeService.getVariableTyped(congress.getId(), "planDocument");
    assertThat(planFile.getFilename()).isEqualTo("ke-hoach.pdf");
    assertThat(planFile.getMimeType()).isEqualTo("application/pdf");
    assertThat(planFile.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(plan));
    FileValue programmeFile = runtimeService.getVariableTyped(congress.getId(), "programmeDocument");
    assertThat(programmeFile.getFilename()).isEqualTo("noi-dung-dai-hoi.docx");
    assertThat(programmeFile.getMimeType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    // the reviewer reads the dossier, downloads a document, and approves
    Tasklist reviewer = browser("so-noi-vu");
    reviewer.login("chuyenviensonoivu", PASSWORD);
    reviewer.openTask(task(congress, ProcessKeys.TASK_REVIEW_DOSSIER), "Thẩm định hồ sơ Đại hội");
    reviewer.claim();
    assertThat(reviewer.waitForText(By.id("formatLabel")).getText()).isEqualTo("Đại hội Thi đua yêu nước");
    assertThat(reviewer.waitForText(By.id("sessionLabel")).getText()).isEqualTo("Buổi sáng");
    assertThat(reviewer.waitForText(By.id("meetingDate")).getText()).contains(VietnamTime.format(meetingDate));
    assertThat(reviewer.waitForText(By.id("programmeItems")).getText())
        .contains("Phát động phong trào thi đua giai đoạn 2025–2030").doesNotContain("UPPER_DELEGATES");
    assertThat(reviewer.waitForText(By.id("planDocumentLink")).getText()).isEqualTo("ke-hoach.pdf");
    reviewer.screenshot("05-review-dossier-opened");
    assertThat(reviewer.download(By.id("planDocumentLink"))).isEqualTo(Files.readAllBytes(plan));

    // returning needs a reason, the form says so before the server would
    reviewer.element(By.id("return")).click();
    reviewer.complete();
    assertThat(reviewer.waitForText(By.id("clientErrors")).getText())
        .contains("Khi trả lại hồ sơ cần ghi rõ lý do");
    String reason = "Đề nghị giảm số đại biểu xuống 120 cho phù hợp hội trường.";
    reviewer.type("reviewComment", reason);
    reviewer.complete();
    reviewer.waitForCompletion("Thẩm định hồ sơ Đại hội", noTask(congress, ProcessKeys.TASK_REVIEW_DOSSIER));

    // the unit sees why, at the top of its form, with what it sent before; it changes one number and sends again,
    // keeping the documents it had uploaded
    unit.openTask(task(congress, ProcessKeys.TASK_DRAFT_PLAN), "Lập và gửi hồ sơ Đại hội");
    unit.claim();
    assertThat(unit.waitForText(By.id("returnReason")).getText()).isEqualTo(reason);
    assertThat(unit.waitForText(By.cssSelector("#returnReasonBox h4")).getText()).contains("Hồ sơ đã bị trả lại");
    assertThat(unit.element(By.id("format")).getAttribute("value")).isEqualTo("DAI_HOI_THI_DUA_YEU_NUOC");
    assertThat(unit.element(By.id("meetingDate")).getAttribute("value")).isEqualTo(meetingDate.toString());
    assertThat(unit.element(By.id("delegateCount")).getAttribute("value")).isEqualTo("150");
    PROGRAMME.forEach(item -> assertThat(unit.element(By.id("programme-" + item)).isSelected()).isTrue());
    assertThat(unit.pageText()).contains("Tệp đã gửi: ke-hoach.pdf");
    unit.screenshot("06-draft-plan-returned");
    unit.type("delegateCount", "120");
    unit.complete();
    unit.waitForCompletion("Lập và gửi hồ sơ Đại hội", noTask(congress, ProcessKeys.TASK_DRAFT_PLAN));
    assertThat(runtimeService.getVariables(congress.getId())).containsEntry("delegateCount", 120)
        .containsEntry("submissionCount", 2);
    FileValue keptPlan = runtimeService.getVariableTyped(congress.getId(), "planDocument");
    assertThat(keptPlan.getFilename()).isEqualTo("ke-hoach.pdf");
    assertThat(keptPlan.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(plan));

    reviewer.openTask(task(congress, ProcessKeys.TASK_REVIEW_DOSSIER), "Thẩm định hồ sơ Đại hội");
    reviewer.claim();
    assertThat(reviewer.waitForText(By.id("delegateCount")).getText()).isEqualTo("120");
    assertThat(reviewer.waitForText(By.id("submittedOn")).getText()).contains("lần gửi thứ 2");
    reviewer.screenshot("07-review-dossier-resubmitted");
    reviewer.element(By.id("approve")).click();
    reviewer.complete();
    reviewer.waitForCompletion("Thẩm định hồ sơ Đại hội", noTask(congress, ProcessKeys.TASK_REVIEW_DOSSIER));

    assertThat(runtimeService.getVariable(congress.getId(), "approved")).isEqualTo(true);
    assertThat(runtimeService.getActiveActivityIds(congress.getId())).contains("meetingDayReached");
    Job meetingTimer = managementService.createJobQuery().processInstanceId(congress.getId())
        .activityId("meetingDayReached").singleResult();
    assertThat(meetingTimer.getDuedate()).isEqualTo(VietnamTime.startOf(meetingDate));
  }

  @Test
  void pilotAgreementExtensionAndResultsAreEnteredInTasklist() throws Exception {
    String unitCode = "SO-Y-TE";
    registry.updateStaffCount(unitCode, 80);
    createUser("canbosoyte", Groups.unit(unitCode));
    createUser("chuyenviensonoivu", Groups.SO_NOI_VU);
    LocalDate today = VietnamTime.today();
    LocalDate deadline = today.plusDays(60);
    LocalDate agreedDate = today.plusDays(30);
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode,
        Map.of("unitCode", unitCode, "deadline", deadline.toString()));

    // Sở Y tế is a provincial pilot: Sở Nội vụ records what was agreed before the dossier is drafted
    Tasklist reviewer = browser("so-noi-vu");
    reviewer.login("chuyenviensonoivu", PASSWORD);
    reviewer.openTask(task(congress, ProcessKeys.TASK_AGREE_PILOT_PLAN),
        "Thống nhất nội dung, chương trình, thời gian, thành phần đại biểu với Sở Nội vụ");
    reviewer.claim();
    assertThat(reviewer.waitForText(By.cssSelector(".fjs-form-field-text")).getText())
        .contains("Sở Y tế tỉnh Lai Châu").contains(VietnamTime.format(deadline));
    reviewer.typeInFormField("agreedContent", "Tổng kết 5 năm, tham luận của 3 điển hình, khen thưởng.");
    reviewer.typeInFormField("agreedProgramme", "Buổi sáng; toàn thể 80 cán bộ và đại biểu khách mời.");
    reviewer.typeFormDate("agreedMeetingDate", agreedDate);
    // the picker takes month/day/year; the form says back the day chosen the Vietnamese way
    reviewer.waitForPageText("Ngày tổ chức đã thống nhất đã chọn: " + VietnamTime.format(agreedDate)
        + " (ngày/tháng/năm)");
    reviewer.typeInFormField("agreedDelegateCount", "80");
    reviewer.screenshot("10-agree-pilot-plan-filled");
    reviewer.complete();
    reviewer.waitForCompletion("Thống nhất nội dung, chương trình, thời gian, thành phần đại biểu với Sở Nội vụ",
        noTask(congress, ProcessKeys.TASK_AGREE_PILOT_PLAN));
    assertThat(runtimeService.getVariables(congress.getId()))
        .containsEntry("agreedMeetingDate", agreedDate.toString()).containsEntry("agreedDelegateCount", 80)
        .containsEntry("agreedContent", "Tổng kết 5 năm, tham luận của 3 điển hình, khen thưởng.");

    // the last day passes: the reviewer extends it
    fire(congress, "deadlinePassed");
    LocalDate newDeadline = deadline.plusDays(30);
    reviewer.openTask(task(congress, ProcessKeys.TASK_HANDLE_OVERDUE), "Xử lý đơn vị quá hạn tổ chức Đại hội");
    reviewer.claim();
    assertThat(reviewer.waitForText(By.cssSelector(".fjs-form-field-text")).getText())
        .contains("Sở Y tế tỉnh Lai Châu").contains(VietnamTime.format(deadline));
    reviewer.chooseFormRadio("Gia hạn: cho đơn vị một hạn mới");
    reviewer.typeFormDate("newDeadline", newDeadline);
    reviewer.waitForPageText("Hạn mới đã chọn: " + VietnamTime.format(newDeadline) + " (ngày/tháng/năm)");
    reviewer.typeInFormField("reason", "Đơn vị xin lùi ngày do mưa lũ chia cắt đường.");
    reviewer.screenshot("11-handle-overdue-filled");
    reviewer.complete();
    reviewer.waitForCompletion("Xử lý đơn vị quá hạn tổ chức Đại hội", noTask(congress, ProcessKeys.TASK_HANDLE_OVERDUE));
    assertThat(runtimeService.getVariable(congress.getId(), "deadline")).isEqualTo(newDeadline.toString());
    SpinJsonNode extension = ((SpinJsonNode) runtimeService.getVariable(congress.getId(), "extensions")).elements()
        .get(0);
    assertThat(extension.prop("to").stringValue()).isEqualTo(newDeadline.toString());
    assertThat(extension.prop("reason").stringValue()).isEqualTo("Đơn vị xin lùi ngày do mưa lũ chia cắt đường.");
    assertThat(extension.prop("grantedBy").stringValue()).isEqualTo("chuyenviensonoivu");

    // the dossier goes through (not this test's subject), the meeting day comes, the unit reports in Tasklist
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("format", "DAI_HOI_THI_DUA_YEU_NUOC");
    dossier.put("meetingDate", agreedDate.toString());
    dossier.put("session", "MORNING");
    dossier.put("exemplarSpeakers", "Nguyễn Văn An, Chủ tịch Hội Nông dân xã");
    dossier.put("programmeItems", SpinValues.jsonValue(
        PROGRAMME.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(",", "[", "]"))).create());
    for (String document : List.of("planDocument", "scheduleDocument", "summaryReport", "programmeDocument")) {
      Path file = SmallPdf.write(documents, document + ".pdf", document);
      dossier.put(document, Variables.fileValue(document + ".pdf").file(file.toFile()).mimeType("application/pdf")
          .create());
    }
    taskService.complete(task(congress, ProcessKeys.TASK_DRAFT_PLAN), dossier);
    taskService.complete(task(congress, ProcessKeys.TASK_REVIEW_DOSSIER), Map.of("approved", true));
    ClockUtil.setCurrentTime(Date.from(agreedDate.atTime(11, 30).atZone(VietnamTime.ZONE).toInstant()));
    fire(congress, "meetingDayReached");

    Tasklist unit = browser("don-vi");
    unit.login("canbosoyte", PASSWORD);
    unit.openTask(task(congress, ProcessKeys.TASK_REPORT_RESULTS), "Báo cáo kết quả Đại hội");
    unit.claim();
    unit.waitForText(By.cssSelector(".fjs-form-field-text"));
    assertThat(unit.pageText()).contains("Đại hội Thi đua yêu nước").contains(VietnamTime.format(agreedDate))
        .contains("Buổi sáng").doesNotContain("DAI_HOI_THI_DUA_YEU_NUOC");
    unit.typeFormDate("heldOn", agreedDate);
    unit.waitForPageText("Ngày tổ chức thực tế đã chọn: " + VietnamTime.format(agreedDate) + " (ngày/tháng/năm)");
    unit.typeInFormField("attendance", "78");
    unit.typeInFormField("commendedCollectives", "1");
    unit.typeInFormField("commendedIndividuals", "0");
    unit.typeInFormField("honours", "Khoa Nội; tập thể; GIAY_KHEN_CAP_HUYEN_TAP_THE; Năm năm liền hoàn thành xuất sắc");
    unit.typeInFormField("delegateList", "Lò Văn Dũng; 1975; Nam; Thái; Trưởng khoa Nội\n"
        + "Tẩn Thị Mẩy; 1988; Nữ; Dao; Điều dưỡng trưởng");
    assertThat(unit.pageText()).contains("Danh hiệu “Chiến sĩ thi đua cơ sở” (cá nhân, do cấp sở, ngành, huyện quyết"
        + " định)");
    unit.screenshot("12-report-results-filled");
    unit.complete();
    unit.waitForCompletion("Báo cáo kết quả Đại hội", noTask(congress, ProcessKeys.TASK_REPORT_RESULTS));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(congress.getId()).count()).isZero();
    JsonNode reported = completions.ofInstance(congress.getId()).stream()
        .filter(completion -> ProcessKeys.TASK_REPORT_RESULTS.equals(completion.taskKey())).findFirst().orElseThrow()
        .fields();
    assertThat(reported.get("heldOn").asText()).isEqualTo(agreedDate.toString());
    assertThat(reported.get("attendance").asInt()).isEqualTo(78);
    assertThat(reported.get("commendedCollectives").asInt()).isEqualTo(1);
    assertThat(reported.get("commendedIndividuals").asInt()).isZero();
    assertThat(reported.get("upperDelegates").asInt()).isEqualTo(2);
    assertThat(reported.get("delegateList").toString()).contains("\"fullName\":\"Tẩn Thị Mẩy\"")
        .contains("\"gender\":\"NU\"");
  }

  private String task(ProcessInstance congress, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task %s of %s", taskKey, congress.getBusinessKey()).isNotNull();
    return task.getId();
  }

  /** A timer fires now, as POST /engine-rest/job/{id}/execute does. */
  private void fire(ProcessInstance congress, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(congress.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private Tasklist browser(String who) throws IOException {
    return browsers.open(who);
  }

  /**
   * An official of the group, created as an administrator would in the Admin webapp; what the group may do (Tasklist,
   * its filters, its congresses' tasks) is the application's own doing.
   */
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

  /** The server has committed a completion once the instance has no open task of that key. */
  private BooleanSupplier noTask(ProcessInstance instance, String taskKey) {
    return () -> taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .count() == 0;
  }
}
