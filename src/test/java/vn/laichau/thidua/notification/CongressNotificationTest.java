package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.notification.EngineTime.at;
import static vn.laichau.thidua.notification.TestMailServer.body;
import static vn.laichau.thidua.notification.TestMailServer.html;
import static vn.laichau.thidua.notification.TestMailServer.subject;
import static vn.laichau.thidua.notification.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.ProcessTest;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Issue 4, point 7, on the real {@code congress} process: each reminder and escalation reaches the right people with
 * the right text at the right engine time, through an in-process SMTP server; with the server down the escalation
 * becomes an incident and goes out once when the server is back. Together the tests take every notification element
 * of the process ({@code notify…}).
 */
@ProcessTest
@AssertProcessCoverage(process = "congress", atLeast = 1.0, onlyElementsStartingWith = "notify")
class CongressNotificationTest {

  static final TestMailServer smtp = new TestMailServer();

  /**
   * Xã Tả Lèng, huyện Tam Đường (106): a commune of the registry, reviewed by phong-noi-vu-106; not a pilot (the
   * process tests' pilot is Xã Thèn Sin), so its last day is 31/03/2025.
   */
  static final String UNIT = "03400";
  static final String UNIT_USER = "mai.taleng@laichau.gov.vn";
  static final String REVIEWER = "hoa.noivu@tamduong.laichau.gov.vn";
  static final String SO_NOI_VU = "binh.snv@laichau.gov.vn";
  static final String UBND = "lan.ubnd@laichau.gov.vn";
  static final String COUNCIL_MEMBER = "nam.hdtdkt@laichau.gov.vn";

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    smtp.register(registry);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired NotificationOutbox outbox;
  @Autowired IdentityService identityService;
  @Autowired UnitRegistry registry;
  @Autowired DailyDigest dailyDigest;

  Unit registered;
  TestUsers users;

  @BeforeEach
  void setUp() {
    smtp.start();
    EngineTime.sendLeftovers(dispatcher);
    smtp.clear();
    users = new TestUsers(identityService);
    at("2025-01-10T09:00");
    users.add("talengvanthu", "Lò Thị", "Mai", UNIT_USER, Groups.unit(UNIT));
    users.add("talengcanbo", "Vàng A", "Dơ", null, Groups.unit(UNIT));
    users.add("tamduongnoivu", "Nguyễn Thị", "Hoa", REVIEWER, Groups.phongNoiVu("106"));
    users.add("sonoivutdkt", "Trần Văn", "Bình", SO_NOI_VU, Groups.SO_NOI_VU);
    users.add("ubndvanphong", "Đỗ Thị", "Lan", UBND, Groups.UBND_TINH);
    users.add("hdnguyenvannam", "Nguyễn Văn", "Nam", COUNCIL_MEMBER, Groups.HOI_DONG_TDKT);
    // R10: the registry assigns the unit its council member; 120 staff: a full assembly (R3)
    registered = registry.find(UNIT).orElseThrow();
    registry.save(new Unit(registered.code(), registered.name(), registered.level(), registered.kind(), 120,
        registered.parentCode(), "hdnguyenvannam", true));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    smtp.stop();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test finished", true, true));
    registry.save(registered);
    users.deleteAll();
  }

