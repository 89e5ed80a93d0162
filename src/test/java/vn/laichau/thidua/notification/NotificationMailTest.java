package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.thidua.notification.EngineTime.at;
import static vn.laichau.thidua.notification.TestMailServer.body;
import static vn.laichau.thidua.notification.TestMailServer.subject;
import static vn.laichau.thidua.notification.TestMailServer.to;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laichau.thidua.identity.Groups;

/**
 * The e-mails of the congress lifecycle, sent through an in-process SMTP server (GreenMail) from the sending tasks of
 * a test process that has the congress process's variables and events: who receives what at which engine time, and
 * what happens when the mail server is down or the engine's transaction fails after a mail went out.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationMailTest {

  static final TestMailServer smtp = new TestMailServer();
  static final String PROCESS = "notification-test";

  static final String UNIT = "03394";
  static final String UNIT_NAME = "Xã Thèn Sin";
  static final String REVIEWER = Groups.phongNoiVu("106");
  static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    smtp.register(registry);
  }

  @TestConfiguration
  static class FailingCommit {
    /** An end listener of sendApprovalNotice: when armed, fails the step's transaction once, after the mail is recorded. */
    @Bean("commitFailure")
    ArmedFailure commitFailure() {
      return new ArmedFailure();
    }
  }

  static class ArmedFailure implements ExecutionListener {
    final AtomicBoolean armed = new AtomicBoolean();

    @Override
    public void notify(DelegateExecution execution) {
      if (armed.getAndSet(false)) {
        throw new IllegalStateException("Lỗi không liên quan sau khi thư đã ghi vào hộp thư đi");
      }
    }
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired NotificationOutbox outbox;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired ArmedFailure commitFailure;
  @Autowired NotificationMailer mailer;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired NotificationProperties notificationProperties;

  TestUsers users;

  @BeforeEach
  void setUp() {
    smtp.start();
    EngineTime.sendLeftovers(dispatcher);
    smtp.clear();
    users = new TestUsers(identityService);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().addClasspathResource("notification/notification-test.bpmn").deploy();
    }
    // the groups are the registry's (unit-03394 "Xã Thèn Sin", phong-noi-vu-106, so-noi-vu, ubnd-tinh, hoi-dong-tdkt)
    users.add("thensinvanthu", "Lò Thị", "Mai", "mai.thensin@laichau.gov.vn", Groups.unit(UNIT));
    users.add("thensinchutich", "Tẩn Văn", "Sử", "su.thensin@laichau.gov.vn", Groups.unit(UNIT));
    users.add("thensincanbo", "Vàng A", "Dơ", null, Groups.unit(UNIT));
    users.add("tamduongnoivu", "Nguyễn Thị", "Hoa", "hoa.noivu@tamduong.laichau.gov.vn", REVIEWER);
    users.add("sonoivutdkt", "Trần Văn", "Bình", "binh.snv@laichau.gov.vn", Groups.SO_NOI_VU);
    users.add("ubndvanphong", "Đỗ Thị", "Lan", "lan.ubnd@laichau.gov.vn", Groups.UBND_TINH);
    users.add("hdnguyenvannam", "Nguyễn Văn", "Nam", "nam.hdtdkt@laichau.gov.vn", Groups.HOI_DONG_TDKT);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    commitFailure.armed.set(false);
    smtp.stop();
    users.deleteAll();
    jdbc.update("UPDATE unit SET council_member = NULL WHERE code = ?", UNIT);
  }

  // --- R10: the council member hears of the approval -----------------------------------------------------------

  @Test
  void councilMemberIsToldOfTheApprovedDossier() throws MessagingException {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    submitDossier(congress, "2025-03-20");
    at("2025-02-20T09:00");
    complete(congress, "reviewDossier", Map.of("approved", true));
    runDueJobs(congress);

    MimeMessage notice = only(mails(), "[Đại hội Thi đua]");
    assertThat(to(notice))
        .containsExactlyInAnyOrder("su.thensin@laichau.gov.vn", "mai.thensin@laichau.gov.vn", "nam.hdtdkt@laichau.gov.vn");
    assertThat(subject(notice))
        .isEqualTo("[Đại hội Thi đua] Xã Thèn Sin: hồ sơ đã được phê duyệt, tổ chức ngày 20/03/2025");
    assertThat(body(notice))
        .contains("Kính gửi: Xã Thèn Sin; Nguyễn Văn Nam (thành viên Hội đồng Thi đua, Khen thưởng tỉnh phụ trách đơn vị)")
        .contains("đã được Phòng Nội vụ Huyện Tam Đường thẩm định và phê duyệt")
        .contains("- Hình thức: Hội nghị tuyên dương điển hình tiên tiến")
        .contains("- Ngày tổ chức: 20/03/2025")
        .contains("- Thời gian: Buổi sáng")
        .contains("- Địa điểm: Hội trường UBND xã Thèn Sin")
        .contains("- Số đại biểu: 120")
        // nothing for the member to act on in Tasklist until the meeting: the link opens Tasklist
        .contains("Xem trên hệ thống: http://localhost:8080/camunda/app/tasklist/default/")
        .doesNotContain("#/?task=");
    assertThat(notice.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(((InternetAddress) notice.getFrom()[0]).getPersonal()).isEqualTo("Đại hội Thi đua yêu nước tỉnh Lai Châu");
  }

  @Test
  void aUnitWithoutCouncilMemberIsReportedNotSkipped() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of("councilMember", ""));
    submitDossier(congress, "2025-03-20");
    complete(congress, "reviewDossier", Map.of("approved", true));
    runDueJobs(congress);

    // the unit still hears of its approval; the missing council member is reported
    assertThat(to(only(mails(), "[Đại hội Thi đua]")))
        .containsExactlyInAnyOrder("su.thensin@laichau.gov.vn", "mai.thensin@laichau.gov.vn");
    assertThat(warnings(congress)).contains(
        "Thông báo hồ sơ được phê duyệt: Chưa phân công thành viên Hội đồng Thi đua, Khen thưởng tỉnh phụ trách đơn vị");
    assertThat(runtimeService.getActiveActivityIds(congress.getId())).contains("meetingDayReached");
    assertThat(incidents(congress)).isEmpty();
  }

  // --- R7: escalations ----------------------------------------------------------------------------------------

  @Test
  void atMidnightAfterTheLastDayUnitReviewerCouncilMemberAndUbndAreToldWhatIsLate() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    at("2025-03-31T23:59:59");
    runDueJobs(congress);
    assertThat(mails()).noneMatch(mail -> subject(mail).startsWith("[Quá hạn]"));

    at("2025-04-01T00:00:01");
    runDueJobs(congress);

    MimeMessage escalation = only(mails(), "[Quá hạn]");
    assertThat(to(escalation)).containsExactlyInAnyOrder("mai.thensin@laichau.gov.vn", "su.thensin@laichau.gov.vn",
        "hoa.noivu@tamduong.laichau.gov.vn", "nam.hdtdkt@laichau.gov.vn", "lan.ubnd@laichau.gov.vn");
    assertThat(subject(escalation))
        .isEqualTo("[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(body(escalation))
        .contains("Kính gửi: Xã Thèn Sin; Phòng Nội vụ Huyện Tam Đường; Nguyễn Văn Nam (thành viên Hội đồng")
        .contains("Ủy ban nhân dân tỉnh")
        .contains("- «Lập kế hoạch và gửi hồ sơ»: đang chờ Xã Thèn Sin, từ ngày 15/01/2025")
        .doesNotContain("- «Xử lý quá hạn»")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "handleOverdue").getId());
    assertThat(warnings(congress)).contains(
        "Báo cáo quá hạn: Người dùng Vàng A Dơ (thensincanbo, Xã Thèn Sin) chưa có địa chỉ e-mail: không gửi được thư"
            + " cho người này");
  }

  @Test
  void handleOverdueLeftThreeDaysIsEscalatedAgainToSoNoiVuAndUbnd() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    at("2025-04-01T00:00:01");
    runDueJobs(congress);
    at("2025-04-03T23:59:59");
    runDueJobs(congress);
    assertThat(mails()).noneMatch(mail -> subject(mail).startsWith("[Quá hạn lần 2]"));

    at("2025-04-04T00:00:05");
    runDueJobs(congress);

    MimeMessage second = only(mails(), "[Quá hạn lần 2]");
    assertThat(to(second)).containsExactlyInAnyOrder("hoa.noivu@tamduong.laichau.gov.vn", "binh.snv@laichau.gov.vn",
        "nam.hdtdkt@laichau.gov.vn", "lan.ubnd@laichau.gov.vn");
    assertThat(subject(second))
        .isEqualTo("[Quá hạn lần 2] Xã Thèn Sin: việc xử lý quá hạn chưa được thực hiện sau 3 ngày");
    assertThat(body(second))
        .contains("được giao cho Phòng Nội vụ Huyện Tam Đường từ ngày 01/04/2025, đến nay (04/04/2025) đã 3 ngày")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "handleOverdue").getId());
  }

  @Test
  void handledInTimeThereIsNoSecondEscalation() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    at("2025-04-01T00:00:01");
    runDueJobs(congress);
    at("2025-04-02T09:00");
    complete(congress, "handleOverdue", Map.of("decision", "NOT_HELD"));
    at("2025-04-05T00:00");
    runDueJobs(congress);

    assertThat(mails()).noneMatch(mail -> subject(mail).startsWith("[Quá hạn lần 2]"));
  }

  // --- reliable delivery --------------------------------------------------------------------------------------

  @Test
  void withTheMailServerDownTheEscalationIsGivenUpAfterFiveTriesAndGoesOutOnceWhenRetried() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    at("2025-03-31T23:00");
    runDueJobs(congress);
    smtp.stop();

    LocalDateTime now = LocalDateTime.parse("2025-04-01T00:00:01");
    at(now.toString());
    assertThat(EngineTime.runDueJobs(managementService, congress.getId())).isEmpty();
    assertThat(task(congress, "handleOverdue")).isNotNull(); // the reviewer's task does not wait for the mail
    int failures = dispatcher.dispatchDue().failures();
    while (failed(congress).isEmpty()) {
      now = now.plusMinutes(5);
      at(now.toString());
      failures += dispatcher.dispatchDue().failures();
    }

    assertThat(failures).isEqualTo(5); // R5/PT5M: five tries five minutes apart
    assertThat(now).isEqualTo(LocalDateTime.parse("2025-04-01T00:20:01"));
    NotificationOutbox.Failed failed = failed(congress).get(0);
    assertThat(failed.subject()).startsWith("[Quá hạn]");
    assertThat(failed.lastError()).isNotBlank();
    assertThat(incidents(congress)).isEmpty();

    smtp.start();
    // what an administrator does: POST /api/admin/mails/{id}/retry, one more try, due now
    assertThat(outbox.retry(failed.id())).isTrue();
    assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);

    assertThat(failed(congress)).isEmpty();
    assertThat(mails()).extracting(TestMailServer::subject)
        .containsExactly("[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(deliveries()).hasSize(5); // one copy for each of the five recipients
  }

  @Test
  void aStepThatRollsBackLeavesNoMailAndTheStepDoneAgainSendsOne() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    submitDossier(congress, "2025-03-20");
    commitFailure.armed.set(true);

    assertThatThrownBy(() -> complete(congress, "reviewDossier", Map.of("approved", true)))
        .hasStackTraceContaining("Lỗi không liên quan sau khi thư đã ghi vào hộp thư đi");
    assertThat(outboxRows(congress, "APPROVAL_NOTICE")).as("the mail went with the rolled-back step").isZero();
    runDueJobs(congress);
    assertThat(mails()).isEmpty();

    complete(congress, "reviewDossier", Map.of("approved", true));
    runDueJobs(congress);

    assertThat(outboxRows(congress, "APPROVAL_NOTICE")).isEqualTo(1);
    assertThat(mails()).extracting(TestMailServer::subject).hasSize(1).first().asString()
        .startsWith("[Đại hội Thi đua]");
    assertThat(runtimeService.getActiveActivityIds(congress.getId())).contains("meetingDayReached");
  }

  @Test
  void aMailIsRecordedWithItsStepAndARetrySendsTheRecordedMailUnderItsMessageId() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    submitDossier(congress, "2025-03-20");
    smtp.stop();
    complete(congress, "reviewDossier", Map.of("approved", true));
    String outboxId = jdbc.queryForObject("select id from notification_outbox where process_instance_id = ?"
        + " and kind = 'APPROVAL_NOTICE' and sent_at is null", String.class, congress.getId());
    assertThat(outboxId).as("recorded with the step that approved the dossier").isNotNull();

    assertThat(dispatcher.dispatchDue().failures()).isEqualTo(1);
    smtp.start();
    at("2025-01-15T08:04:59");
    assertThat(dispatcher.dispatchDue().sent()).as("not due before the retry cycle's wait").isZero();
    at("2025-01-15T08:05:01");
    assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);

    assertThat(mails()).hasSize(1);
    assertThat(TestMailServer.header(mails().get(0), "Message-ID")).isEqualTo(mailer.messageId(outboxId));
    assertThat(outboxRows(congress, "APPROVAL_NOTICE")).as("one record, not a second").isEqualTo(1);
    assertThat(jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, outboxId))
        .isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where process_instance_id = ?"
        + " and sent_at is null", Integer.class, congress.getId())).isZero();
  }

  @Test
  void aMailTheServerAcceptedIsNeverSentAgainWhileTheDatabaseCannotMarkItSent() {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    submitDossier(congress, "2025-03-20");
    complete(congress, "reviewDossier", Map.of("approved", true));
    // the database goes away right after the SMTP server's acceptance, for three tries of the mark
    AtomicInteger outage = new AtomicInteger(3);
    NotificationOutbox unreachable = new NotificationOutbox(jdbc, transactionManager) {
      @Override
      public int markSent(Collection<String> ids) {
        if (outage.getAndDecrement() > 0) {
          throw new DataAccessResourceFailureException("Cơ sở dữ liệu không trả lời");
        }
        return super.markSent(ids);
      }
    };
    NotificationDispatcher node = node(unreachable, new AcceptedMailJournal(dispatch(null)));

    assertThat(node.dispatchDue().sent()).isEqualTo(1);
    assertThat(mails()).hasSize(1);
    assertThat(outboxRows(congress, "APPROVAL_NOTICE", "sent_at is null")).as("not marked yet").isEqualTo(1);

    // its claim runs out while the mark still fails: the node claims the mail again and does not hand it over
    at("2025-01-15T08:03");
    assertThat(node.dispatchDue().sent()).isZero();

    assertThat(mails()).hasSize(1);
    assertThat(outboxRows(congress, "APPROVAL_NOTICE", "sent_at is not null")).isEqualTo(1);
    assertThat(outboxRows(congress, "APPROVAL_NOTICE", "attempts = 2")).as("claimed twice, sent once").isEqualTo(1);
  }

  @Test
  void aNodeKilledAfterTheServerAcceptedAMailMarksItWhenItStartsAgainInsteadOfSendingItTwice(@TempDir Path dir)
      throws Exception {
    at("2025-01-15T08:00");
    ProcessInstance congress = start(Map.of());
    submitDossier(congress, "2025-03-20");
    complete(congress, "reviewDossier", Map.of("approved", true));
    Path journal = dir.resolve("mail-accepted.journal");
    // the node before its kill -9: claimed the mail, handed it over, noted the acceptance, never marked it
    AcceptedMailJournal before = new AcceptedMailJournal(dispatch(journal.toString()));
    before.replay();
    NotificationOutbox.Entry claimed = outbox.claimDue("killed-node", ClockUtil.getCurrentTime(),
        new Date(ClockUtil.getCurrentTime().getTime() + 120_000), 10).stream()
        .filter(entry -> entry.mail().subject().startsWith("[Đại hội Thi đua]")).findFirst().orElseThrow();
    mailer.send(claimed.id(), claimed.recipients(), claimed.mail());
    before.accepted(claimed.id());
    assertThat(Files.readString(journal)).isEqualTo(claimed.id() + "\n");

    // started again after its claim has run out: it reads its journal and marks the mail instead of sending it
    at("2025-01-15T08:03");
    AcceptedMailJournal after = new AcceptedMailJournal(dispatch(journal.toString()));
    NotificationDispatcher restarted = node(outbox, after);
    restarted.start();
    assertThat(restarted.dispatchDue().sent()).isZero();

    assertThat(mails()).hasSize(1);
    assertThat(outboxRows(congress, "APPROVAL_NOTICE", "sent_at is not null")).isEqualTo(1);
    after.close();
    assertThat(Files.size(journal)).as("emptied once everything in it is marked").isZero();
  }

  NotificationDispatcher node(NotificationOutbox rows, AcceptedMailJournal journal) {
    return new NotificationDispatcher(rows, mailer, dispatch(null), notificationProperties, journal);
  }

  static DispatchProperties dispatch(String journal) {
    return new DispatchProperties(false, 1, 20, Duration.ofSeconds(5), Duration.ofMinutes(2),
        journal == null ? "" : journal);
  }

  int outboxRows(ProcessInstance congress, String kind, String condition) {
    return jdbc.queryForObject("select count(*) from notification_outbox where process_instance_id = ? and kind = ?"
        + " and " + condition, Integer.class, congress.getId(), kind);
  }

  int outboxRows(ProcessInstance congress, String kind) {
    return jdbc.queryForObject("select count(*) from notification_outbox where process_instance_id = ? and kind = ?",
        Integer.class, congress.getId(), kind);
  }

  List<NotificationOutbox.Failed> failed(ProcessInstance congress) {
    return outbox.failed().stream().filter(mail -> congress.getId().equals(mail.processInstanceId())).toList();
  }

  // --- shared steps --------------------------------------------------------------------------------------------

  /**
   * Starts the test process for Xã Thèn Sin with its last day; the unit's facts (reviewer, council member) are the
   * registry's, which the overrides may change for this test: {@code councilMember} "" means none.
   */
  ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("unitCode", UNIT);
    variables.put("campaignId", "LAICHAU-2025");
    variables.put("deadline", LAST_DAY.toString());
    variables.putAll(overrides);
    Object councilMember = variables.remove("councilMember");
    jdbc.update("UPDATE unit SET council_member = ? WHERE code = ?",
        councilMember == null ? "hdnguyenvannam" : "".equals(councilMember) ? null : councilMember, UNIT);
    return runtimeService.startProcessInstanceByKey(PROCESS, UNIT, variables);
  }

  void submitDossier(ProcessInstance congress, String meetingDate) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("format", "HOI_NGHI_TUYEN_DUONG_DIEN_HINH");
    plan.put("meetingDate", meetingDate);
    plan.put("session", "MORNING");
    plan.put("delegateCount", 120);
    plan.put("venue", "Hội trường UBND xã Thèn Sin");
    complete(congress, "draftPlan", plan);
  }

  void complete(ProcessInstance congress, String taskKey, Map<String, Object> variables) {
    taskService.complete(task(congress, taskKey).getId(), variables);
  }

  Task task(ProcessInstance congress, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  List<Exception> runDueJobs(ProcessInstance congress) {
    return EngineTime.runDueJobs(managementService, dispatcher, congress.getId());
  }

  List<MimeMessage> mails() {
    return smtp.mails();
  }

  List<MimeMessage> deliveries() {
    return smtp.deliveries();
  }

  static MimeMessage only(List<MimeMessage> mails, String subjectPrefix) {
    List<MimeMessage> matching = mails.stream().filter(mail -> subject(mail).startsWith(subjectPrefix)).toList();
    assertThat(matching).as("mails starting with " + subjectPrefix).hasSize(1);
    return matching.get(0);
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
