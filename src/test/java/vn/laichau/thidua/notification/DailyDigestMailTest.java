package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.notification.EngineTime.at;
import static vn.laichau.thidua.notification.TestMailServer.body;
import static vn.laichau.thidua.notification.TestMailServer.subject;
import static vn.laichau.thidua.notification.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.ProcessTest;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The reviewers' daily digest ({@code review-digest}): a reviewer who chose it hears of a new dossier in the next
 * morning's mail, with every dossier waiting for them, instead of at once; the others of the group hear at once.
 */
@ProcessTest
@AssertProcessCoverage(process = ProcessKeys.REVIEW_DIGEST, atLeast = 1.0)
class DailyDigestMailTest {

  static final TestMailServer smtp = new TestMailServer();
  /** Xã Tả Lèng, huyện Tam Đường (106), reviewed by phong-noi-vu-106. */
  static final String UNIT = "03400";
  static final String REVIEWER = "hoa.noivu@tamduong.laichau.gov.vn";

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
  @Autowired DailyDigest dailyDigest;
  @Autowired UnitRegistry registry;

  TestUsers users;
  Unit registered;

  @BeforeEach
  void setUp() {
    smtp.start();
    EngineTime.sendLeftovers(dispatcher);
    smtp.clear();
    users = new TestUsers(identityService);
    at("2025-01-10T09:00");
    users.add("tamduongnoivu", "Nguyễn Thị", "Hoa", REVIEWER, Groups.phongNoiVu("106"));
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

  @Test
  void aReviewerWhoChoseTheDailyDigestGetsOneMailADayListingTheDossiersWaiting() {
    users.add("tamduongpho", "Lò Văn", "Thành", "thanh.noivu@tamduong.laichau.gov.vn", Groups.phongNoiVu("106"));
    dailyDigest.choose("tamduongpho", true);
    assertThat(dailyDigest.readers()).containsExactly("tamduongpho");
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, UNIT,
        Map.of("unitCode", UNIT));
    CongressNotificationTest.submit(taskService, task(congress, "draftPlan"), "2025-03-20");
    EngineTime.runDueJobs(managementService, dispatcher, congress.getId());
    assertThat(to(smtp.only("[Hồ sơ mới]"))).containsExactly(REVIEWER);

    // the digest's timer: every day at 07:00 Vietnam time
    Job digestDay = managementService.createJobQuery().processDefinitionKey(ProcessKeys.REVIEW_DIGEST)
        .timers().singleResult();
    assertThat(digestDay.getDuedate().toInstant().atZone(VietnamTime.ZONE).toLocalTime())
        .isEqualTo(LocalTime.of(7, 0));
    at("2025-01-11T07:00:01");
    managementService.executeJob(digestDay.getId()); // the day's run writes one mail per reader, and ends
    assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
    MimeMessage digest = smtp.only("[Tổng hợp hằng ngày]");
    assertThat(to(digest)).containsExactly("thanh.noivu@tamduong.laichau.gov.vn");
    assertThat(subject(digest)).isEqualTo("[Tổng hợp hằng ngày] 1 hồ sơ Đại hội đang chờ thẩm định");
    assertThat(body(digest))
        .contains("Kính gửi: Lò Văn Thành (người nhận thư tổng hợp hằng ngày)")
        .contains("- Xã Tả Lèng: gửi ngày 10/01/2025, dự kiến tổ chức ngày 20/03/2025, thẩm định chậm nhất ngày 17/01/2025")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(congress, "reviewDossier").getId());
    assertThat(managementService.createJobQuery().processDefinitionKey(ProcessKeys.REVIEW_DIGEST).timers()
        .singleResult().getDuedate().toInstant().atZone(VietnamTime.ZONE).toLocalTime())
        .as("the next day's timer").isEqualTo(LocalTime.of(7, 0));

    dailyDigest.choose("tamduongpho", false);
    assertThat(dailyDigest.readers()).isEmpty();
  }

  Task task(ProcessInstance congress, String key) {
    return taskService.createTaskQuery().processInstanceId(congress.getId()).taskDefinitionKey(key).singleResult();
  }
}
