package vn.laichau.thidua.notification;

import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_OVERDUE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_EXPLAIN_LATE_MILESTONE;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static vn.laichau.thidua.ProcessKeys.TASK_HANDLE_LATE_DRIVE_LAUNCH;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.notification.EngineTime.at;
import static vn.laichau.thidua.notification.TestMailServer.body;
import static vn.laichau.thidua.notification.TestMailServer.subject;
import static vn.laichau.thidua.notification.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignUnits;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.support.MilestoneTasks;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R7 for the campaign's own work, through an in-process SMTP server: when Sở Nội vụ's guidance, Chỉ thị 34 review or
 * provincial plan, a unit's launch of the special drive or a district's pick of its pilot commune is late, the unit
 * that is late, its council member, Sở Nội vụ (who has the escalation task) and UBND tỉnh are told, from 00:00 of the
 * day after the last day and not a second before; a mail server that is down never holds up the escalation task.
 */
@SpringBootTest
@ActiveProfiles("test")
class CampaignEscalationMailTest {

  static final TestMailServer smtp = new TestMailServer();

  static final String SO_NOI_VU_OFFICER = "tran.binh@laichau.gov.vn";
  static final String UBND = "do.lan@laichau.gov.vn";
  static final String COUNCIL_OF_SO_NOI_VU = "nam.hdtdkt@laichau.gov.vn";
  static final String COUNCIL_OF_MUONG_TE = "hoa.hdtdkt@laichau.gov.vn";
  static final String MUONG_TE = "muongte.vanphong@laichau.gov.vn";
  static final String BAO_LAI_CHAU = "baolaichau.toasoan@laichau.gov.vn";
  static final String NAM_NHUN = "namnhun.vanphong@laichau.gov.vn";
  static final String NAM_NHUN_NOI_VU = "namnhun.noivu@laichau.gov.vn";

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    smtp.register(registry);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired NotificationOutbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;
  @Autowired UnitRegistry registry;
  @Autowired CampaignUnits campaignUnits;

  TestUsers users;
  final List<Unit> changedUnits = new ArrayList<>();

  @BeforeEach
  void setUp() {
    smtp.start();
    EngineTime.sendLeftovers(dispatcher);
    smtp.clear();
    users = new TestUsers(identityService);
    users.add("snvbinh", "Trần Văn", "Bình", SO_NOI_VU_OFFICER, Groups.SO_NOI_VU);
    users.add("ubndlan", "Đỗ Thị", "Lan", UBND, Groups.UBND_TINH);
    users.add("hdnam", "Nguyễn Văn", "Nam", COUNCIL_OF_SO_NOI_VU, Groups.HOI_DONG_TDKT);
    users.add("hdhoa", "Lê Thị", "Hoa", COUNCIL_OF_MUONG_TE, Groups.HOI_DONG_TDKT);
    users.add("muongtevp", "Pờ Văn", "Lừ", MUONG_TE, Groups.unit("107"));
    users.add("baolaichau", "Hoàng Văn", "Phú", BAO_LAI_CHAU, Groups.unit("BAO-LAI-CHAU"));
    users.add("namnhunvp", "Lò Văn", "Xuân", NAM_NHUN, Groups.unit("112"));
    users.add("namnhunnv", "Chảo Thị", "Mẩy", NAM_NHUN_NOI_VU, Groups.phongNoiVu("112"));
    councilMember("SO-NOI-VU", "hdnam");
    councilMember("107", "hdhoa");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    smtp.stop();
    changedUnits.forEach(registry::save);
    changedUnits.clear();
    users.deleteAll();
  }

  @Test
  void everyLateWorkOfTheCampaignIsMailedToWhoIsLateTheirCouncilMemberSoNoiVuAndUbnd() {
    at("2024-05-02T09:00");
    ProcessInstance campaign = runtimeService.startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN,
        "LAICHAU-2025", Map.of("campaignId", "LAICHAU-2025"));

    // --- the drive's confirmations open: each district and agency hears of its own task, once -----------------------
    runDueJobs(campaign);
    MimeMessage driveOpened = smtp.only("[Đợt thi đua] Huyện Mường Tè");
    assertThat(to(driveOpened)).containsExactly(MUONG_TE);
    assertThat(subject(driveOpened)).isEqualTo(
        "[Đợt thi đua] Huyện Mường Tè: việc mới «Xác nhận đã phát động đợt thi đua đặc biệt», hạn cuối 31/08/2024");
    assertThat(body(driveOpened))
        .contains("Phát động đợt thi đua đặc biệt và xác nhận ngày phát động trên hệ thống")
        .contains("#/?task=" + open(campaign, TASK_CONFIRM_DRIVE_LAUNCH).stream()
            .filter(task -> candidateGroup(task).equals(Groups.unit("107"))).findFirst().orElseThrow().getId());
    assertThat(to(smtp.only("[Đợt thi đua] Báo Lai Châu"))).containsExactly(BAO_LAI_CHAU);
    assertThat(to(smtp.only("[Đợt thi đua] Huyện Nậm Nhùn"))).containsExactly(NAM_NHUN);
    smtp.clear();

