package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static vn.laichau.thidua.notification.EngineTime.at;
import static vn.laichau.thidua.notification.TestMailServer.body;
import static vn.laichau.thidua.notification.TestMailServer.subject;
import static vn.laichau.thidua.notification.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.ProcessTest;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The daily reminder sweep ({@code reminder-sweep}) on the real {@code congress} process: R7's reminders 30 and 7
 * days before the last day and R6's on the last day of submission, each on its day and not the day before, once
 * however often the sweep runs, caught up after days without a sweep while they still mean something, following an
 * extension, and none for a congress held, not held or past its last day; a chunk that fails writes nothing and its
 * retry writes each mail once. The test profile's chunks of two take the sweep through several chunks whenever three
 * reminders are due on one morning.
 */
@ProcessTest
@AssertProcessCoverage(process = ProcessKeys.REMINDER_SWEEP, atLeast = 1.0)
class ReminderSweepTest {

  static final TestMailServer smtp = new TestMailServer();

  /** Xã Tả Lèng, huyện Tam Đường (106): a commune reviewed by phong-noi-vu-106, last day 31/03/2025. */
  static final String UNIT = "03400";
  static final String UNIT_USER = "mai.taleng@laichau.gov.vn";
  static final String THIRTY_DAYS = "[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)";
  static final String SEVEN_DAYS = "[Nhắc hạn] Xã Tả Lèng: còn 7 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)";

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    smtp.register(registry);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired IdentityService identityService;
  @Autowired UnitRegistry registry;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  /** The mail of R7, real unless a test makes it fail. */
  @MockitoSpyBean DeadlineReminderMail deadlineMail;

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
    users.add("tamduongnoivu", "Nguyễn Thị", "Hoa", "hoa.noivu@tamduong.laichau.gov.vn", Groups.phongNoiVu("106"));
    registered = registry.find(UNIT).orElseThrow();
    registry.save(registered.withStaffCount(120)); // R3: a full assembly
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

  // --- R7: the reminders before the last day ------------------------------------------------------------------

  @Test
  void theThirtyDayReminderComesOnItsDayNotTheDayBeforeAndOnceHoweverOftenTheSweepRuns() {
    ProcessInstance congress = start(UNIT);
    // the sweep's timer: every day at 06:00 Vietnam time, one timer for all congresses
    assertThat(managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).timers()
        .singleResult().getDuedate().toInstant().atZone(VietnamTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
    assertThat(managementService.createJobQuery().processInstanceId(congress.getId()).timers().list())
        .as("the congress's own timers: the overdue deadline only").hasSize(1);

    sweep("2025-02-28T06:00");
    assertThat(reminders()).isEmpty();

    sweep("2025-03-01T06:00");
    MimeMessage thirty = smtp.only("[Nhắc hạn]");
    assertThat(to(thirty)).containsExactly(UNIT_USER);
    assertThat(subject(thirty)).isEqualTo(THIRTY_DAYS);
    assertThat(body(thirty))
        .contains("chậm nhất ngày 31/03/2025. Hôm nay là ngày 01/03/2025: còn 30 ngày.")
        .contains("- «Lập và gửi hồ sơ Đại hội»: đang chờ Xã Tả Lèng, từ ngày 10/01/2025")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "draftPlan").getId());

    sweep("2025-03-01T18:00"); // a second sweep the same day (a node started it again): nothing twice
    sweep("2025-03-23T06:00");
    assertThat(reminders()).containsExactly(THIRTY_DAYS);

