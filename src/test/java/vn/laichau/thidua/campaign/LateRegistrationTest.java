package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.support.MilestoneTasks;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A district or provincial agency registered while a campaign's drive launch or pilot choice is under way joins it
 * (plan II.2, R8): it gets its confirmation task, is listed among those who have not launched yet, and a new district
 * picks its pilot commune beside the others; saving it again does not give it a second task.
 */
@SpringBootTest
@ActiveProfiles("test")
class LateRegistrationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine processEngine;
  @Autowired UnitRegistry registry;

  final List<Unit> registered = new ArrayList<>();
  ProcessInstance campaign;

  @AfterEach
  void cleanUp() {
    if (campaign != null) {
      runtimeService.deleteProcessInstance(campaign.getId(), "test finished", true, true);
    }
    // the shared registry of the test context gets its seeded units back: the new ones are retired
    registered.forEach(unit -> registry.save(new Unit(unit.code(), unit.name(), unit.level(), unit.kind(),
        unit.staffCount(), unit.parentCode(), unit.councilMember(), false)));
    ClockUtil.reset();
  }

  @Test
  void anAgencyAndADistrictRegisteredDuringTheDriveAndThePilotChoiceJoinThem() {
    clockAt(LocalDate.of(2029, 5, 2), 9, 0);
    campaign = start("LATE-2030");
    int agencies = open(TASK_CONFIRM_DRIVE_LAUNCH).size();

    // August 2029: a new provincial board is established while the drive is being launched
    clockAt(LocalDate.of(2029, 8, 5), 9, 0);
    Unit board = register(new Unit("BAN-MOI-2029", "Ban Quản lý dự án mới", Level.SO_NGANH_HUYEN, UnitKind.CIVIL,
        null, null, null, true));
    assertThat(open(TASK_CONFIRM_DRIVE_LAUNCH)).hasSize(agencies + 1);
    assertThat(taskOf(TASK_CONFIRM_DRIVE_LAUNCH, Groups.unit(board.code()))).isNotNull();
    assertThat(pending()).contains(board.code());
    assertThat(runtimeService.getVariable(campaign.getId(), "driveLaunchPendingCount")).isEqualTo(agencies + 1);

    // saved again (its staff count is known now): still one task
    registry.save(board.withStaffCount(25));
    assertThat(open(TASK_CONFIRM_DRIVE_LAUNCH)).hasSize(agencies + 1);
    taskService.complete(taskOf(TASK_CONFIRM_DRIVE_LAUNCH, Groups.unit(board.code())).getId(),
        Map.of("launchedOn", "2029-08-05"));
    assertThat(pending()).doesNotContain(board.code());

    // the guidance is issued: every district picks a pilot commune; a district created meanwhile picks one too
    taskService.complete(MilestoneTasks.single(taskService, campaign.getId(), TASK_RECORD_MILESTONE, Milestone.GUIDANCE)
        .getId(), Map.of("doneOn", "2029-08-05", "reference", "1/HD"));
    int districts = open(TASK_CHOOSE_PILOT_COMMUNE).size();
    assertThat(districts).isEqualTo(8);
    Unit district = register(new Unit("113", "Huyện Thử Nghiệm", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null, "12",
        null, true));
    assertThat(open(TASK_CHOOSE_PILOT_COMMUNE)).hasSize(districts + 1);
    Task pick = taskOf(TASK_CHOOSE_PILOT_COMMUNE, Groups.phongNoiVu(district.code()));
    assertThat(processEngine.getFormService().getTaskFormVariables(pick.getId()))
        .containsEntry("districtName", "Huyện Thử Nghiệm");
    // a district also launches the drive
    assertThat(taskOf(TASK_CONFIRM_DRIVE_LAUNCH, Groups.unit(district.code()))).isNotNull();

    registry.save(district.withStaffCount(40));
    assertThat(open(TASK_CHOOSE_PILOT_COMMUNE)).hasSize(districts + 1);
  }

  @Test
  void aUnitRegisteredAfterTheDriveWasRecordedHasNoDriveToJoin() {
    clockAt(LocalDate.of(2029, 5, 2), 9, 0);
    campaign = start("LATE-2030-B");
    clockAt(LocalDate.of(2029, 8, 20), 9, 0);
    for (Task task : open(TASK_CONFIRM_DRIVE_LAUNCH)) {
      taskService.complete(task.getId(), Map.of("launchedOn", "2029-08-19"));
    }
    Unit board = register(new Unit("BAN-SAU-2029", "Ban Thành lập sau", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null,
        null, null, true));
    assertThat(open(TASK_CONFIRM_DRIVE_LAUNCH)).isEmpty();
    assertThat(pending()).doesNotContain(board.code());
  }

  // ------------------------------------------------------------------------------------------------------------------

  private ProcessInstance start(String campaignId) {
    return CampaignStartForm.start(processEngine, campaignId, 2029);
  }

  private Unit register(Unit unit) {
    registered.add(unit);
    return registry.save(unit);
  }

  @SuppressWarnings("unchecked")
  private List<String> pending() {
    return (List<String>) runtimeService.getVariable(campaign.getId(), "driveLaunchPending");
  }

  private List<Task> open(String key) {
    return taskService.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(key).list();
  }

  private Task taskOf(String key, String group) {
    return taskService.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(key)
        .taskCandidateGroup(group).singleResult();
  }
}