    // --- the guidance (last day 30/06/2024): nothing on the last second of the last day, the mail at 00:00 ---------
    at("2024-06-30T23:59:59");
    runDueJobs(campaign);
    assertThat(smtp.mails()).isEmpty();
    at("2024-07-01T00:00:00");
    runDueJobs(campaign);
    Task explainGuidance = single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.GUIDANCE);
    MimeMessage guidance = smtp.only("[Quá hạn] Sở Nội vụ tỉnh Lai Châu: Ban hành Hướng dẫn tổ chức Đại hội");
    assertThat(subject(guidance)).endsWith("hạn cuối 30/06/2024 đã qua");
    assertThat(to(guidance)).containsExactlyInAnyOrder(SO_NOI_VU_OFFICER, COUNCIL_OF_SO_NOI_VU, UBND);
    assertThat(body(guidance))
        .contains("Theo Kế hoạch «Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2025»")
        .contains("(mã đơn vị SO-NOI-VU) có hạn cuối là ngày 30/06/2024")
        .contains("đã được giao việc «Báo cáo UBND tỉnh việc chậm ban hành Hướng dẫn»: báo cáo UBND tỉnh lý do chậm")
        .contains("#/?task=" + explainGuidance.getId())
        .contains("Nguyễn Văn Nam (thành viên Hội đồng Thi đua, Khen thưởng tỉnh phụ trách đơn vị)")
        .contains("Thư gửi tự động từ hệ thống quản lý Đại hội Thi đua yêu nước tỉnh Lai Châu ngày 01/07/2024");
    at("2024-07-03T10:00");
    taskService.complete(single(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE).getId(),
        Map.of("doneOn", "2024-07-03", "reference", "125/HD-SNV"));
    smtp.clear();
    runDueJobs(campaign);
    // the pilot pick opens: a district and its Phòng Nội vụ hear of it
    MimeMessage pickOpened = smtp.only("[Đợt thi đua] Huyện Nậm Nhùn");
    assertThat(to(pickOpened)).containsExactlyInAnyOrder(NAM_NHUN, NAM_NHUN_NOI_VU);
    assertThat(subject(pickOpened)).isEqualTo(
        "[Đợt thi đua] Huyện Nậm Nhùn: việc mới «Chọn xã chỉ đạo điểm của huyện», hạn cuối 30/09/2024");
    assertThat(body(pickOpened)).contains("Chọn 01 xã, phường, thị trấn của huyện để chỉ đạo điểm");

    // --- the special drive (31/08/2024): one mail for each of the two units that have not confirmed ---------------
    at("2024-08-20T09:00");
    for (Task task : open(campaign, TASK_CONFIRM_DRIVE_LAUNCH)) {
      String group = candidateGroup(task);
      if (!List.of(Groups.unit("107"), Groups.unit("BAO-LAI-CHAU")).contains(group)) {
        taskService.complete(task.getId(), Map.of("launchedOn", "2024-08-15"));
      }
    }
    smtp.clear();
    at("2024-08-31T23:59:59");
    runDueJobs(campaign);
    assertThat(smtp.mails()).isEmpty();
    at("2024-09-01T00:00:00");
    runDueJobs(campaign);
    Task handleLate = single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH);
    assertThat(smtp.subjects()).containsExactlyInAnyOrder(
        "[Quá hạn] Huyện Mường Tè: Phát động đợt thi đua đặc biệt và xác nhận ngày phát động trên hệ thống,"
            + " hạn cuối 31/08/2024 đã qua",
        "[Quá hạn] Báo Lai Châu: Phát động đợt thi đua đặc biệt và xác nhận ngày phát động trên hệ thống,"
            + " hạn cuối 31/08/2024 đã qua");
    MimeMessage muongTe = smtp.only("[Quá hạn] Huyện Mường Tè");
    assertThat(to(muongTe)).containsExactlyInAnyOrder(MUONG_TE, COUNCIL_OF_MUONG_TE, SO_NOI_VU_OFFICER, UBND);
    assertThat(body(muongTe))
        .contains("«Xử lý các đơn vị chưa phát động đợt thi đua đặc biệt»: gia hạn cho các đơn vị chưa phát động")
        .contains("#/?task=" + handleLate.getId());
    // Báo Lai Châu has no council member yet: its mail still goes out, and the outbox keeps who could not be told
    assertThat(to(smtp.only("[Quá hạn] Báo Lai Châu")))
        .containsExactlyInAnyOrder(BAO_LAI_CHAU, SO_NOI_VU_OFFICER, UBND);
    assertThat(String.join("\n", outbox.warnings(campaign.getId())))
        .contains("Chưa phân công thành viên Hội đồng Thi đua, Khen thưởng tỉnh phụ trách đơn vị");

    // Sở Nội vụ grants Mường Tè and Báo Lai Châu until 15/09; late again, they are told again, of the new last day
    taskService.complete(handleLate.getId(), Map.of("decision", "EXTEND", "newDeadline", "2024-09-15",
        "reason", "Hai đơn vị đề nghị lùi thời gian phát động."));
    // their tasks open again, with the new last day, and they hear of it
    smtp.clear();
    runDueJobs(campaign);
    assertThat(smtp.subjects()).containsExactlyInAnyOrder(
        "[Đợt thi đua] Huyện Mường Tè: việc mới «Xác nhận đã phát động đợt thi đua đặc biệt», hạn cuối 15/09/2024",
        "[Đợt thi đua] Báo Lai Châu: việc mới «Xác nhận đã phát động đợt thi đua đặc biệt», hạn cuối 15/09/2024");
    at("2024-09-10T09:00");
    taskService.complete(open(campaign, TASK_CONFIRM_DRIVE_LAUNCH).stream()
        .filter(task -> candidateGroup(task).equals(Groups.unit("107"))).findFirst().orElseThrow().getId(),
        Map.of("launchedOn", "2024-09-09"));
    smtp.clear();
    at("2024-09-16T00:00:00");
    runDueJobs(campaign);
    assertThat(smtp.subjects()).containsExactly("[Quá hạn] Báo Lai Châu: Phát động đợt thi đua đặc biệt và xác nhận"
        + " ngày phát động trên hệ thống, hạn cuối 15/09/2024 đã qua");
    taskService.complete(single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH).getId(), Map.of("decision", "NOT_HELD",
        "reason", "Báo Lai Châu tham gia đợt thi đua của tỉnh."));

    // --- 30/09/2024: the Chỉ thị 34 review and Nậm Nhùn's pilot commune are late; the other districts picked -------
    at("2024-09-20T09:00");
    for (Task task : open(campaign, TASK_CHOOSE_PILOT_COMMUNE)) {
      String district = (String) runtimeService.getVariable(task.getExecutionId(), "district");
      if (!district.equals("112")) {
        taskService.complete(task.getId(), Map.of("pilotCommune", campaignUnits.communes(district).get(0).code()));
      }
    }
    smtp.clear();
    at("2024-10-01T00:00:00");
    runDueJobs(campaign);
    assertThat(smtp.subjects()).hasSize(2);
    MimeMessage review = smtp.only("[Quá hạn] Sở Nội vụ tỉnh Lai Châu: Tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW");
    assertThat(to(review)).containsExactlyInAnyOrder(SO_NOI_VU_OFFICER, COUNCIL_OF_SO_NOI_VU, UBND);
    assertThat(body(review))
        .contains("#/?task=" + single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.DIRECTIVE_REVIEW).getId());
    MimeMessage namNhun = smtp.only("[Quá hạn] Huyện Nậm Nhùn: Chọn 01 xã, phường, thị trấn của huyện");
    assertThat(subject(namNhun)).endsWith("hạn cuối 30/09/2024 đã qua");
    assertThat(to(namNhun)).containsExactlyInAnyOrder(NAM_NHUN, NAM_NHUN_NOI_VU, SO_NOI_VU_OFFICER, UBND);
    assertThat(body(namNhun))
        .contains("«Chọn thay xã chỉ đạo điểm cho huyện quá hạn»: chọn thay xã chỉ đạo điểm cho huyện")
        .contains("#/?task=" + single(campaign, TASK_CHOOSE_OVERDUE_PILOT_COMMUNE).getId());

    // --- 31/12/2024: the draft plan of the provincial congress ------------------------------------------------------
    smtp.clear();
    at("2024-12-31T23:59:59");
    runDueJobs(campaign);
    assertThat(smtp.mails()).isEmpty();
    at("2025-01-01T00:00:00");
    runDueJobs(campaign);
    MimeMessage plan = smtp.only("[Quá hạn] Sở Nội vụ tỉnh Lai Châu: Báo cáo UBND tỉnh dự thảo Kế hoạch Đại hội");
    assertThat(subject(plan)).endsWith("hạn cuối 31/12/2024 đã qua");
    assertThat(to(plan)).containsExactlyInAnyOrder(SO_NOI_VU_OFFICER, COUNCIL_OF_SO_NOI_VU, UBND);
    assertThat(smtp.mails()).hasSize(1);
  }

  @Test
  void aMailServerThatIsDownNeverHoldsUpTheEscalationAndTheMailGoesOutOnceWhenItIsBack() {
    at("2029-05-02T09:00");
    ProcessInstance campaign = CampaignStartForm.start(processEngine, "LAICHAU-2030", 2029);
    runDueJobs(campaign); // the drive's confirmations open, and their mails go out
    smtp.stop();
    at("2029-07-01T00:00:00");
    assertThat(runDueJobs(campaign)).as("the timer's step commits whatever the mail server does").isEmpty();

    // the escalation task is there for Sở Nội vụ; only the mail waits in the outbox, to be tried again
    assertThat(open(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.GUIDANCE)).hasSize(1);
    String waiting = jdbc.queryForObject("select id from notification_outbox where process_instance_id = ?"
        + " and sent_at is null and failed_at is null", String.class, campaign.getId());
    assertThat(jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, waiting))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select last_error from notification_outbox where id = ?", String.class, waiting))
        .isNotBlank();

    smtp.start();
    at("2029-07-01T00:05:00");
    runDueJobs(campaign);
    assertThat(smtp.subjects()).containsExactly(
        "[Quá hạn] Sở Nội vụ tỉnh Lai Châu: Ban hành Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình"
            + " tiên tiến các cấp, hạn cuối 30/06/2029 đã qua");
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where process_instance_id = ?"
        + " and sent_at is null and failed_at is null", Integer.class, campaign.getId())).as("mails waiting").isZero();
  }

  @Test
  void onItsDateTheProvincialCongressStartsAndSoNoiVuHearsWhichUnitsHaveNotFinished() {
    at("2029-05-02T09:00");
    ProcessInstance campaign = CampaignStartForm.start(processEngine, "PROVINCE-2030", 2029);
    try {
      at("2029-06-20T09:00");
      taskService.complete(single(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE).getId(),
          Map.of("doneOn", "2029-06-20", "reference", "1/HD-SNV"));
      runDueJobs(campaign);
      List<String> agencies = registry.findAll().stream().filter(Unit::active)
          .filter(unit -> unit.level() == Level.SO_NGANH_HUYEN).map(Unit::code).toList();
      smtp.clear();

      at("2030-06-30T23:59:59");
      runDueJobs(campaign);
      assertThat(smtp.subjects()).noneMatch(subject -> subject.startsWith("[Đại hội tỉnh]"));
      at("2030-07-01T00:00:00");
      runDueJobs(campaign);
      MimeMessage start = smtp.only("[Đại hội tỉnh]");
      assertThat(to(start)).containsExactlyInAnyOrder(SO_NOI_VU_OFFICER, UBND);
      assertThat(subject(start)).isEqualTo("[Đại hội tỉnh] Bắt đầu chuẩn bị từ ngày 01/07/2030: " + agencies.size()
          + " đơn vị chưa hoàn thành Đại hội cấp mình");
      assertThat(body(start))
          .contains("từ ngày 01/07/2030 Tỉnh Lai Châu bắt đầu chuẩn bị Đại hội Thi đua yêu nước cấp tỉnh"
              + " (hạn cuối 30/09/2030)")
          .contains("- Huyện Mường Tè (mã 107), hạn cuối 30/06/2030: Đang xây dựng kế hoạch")
          .contains("Danh sách này cũng có trong báo cáo gửi UBND tỉnh.");
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS)
          .processInstanceBusinessKey("12").variableValueEquals("campaignId", "PROVINCE-2030").count())
          .as("the provincial congress started, whoever is missing").isEqualTo(1);
    } finally {
      runtimeService.createProcessInstanceQuery().variableValueEquals("campaignId", "PROVINCE-2030").list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test finished", true, true));
    }
  }

  // ------------------------------------------------------------------------------------------------------------------

  /** Runs the campaign's due jobs as the job executor would (it is off in tests); returns the failures. */
  private List<Exception> runDueJobs(ProcessInstance campaign) {
    return EngineTime.runDueJobs(managementService, dispatcher, campaign.getId());
  }

  private List<Task> open(ProcessInstance campaign, String key) {
    return taskService.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(key).list();
  }

  private Task single(ProcessInstance campaign, String key) {
    List<Task> tasks = open(campaign, key);
    assertThat(tasks).as("open tasks %s", key).hasSize(1);
    return tasks.get(0);
  }

  private List<Task> open(ProcessInstance campaign, String key, Milestone milestone) {
    return MilestoneTasks.open(taskService, campaign.getId(), key, milestone);
  }

  private Task single(ProcessInstance campaign, String key, Milestone milestone) {
    return MilestoneTasks.single(taskService, campaign.getId(), key, milestone);
  }

  private String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }


  private void councilMember(String unitCode, String userId) {
    Unit unit = registry.find(unitCode).orElseThrow();
    changedUnits.add(unit);
    registry.save(new Unit(unit.code(), unit.name(), unit.level(), unit.kind(), unit.staffCount(), unit.parentCode(),
        userId, unit.active()));
  }
}