    sweep("2025-03-24T06:00");
    sweep("2025-03-31T06:00");
    assertThat(reminders()).containsExactly(THIRTY_DAYS, SEVEN_DAYS);
    assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT reminder_day || ' ' || state FROM congress_reminder"
            + " WHERE process_instance_id = ? AND kind = ? ORDER BY reminder_day", String.class, congress.getId(),
        MessageKind.DEADLINE_REMINDER.name()))
        .containsExactly("2025-03-01 SENT", "2025-03-24 SENT");
  }

  @Test
  void daysWithoutASweepAreCaughtUpWithTheLatestReminderAndNeverAfterTheLastDay() {
    ProcessInstance caughtUp = start(UNIT);
    sweep("2025-03-03T06:00"); // no sweep ran on 01/03 or 02/03
    assertThat(reminders()).containsExactly(
        "[Nhắc hạn] Xã Tả Lèng: còn 28 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)");

    sweep("2025-03-26T06:00"); // none from 24/03: the 7-day reminder, late, not the 30-day one again
    assertThat(reminders()).endsWith(
        "[Nhắc hạn] Xã Tả Lèng: còn 5 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)").hasSize(2);
    assertThat(outboxRows(caughtUp, MessageKind.DEADLINE_REMINDER)).isEqualTo(2);

    runtimeService.deleteProcessInstance(caughtUp.getId(), "the next case", true, true);
    at("2025-01-10T09:00");
    ProcessInstance neverSwept = start(UNIT);
    runDueJobs(neverSwept, "2025-04-01T00:00:01"); // the last day has passed: the unit is overdue
    sweep("2025-04-01T06:00");
    assertThat(outboxRows(neverSwept, MessageKind.DEADLINE_REMINDER)).isZero();
  }

  @Test
  void aUnitStartingAfterAReminderDayGetsOnlyTheRemainingOnes() {
    at("2025-03-10T09:00");
    ProcessInstance congress = start(UNIT);
    sweep("2025-03-11T06:00");
    assertThat(reminders()).isEmpty();

    sweep("2025-03-24T06:00");
    assertThat(reminders()).containsExactly(SEVEN_DAYS);
    assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).isEqualTo(1);
  }

  @Test
  void anExtensionMovesTheRemindersToTheNewLastDay() {
    ProcessInstance congress = start(UNIT);
    runDueJobs(congress, "2025-04-01T00:00:01");
    at("2025-04-02T09:00");
    taskService.complete(task(congress, "handleOverdue").getId(),
        Map.of("decision", "EXTEND", "newDeadline", "2025-05-15", "reason", "Đơn vị xin lùi do mùa mưa lũ."));

    sweep("2025-04-14T06:00");
    assertThat(reminders()).isEmpty();
    sweep("2025-04-15T06:00");
    sweep("2025-05-07T06:00");
    sweep("2025-05-08T06:00");
    assertThat(reminders()).containsExactly(
        "[Nhắc hạn] Xã Tả Lèng: còn 30 ngày đến hạn cuối tổ chức Đại hội (15/05/2025)",
        "[Nhắc hạn] Xã Tả Lèng: còn 7 ngày đến hạn cuối tổ chức Đại hội (15/05/2025)");
  }

  @Test
  void aCongressWhoseMeetingDayHasComeHearsNoMoreReminders() {
    ProcessInstance congress = start(UNIT);
    at("2025-02-01T10:00");
    CongressNotificationTest.submit(taskService, task(congress, "draftPlan"), "2025-03-20");
    at("2025-02-05T14:00");
    taskService.complete(task(congress, "reviewDossier").getId(), Map.of("approved", true));

    sweep("2025-03-01T06:00"); // approved, not yet held: reminded
    runDueJobs(congress, "2025-03-20T00:00:05"); // the meeting day
    sweep("2025-03-24T06:00");

    assertThat(reminders()).containsExactly(THIRTY_DAYS);
    assertThat(task(congress, "reportResults")).isNotNull();
  }

  @Test
  void aCongressNotHeldHearsNoReminder() {
    ProcessInstance congress = start(UNIT);
    at("2025-02-20T09:00");
    // Sở Nội vụ retires the unit (merged): its congress is not held
    registry.save(new Unit(registered.code(), registered.name(), registered.level(), registered.kind(), 120,
        registered.parentCode(), registered.councilMember(), false));
    assertThat(jdbc.queryForObject("SELECT status FROM congress_progress WHERE process_instance_id = ?", String.class,
        congress.getId())).isEqualTo("NOT_HELD");

    sweep("2025-03-01T06:00");
    sweep("2025-03-24T06:00");
    assertThat(reminders()).isEmpty();
    assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).isZero();
  }

  @Test
  void manyDueTheSameMorningAreWrittenInChunksEachOnceAlsoWhenASecondSweepRunsBeside() {
    users.add("giangmavanthu", "Lý Thị", "Chờ", "cho.giangma@laichau.gov.vn", Groups.unit("03405"));
    users.add("hothauvanthu", "Tẩn Thị", "Mẩy", "may.hothau@laichau.gov.vn", Groups.unit("03406"));
    List<ProcessInstance> congresses = List.of(start(UNIT), start("03405"), start("03406"));

    at("2025-03-01T06:00");
    Job reminderDay = managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).timers()
        .singleResult();
    managementService.executeJob(reminderDay.getId()); // the timer's sweep finds the three reminders due
    // a second sweep started beside it (another node, an administrator in Cockpit) before any chunk ran
    runtimeService.startProcessInstanceByKey(ProcessKeys.REMINDER_SWEEP);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).count())
        .isEqualTo(2);
    int chunks = EngineTime.runSweepChunks(managementService);
    dispatcher.dispatchDue();

    assertThat(chunks).as("three reminders in chunks of two, and the second sweep's one empty chunk").isEqualTo(3);
    assertThat(smtp.subjects()).filteredOn(subject -> subject.startsWith("[Nhắc hạn]")).containsExactlyInAnyOrder(
        THIRTY_DAYS,
        "[Nhắc hạn] Xã Giang Ma: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)",
        "[Nhắc hạn] Xã Hồ Thầu: còn 30 ngày đến hạn cuối tổ chức Đại hội (31/03/2025)");
    for (ProcessInstance congress : congresses) {
      assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).as(congress.getBusinessKey()).isEqualTo(1);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).count())
        .as("both sweeps ended").isZero();
  }

  @Test
  void aChunkThatFailsHalfWayLeavesNothingAndItsRetryWritesEachReminderOnce() {
    List<ProcessInstance> congresses = List.of(start(UNIT), start("03405"));
    // the second mail of the chunk fails (the database lost mid-way, say); the chunk's retry goes through
    doCallRealMethod().doThrow(new IllegalStateException("Mất kết nối cơ sở dữ liệu giữa đợt"))
        .doCallRealMethod().when(deadlineMail).write(any(), any());

    at("2025-03-01T06:00");
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP)
        .timers().singleResult().getId());
    Job chunk = managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).messages()
        .singleResult();
    assertThatThrownBy(() -> managementService.executeJob(chunk.getId()))
        .hasStackTraceContaining("Mất kết nối cơ sở dữ liệu giữa đợt");
    for (ProcessInstance congress : congresses) {
      assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).as("the first mail went with the rollback")
          .isZero();
    }

    at("2025-03-01T06:10:01"); // the chunk's next try (R3/PT10M)
    assertThat(EngineTime.runSweepChunks(managementService)).isEqualTo(2); // the retried chunk, full, then an empty one
    for (ProcessInstance congress : congresses) {
      assertThat(outboxRows(congress, MessageKind.DEADLINE_REMINDER)).as(congress.getBusinessKey()).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT state FROM congress_reminder WHERE process_instance_id = ?",
          String.class, congress.getId())).isEqualTo("SENT");
    }
  }

  // --- R6: the last day of submission ------------------------------------------------------------------------

  @Test
  void theSubmissionReminderComesOnTheLastDayOfSubmissionWhileDraftPlanIsOpen() {
    ProcessInstance drafting = start(UNIT);
    sweep("2025-03-15T06:00");
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Nhắc gửi hồ sơ]"));

    sweep("2025-03-16T06:00");
    MimeMessage r6 = smtp.only("[Nhắc gửi hồ sơ]");
    assertThat(to(r6)).containsExactly(UNIT_USER);
    assertThat(subject(r6)).isEqualTo(
        "[Nhắc gửi hồ sơ] Xã Tả Lèng: hôm nay (16/03/2025) là ngày cuối gửi hồ sơ để tổ chức ngày 31/03/2025");
    assertThat(body(r6))
        .contains("là 31/03/2025 (đơn vị chưa đăng ký ngày tổ chức, nên đây là hạn cuối")
        .contains("gửi đến Phòng Nội vụ Huyện Tam Đường ít nhất 15 ngày trước ngày tổ chức")
        .contains("gửi hồ sơ vào ngày mai thì ngày tổ chức sớm nhất là 01/04/2025")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(drafting, "draftPlan").getId());
    sweep("2025-03-17T06:00");
    assertThat(outboxRows(drafting, MessageKind.SUBMISSION_REMINDER)).isEqualTo(1);

    runtimeService.deleteProcessInstance(drafting.getId(), "the next case", true, true);
    at("2025-01-10T09:00");
    ProcessInstance submitted = start(UNIT);
    at("2025-03-10T10:00");
    CongressNotificationTest.submit(taskService, task(submitted, "draftPlan"), "2025-03-28");
    sweep("2025-03-13T06:00"); // 28/03 − 15 days: the dossier is with the reviewer, draftPlan is closed
    assertThat(outboxRows(submitted, MessageKind.SUBMISSION_REMINDER)).isZero();
  }

  @Test
  void aDossierReturnedAfterItsLastDayOfSubmissionIsToldTheNextMorningThatTheDateMustMove() {
    ProcessInstance congress = start(UNIT);
    at("2025-03-01T10:00");
    CongressNotificationTest.submit(taskService, task(congress, "draftPlan"), "2025-03-25");
    at("2025-03-12T10:00");
    taskService.complete(task(congress, "reviewDossier").getId(),
        Map.of("approved", false, "reviewComment", "Bổ sung báo cáo tổng kết có chữ ký."));

    sweep("2025-03-13T06:00");
    MimeMessage late = smtp.only("[Nhắc gửi hồ sơ]");
    assertThat(subject(late))
        .isEqualTo("[Nhắc gửi hồ sơ] Xã Tả Lèng: đã quá ngày gửi hồ sơ, phải lùi ngày tổ chức 25/03/2025");
    assertThat(body(late))
        .contains("chậm nhất ngày 10/03/2025. Ngày đó đã qua")
        .contains("gửi hồ sơ ngay hôm nay thì ngày tổ chức sớm nhất là 28/03/2025");

    sweep("2025-03-25T06:00"); // the meeting date itself: too late to mean anything, and sent already
    assertThat(outboxRows(congress, MessageKind.SUBMISSION_REMINDER)).isEqualTo(1);
  }

  @Test
  void aProvincialPilotIsRemindedFifteenDaysBeforeTheDateItAgreedWithSoNoiVu() {
    users.add("soytevanthu", "Nguyễn Thị", "Thu", "thu.soyte@laichau.gov.vn", Groups.unit("SO-Y-TE"));
    ProcessInstance pilot = start("SO-Y-TE"); // last day 30/04/2025
    at("2025-01-12T09:00");
    taskService.complete(task(pilot, "agreePilotPlan").getId(), Map.of(
        "agreedContent", "Tổng kết 5 năm, phương hướng 2025–2030",
        "agreedProgramme", "Năm nội dung theo mục II.4 của Kế hoạch",
        "agreedMeetingDate", "2025-04-15", "agreedDelegateCount", 80));

    sweep("2025-03-30T06:00");
    assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Nhắc gửi hồ sơ]"));
    sweep("2025-03-31T06:00");
    MimeMessage r6 = smtp.only("[Nhắc gửi hồ sơ]");
    assertThat(to(r6)).containsExactly("thu.soyte@laichau.gov.vn");
    assertThat(subject(r6)).contains("hôm nay (31/03/2025) là ngày cuối gửi hồ sơ để tổ chức ngày 15/04/2025");
    assertThat(body(r6)).contains("là 15/04/2025 (thời gian tổ chức đã thống nhất với Sở Nội vụ)");
  }

  // --- a congress started on a model from before the sweep ---------------------------------------------------

  @Test
  void aCongressOfAnEarlierModelKeepsRunningAndItsOwnReminderTimersWriteNothing() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("former-reminders").count() == 0) {
      repositoryService.createDeployment().addClasspathResource("notification/former-reminders.bpmn").deploy();
    }
    ProcessInstance former = runtimeService.startProcessInstanceByKey("former-reminders", "03405",
        Map.of("unitCode", "03405", "campaignId", "LAICHAU-2025", "deadline", "2025-03-31"));
    try {
      // its R7 sub-process starts no more; its R6 timer on draftPlan is armed as before, on 16/03/2025 at 00:00
      assertThat(runtimeService.getActivityInstance(former.getId()).getActivityInstances("notifyDeadlineReminders"))
          .isEmpty();
      Job submissionDue = managementService.createJobQuery().processInstanceId(former.getId()).timers()
          .singleResult();
      assertThat(submissionDue.getDuedate()).isEqualTo(VietnamTime.startOf(java.time.LocalDate.of(2025, 3, 16)));

      at("2025-03-16T00:00:05");
      managementService.executeJob(submissionDue.getId());
      // a reminder whose timer an earlier version had armed before the upgrade, firing now
      runtimeService.createProcessInstanceModification(former.getId())
          .startBeforeActivity("notifyDeadlineReminder").execute();
      runtimeService.setVariable(former.getId(), "deadline", "2025-05-15"); // an extension: no new reminders
      dispatcher.dispatchDue();

      assertThat(runtimeService.getActivityInstance(former.getId()).getActivityInstances("notifyDeadlineReminders"))
          .isEmpty();
      assertThat(task(former, "draftPlan")).isNotNull();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(former.getId()).count()).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE process_instance_id = ?",
          Integer.class, former.getId())).as("the sweep writes the reminders, the old timers none").isZero();
    } finally {
      runtimeService.deleteProcessInstance(former.getId(), "test finished", true, true);
    }
  }

  // --- shared steps --------------------------------------------------------------------------------------------

  ProcessInstance start(String unitCode) {
    return runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode, Map.of("unitCode", unitCode));
  }

  /** The daily sweep at this Vietnam time, and the mails it wrote sent. */
  void sweep(String vietnamDateTime) {
    at(vietnamDateTime);
    EngineTime.sweepReminders(managementService, dispatcher);
  }

  void runDueJobs(ProcessInstance congress, String vietnamDateTime) {
    at(vietnamDateTime);
    EngineTime.runDueJobs(managementService, dispatcher, congress.getId());
  }

  /** The subjects of the deadline reminders received, in order. */
  List<String> reminders() {
    return smtp.subjects().stream().filter(subject -> subject.startsWith("[Nhắc hạn]")).toList();
  }

  int outboxRows(ProcessInstance congress, MessageKind kind) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE process_instance_id = ? AND kind = ?",
        Integer.class, congress.getId(), kind.name());
  }

  Task task(ProcessInstance congress, String key) {
    return taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(key).singleResult();
  }
}