  @Test
  void beforeItsLastDayTheUnitIsRemindedThirtyAndSevenDaysAheadAndOnItsLastDayOfSubmission() {
    ProcessInstance congress = start();
    at("2025-02-28T23:59:50");
    runDueJobsAndSweep(congress);
    assertThat(smtp.subjects()).as("only the start of the congress so far")
        .allMatch(subject -> subject.startsWith("[Bắt đầu chuẩn bị]"));

    at("2025-03-01T00:00:05");
    runDueJobsAndSweep(congress);
    MimeMessage thirty = smtp.only("[Nhắc hạn]");
    assertThat(to(thirty)).containsExactly(UNIT_USER);
    assertThat(subject(thirty))
        .isEqualTo("[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)");
    assertThat(body(thirty))
        .contains("Kính gửi: Xã Tả Lèng")
        .contains("- «Lập và gửi hồ sơ Đại hội»: đang chờ Xã Tả Lèng, từ ngày 10/01/2025")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "draftPlan").getId());

    at("2025-03-16T00:00:05");
    runDueJobsAndSweep(congress);
    MimeMessage r6 = smtp.only("[Nhắc gửi hồ sơ]");
    assertThat(to(r6)).containsExactly(UNIT_USER);
    assertThat(subject(r6)).isEqualTo(
        "[Nhắc gửi hồ sơ] Xã Tả Lèng: hôm nay (16/03/2025) là ngày cuối gửi hồ sơ để tổ chức ngày 31/03/2025");
    assertThat(body(r6))
        .contains("gửi đến Phòng Nội vụ Huyện Tam Đường ít nhất 15 ngày trước ngày tổ chức")
        .contains("phải lùi ngày tổ chức")
        .contains("đã muộn hơn hạn cuối 31/03/2025");

    at("2025-03-24T00:00:05");
    runDueJobsAndSweep(congress);
    assertThat(smtp.subjects()).containsExactly(
        "[Bắt đầu chuẩn bị] Xã Tả Lèng: Đại hội (Hội nghị) của đơn vị, hạn cuối 31/03/2025",
        "[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)",
        "[Nhắc gửi hồ sơ] Xã Tả Lèng: hôm nay (16/03/2025) là ngày cuối gửi hồ sơ để tổ chức ngày 31/03/2025",
        "[Nhắc hạn] Xã Tả Lèng: còn 7 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)");
    assertThat(warnings(congress))
        .contains("Nhắc hạn tổ chức Đại hội: Người dùng Vàng A Dơ (talengcanbo, Xã Tả Lèng) chưa có địa chỉ e-mail");
  }

  @Test
  void theCouncilMemberHearsOfTheApprovalAndTheRemindersStopOnTheMeetingDay() {
    ProcessInstance congress = start();
    at("2025-02-01T10:00");
    submit(congress, "2025-03-20");
    at("2025-02-05T14:00");
    taskService.complete(task(congress, "reviewDossier").getId(), Map.of("approved", true));
    runDueJobs(congress);

    MimeMessage notice = smtp.only("[Đại hội Thi đua]");
    assertThat(to(notice)).containsExactlyInAnyOrder(UNIT_USER, COUNCIL_MEMBER);
    assertThat(subject(notice))
        .isEqualTo("[Đại hội Thi đua] Xã Tả Lèng: hồ sơ đã được phê duyệt, tổ chức ngày 20/03/2025");
    assertThat(body(notice))
        .contains("Kính gửi: Xã Tả Lèng; Nguyễn Văn Nam (thành viên Hội đồng Thi đua, Khen thưởng tỉnh phụ trách đơn vị)")
        .contains("báo cáo kết quả trên hệ thống chậm nhất ngày 27/03/2025")
        .contains("đã được Phòng Nội vụ Huyện Tam Đường thẩm định và phê duyệt")
        .contains("- Hình thức: Hội nghị tuyên dương điển hình tiên tiến")
        .contains("- Ngày tổ chức: 20/03/2025")
        .contains("- Thời gian: Buổi sáng")
        .contains("- Địa điểm: theo Kế hoạch tổ chức trong hồ sơ của đơn vị")
        .contains("- Số đại biểu: 120");

    at("2025-03-01T00:00:05");
    runDueJobsAndSweep(congress); // the 30-day reminder: the congress is not held yet
    at("2025-03-20T00:00:05");
    runDueJobsAndSweep(congress); // the meeting day: the congress is held, no reminder from now on
    at("2025-03-24T00:00:05");
    runDueJobsAndSweep(congress);

    assertThat(smtp.subjects()).filteredOn(subject -> !subject.startsWith("[Bắt đầu chuẩn bị]")
        && !subject.startsWith("[Hồ sơ mới]")).containsExactly(
        "[Đại hội Thi đua] Xã Tả Lèng: hồ sơ đã được phê duyệt, tổ chức ngày 20/03/2025",
        "[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)");
    assertThat(task(congress, "reportResults")).isNotNull();
  }

  @Test
  void atMidnightAfterTheLastDayTheyAreToldWhatIsLateAndAgainWhenNobodyHandlesIt() {
    ProcessInstance congress = start();
    at("2025-03-31T23:59:59");
    runDueJobs(congress);
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Quá hạn"));

    at("2025-04-01T00:00:01");
    runDueJobs(congress);
    MimeMessage escalation = smtp.only("[Quá hạn]");
    assertThat(to(escalation)).containsExactlyInAnyOrder(UNIT_USER, REVIEWER, COUNCIL_MEMBER, UBND);
    assertThat(subject(escalation))
        .isEqualTo("[Quá hạn] Xã Tả Lèng: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(body(escalation))
        .contains("Kính gửi: Xã Tả Lèng; Phòng Nội vụ Huyện Tam Đường; Nguyễn Văn Nam (thành viên Hội đồng Thi đua,"
            + " Khen thưởng tỉnh phụ trách đơn vị); Ủy ban nhân dân tỉnh")
        .contains("- «Lập và gửi hồ sơ Đại hội»: đang chờ Xã Tả Lèng, từ ngày 10/01/2025")
        .contains("được giao việc «Xử lý đơn vị quá hạn tổ chức Đại hội»")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "handleOverdue").getId());
    // the same mail in HTML, beside the text: the list of late work, and a button to the reviewer's task
    assertThat(html(escalation))
        .contains("<title>[Quá hạn] Xã Tả Lèng: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua</title>")
        .contains("<li>«Lập và gửi hồ sơ Đại hội»: đang chờ Xã Tả Lèng, từ ngày 10/01/2025</li>")
        .containsPattern("<a href=\"[^\"]*/camunda/app/tasklist/default/#/\\?task="
            + task(congress, "handleOverdue").getId() + "\"[^>]*>Xử lý trên hệ thống</a>");

    at("2025-04-03T23:59:59");
    runDueJobs(congress);
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Quá hạn lần 2]"));
    at("2025-04-04T00:00:01");
    runDueJobs(congress);
    MimeMessage second = smtp.only("[Quá hạn lần 2]");
    assertThat(to(second)).containsExactlyInAnyOrder(REVIEWER, SO_NOI_VU, COUNCIL_MEMBER, UBND);
    assertThat(body(second))
        .contains("được giao cho Phòng Nội vụ Huyện Tam Đường từ ngày 01/04/2025, đến nay (04/04/2025) đã 3 ngày");
  }

  @Test
  void anExtendedLastDayBringsItsOwnReminders() {
    ProcessInstance congress = start();
    at("2025-04-01T00:00:01"); // nothing ran before: the reminder due on 01/03 comes too late and is not sent
    runDueJobsAndSweep(congress);
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Nhắc hạn]"));

    at("2025-04-02T09:00");
    taskService.complete(task(congress, "handleOverdue").getId(),
        Map.of("decision", "EXTEND", "newDeadline", "2025-05-15", "reason", "Đơn vị xin lùi do mùa mưa lũ."));
    at("2025-04-15T00:00:05");
    runDueJobsAndSweep(congress);
    at("2025-05-08T00:00:05");
    runDueJobsAndSweep(congress);

    assertThat(smtp.subjects()).filteredOn(subject -> subject.startsWith("[Nhắc hạn]")).containsExactly(
        "[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (15/05/2025)",
        "[Nhắc hạn] Xã Tả Lèng: còn 7 ngày đến hạn cuối tổ chức Đại hội (15/05/2025)");
  }

  @Test
  void withTheMailServerDownTheEscalationIsGivenUpAfterItsTriesAndGoesOutOnceWhenRetried() {
    ProcessInstance congress = start();
    at("2025-03-31T23:00");
    runDueJobs(congress);
    smtp.stop();

    LocalDateTime now = LocalDateTime.parse("2025-04-01T00:00:01");
    at(now.toString());
    assertThat(runDueJobs(congress)).as("the timer's step commits whatever the mail server does").isEmpty();
    assertThat(task(congress, "handleOverdue")).as("the reviewer's task does not wait for the mail").isNotNull();
    int failures = 1;
    while (failed(congress).isEmpty()) {
      now = now.plusMinutes(5);
      at(now.toString());
      failures += dispatcher.dispatchDue().failures();
    }
    assertThat(failures).isEqualTo(5); // thidua.notification.retry-cycle R5/PT5M
    NotificationOutbox.Failed failed = failed(congress).get(0);
    assertThat(failed.kind()).isEqualTo(MessageKind.OVERDUE_ESCALATION.name());
    assertThat(failed.attempts()).isEqualTo(5);
    assertThat(failed.lastError()).contains("MailSendException");
    assertThat(incidents(congress)).as("no engine job, no incident").isEmpty();

    smtp.start();
    assertThat(outbox.retry(failed.id())).isTrue(); // POST /api/admin/mails/{id}/retry
    assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);

    assertThat(failed(congress)).isEmpty();
    assertThat(smtp.subjects())
        .containsExactly("[Quá hạn] Xã Tả Lèng: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(smtp.deliveries()).hasSize(4);
  }

  List<NotificationOutbox.Failed> failed(ProcessInstance congress) {
    return outbox.failed().stream().filter(mail -> congress.getId().equals(mail.processInstanceId())).toList();
  }

  @Test
  void aReviewNotDoneByItsDueDateGoesToTheReviewersSupervisorTheNextDayAndNotBefore() {
    ProcessInstance congress = start();
    submit(congress, "2025-03-20"); // Friday 10/01: due on Friday 17/01, five working days later
    at("2025-01-17T23:59:59");
    runDueJobs(congress);
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Quá hạn thẩm định]"));

    at("2025-01-18T00:00:01");
    runDueJobs(congress);
    MimeMessage late = smtp.only("[Quá hạn thẩm định]");
    assertThat(to(late)).containsExactlyInAnyOrder(SO_NOI_VU, REVIEWER, COUNCIL_MEMBER);
    assertThat(subject(late)).isEqualTo(
        "[Quá hạn thẩm định] Hồ sơ Đại hội của Xã Tả Lèng chưa được thẩm định, hạn 17/01/2025 đã qua");
    assertThat(body(late))
        .contains("Kính gửi: Sở Nội vụ (cơ quan thường trực thi đua, khen thưởng); Phòng Nội vụ Huyện Tam Đường;"
            + " Nguyễn Văn Nam")
        .contains("gửi ngày 10/01/2025, dự kiến tổ chức ngày 20/03/2025")
        .contains("phải được Phòng Nội vụ Huyện Tam Đường thẩm định chậm nhất ngày 17/01/2025")
        .contains("Sở Nội vụ (cơ quan thường trực thi đua, khen thưởng) được giao việc «Đôn đốc thẩm định hồ sơ quá hạn»")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "followUpLateReview").getId());
  }

  @Test
  void resultsNotReportedSevenDaysAfterTheMeetingAreEscalatedToTheReviewerAndItsSupervisor() {
    ProcessInstance congress = start();
    submit(congress, "2025-03-01");
    taskService.complete(task(congress, "reviewDossier").getId(), Map.of("approved", true));
    at("2025-03-01T00:00:05");
    runDueJobs(congress);
    at("2025-03-08T23:59:59");
    runDueJobs(congress);
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Quá hạn báo cáo]"));

    at("2025-03-09T00:00:01");
    runDueJobs(congress);
    MimeMessage late = smtp.only("[Quá hạn báo cáo]");
    assertThat(to(late)).containsExactlyInAnyOrder(REVIEWER, SO_NOI_VU, UNIT_USER, COUNCIL_MEMBER);
    assertThat(subject(late))
        .isEqualTo("[Quá hạn báo cáo] Xã Tả Lèng chưa báo cáo kết quả Đại hội, hạn 08/03/2025 đã qua");
    assertThat(body(late))
        .contains("tổ chức Đại hội (Hội nghị) ngày 01/03/2025 và phải báo cáo kết quả chậm nhất ngày 08/03/2025")
        .contains("«Đã tổ chức, quá hạn báo cáo kết quả»")
        .contains("Phòng Nội vụ Huyện Tam Đường được giao việc «Đôn đốc đơn vị báo cáo kết quả»")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "followUpLateResults").getId());
  }

  @Test
  void theUnitHearsItsCongressHasBegunTheReviewerOfTheDossierAndTheUnitOfItsReturnWithTheReason() {
    ProcessInstance congress = start();
    runDueJobs(congress);
    MimeMessage opened = smtp.only("[Bắt đầu chuẩn bị]");
    assertThat(to(opened)).containsExactly(UNIT_USER);
    assertThat(subject(opened)).isEqualTo("[Bắt đầu chuẩn bị] Xã Tả Lèng: Đại hội (Hội nghị) của đơn vị, hạn cuối 31/03/2025");
    assertThat(body(opened))
        .contains("Việc đầu tiên: «Lập và gửi hồ sơ Đại hội»")
        .contains("gửi Phòng Nội vụ Huyện Tam Đường ít nhất 15 ngày trước ngày tổ chức")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "draftPlan").getId());

    // a second reviewer reads the dossiers in the daily digest instead of one mail each
    users.add("tamduongpho", "Lò Văn", "Thành", "thanh.noivu@tamduong.laichau.gov.vn", Groups.phongNoiVu("106"));
    dailyDigest.choose("tamduongpho", true);
    submit(congress, "2025-03-20");
    runDueJobs(congress);
    MimeMessage arrived = smtp.only("[Hồ sơ mới]");
    assertThat(to(arrived)).containsExactly(REVIEWER);
    assertThat(subject(arrived)).isEqualTo("[Hồ sơ mới] Xã Tả Lèng gửi hồ sơ Đại hội, cần thẩm định trước ngày 17/01/2025");
    assertThat(body(arrived))
        .contains("đã gửi hồ sơ tổ chức Đại hội (Hội nghị) ngày 10/01/2025 (lần gửi thứ 1), dự kiến tổ chức ngày 20/03/2025")
        .contains("Phòng Nội vụ Huyện Tam Đường thẩm định hồ sơ chậm nhất ngày 17/01/2025")
        .contains("được báo lên Sở Nội vụ")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "reviewDossier").getId());

    at("2025-03-10T09:00");
    taskService.complete(task(congress, "reviewDossier").getId(),
        Map.of("approved", false, "reviewComment", "Bổ sung danh sách điển hình được khen thưởng."));
    runDueJobs(congress);
    MimeMessage returned = smtp.only("[Trả lại hồ sơ]");
    assertThat(to(returned)).containsExactly(UNIT_USER);
    assertThat(subject(returned)).isEqualTo("[Trả lại hồ sơ] Xã Tả Lèng: hồ sơ Đại hội cần sửa và gửi lại");
    assertThat(body(returned))
        .contains("đã được Phòng Nội vụ Huyện Tam Đường trả lại ngày 10/03/2025")
        .contains("Lý do: Bổ sung danh sách điển hình được khen thưởng.")
        .contains("Ngày tổ chức 20/03/2025 không còn kịp: hồ sơ phải đến trước ngày tổ chức ít nhất 15 ngày (R6)."
            + " Đơn vị chọn ngày tổ chức mới, từ ngày 25/03/2025 trở đi")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "draftPlan").getId());
  }

  @Test
  void aUnitThatSendsItsDossierAtOnceStillHearsItsCongressBeganAsTheTaskOpened() {
    ProcessInstance congress = start();
    String draftPlan = task(congress, "draftPlan").getId();
    assertThat(managementService.createJobQuery().processInstanceId(congress.getId()).executable().count())
        .as("no job due: the mail's row was written as the task opened").isZero();
    submit(congress, "2025-03-20");
    runDueJobs(congress);
    MimeMessage opened = smtp.only("[Bắt đầu chuẩn bị]");
    // written when the task opened, with the task then open; sent after the dossier went: the mail says what was
    assertThat(body(opened)).contains("Việc đầu tiên: «Lập và gửi hồ sơ Đại hội»")
        .contains("Thực hiện trên hệ thống: http://localhost:8080/camunda/app/tasklist/default/#/?task=" + draftPlan);
    assertThat(incidents(congress)).isEmpty();
  }

  // --- shared steps --------------------------------------------------------------------------------------------

  ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, UNIT, Map.of("unitCode", UNIT));
  }

  /** A dossier every rule accepts for this commune (R2–R6): completing draftPlan is the submission. */
  void submit(ProcessInstance congress, String meetingDate) {
    submit(taskService, task(congress, "draftPlan"), meetingDate);
  }

  static void submit(TaskService taskService, Task draftPlan, String meetingDate) {
    taskService.complete(draftPlan.getId(), Variables.createVariables()
        .putValue("format", "HOI_NGHI_TUYEN_DUONG_DIEN_HINH")
        .putValue("meetingDate", meetingDate)
        .putValue("session", "MORNING")
        .putValue("programmeItems", Spin.JSON(List.of("REVIEW", "SPEECHES", "COMMENDATION", "LAUNCH",
            "UPPER_DELEGATES")))
        .putValue("exemplarSpeakers", "Nguyễn Văn An, Chủ tịch Hội Nông dân xã")
        .putValue("planDocument", pdf("ke-hoach.pdf"))
        .putValue("scheduleDocument", pdf("lich-to-chuc.pdf"))
        .putValue("summaryReport", pdf("bao-cao-tong-ket.pdf"))
        .putValue("programmeDocument", pdf("noi-dung-dai-hoi.pdf")));
  }

  static FileValue pdf(String name) {
    return Variables.fileValue(name)
        .file("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))
        .mimeType("application/pdf").create();
  }

  Task task(ProcessInstance congress, String key) {
    return taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(key).singleResult();
  }

  List<Exception> runDueJobs(ProcessInstance congress) {
    return EngineTime.runDueJobs(managementService, dispatcher, congress.getId());
  }

  /** The congress's due jobs, then the day's reminder sweep, as the job executor would run them at this time. */
  void runDueJobsAndSweep(ProcessInstance congress) {
    runDueJobs(congress);
    EngineTime.sweepReminders(managementService, dispatcher);
  }

  List<Incident> incidents(ProcessInstance congress) {
    return runtimeService.createIncidentQuery().processInstanceId(congress.getId()).list();
  }

  String warnings(ProcessInstance congress) {
    List<String> warnings = outbox.warnings(congress.getId());
    assertThat(warnings).as("warnings of the instance's mails").isNotEmpty();
    return String.join("\n", warnings);
  }


}
