package vn.laichau.thidua.security;

import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchRepository;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.MilestoneTasks;

/**
 * A district's official attacks the campaign through their own drive-launch task: confirming another district's
 * launch, ending the districts' wave early, moving the task to another campaign, or working on another district's
 * task. Each attempt is refused and the campaign stays as it was: the other district still pending, no wave flag,
 * the same campaign id, every task still open.
 */
class CampaignTamperingAttackTest extends WebSecurityTestSupport {

  private static final String CAMPAIGN = "LAICHAU-2025";
  /** Thành phố Lai Châu: the attacker's district. */
  private static final String DISTRICT = "105";
  /** Huyện Tam Đường: the district whose launch the attacker would confirm. */
  private static final String OTHER_DISTRICT = "106";
  private static final String OFFICIAL = "tc-tp-lai-chau";

  @Autowired
  CampaignRepository campaigns;
  @Autowired
  DriveLaunchRepository driveLaunches;

  private ProcessInstance campaign;

  @BeforeEach
  void campaignWaitingForTheDriveLaunches() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(2024, 8, 20).atTime(9, 0), VietnamTime.ZONE)
        .toInstant()));
    ensureUser(OFFICIAL, Groups.unit(DISTRICT));
    campaign = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN, CAMPAIGN,
        Map.of("campaignId", CAMPAIGN));
  }

  @AfterEach
  void cleanUp() {
    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "security test", true);
    ClockUtil.reset();
  }

  @Test
  void aDistrictCannotConfirmAnotherDistrictsLaunchNeitherThroughItsOwnTaskNorThroughTheOthers() {
    Caller official = rest(OFFICIAL);
    Caller.Response answer = official.post(restApi() + "/task/" + driveTask(DISTRICT).getId() + "/complete",
        confirmation(", \"launchUnit\": {\"value\": \"" + OTHER_DISTRICT + "\"}"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("launchUnit");

    Caller.Response others = official.post(restApi() + "/task/" + driveTask(OTHER_DISTRICT).getId() + "/complete",
        confirmation(""));
    assertThat(others.status()).as(others.toString()).isIn(403, 404);
    assertCampaignUnchanged();
  }

  @Test
  void aDistrictCannotEndItsWaveEarlyNorMoveItsTaskToAnotherCampaign() {
    Caller official = rest(OFFICIAL);
    String task = driveTask(DISTRICT).getId();
    for (String extra : List.of(", \"soNganhHuyenWaveEnded\": {\"value\": true}",
        ", \"coSoWaveEnded\": {\"value\": true}", ", \"campaignId\": {\"value\": \"LAICHAU-2030\"}",
        ", \"driveLaunchPending\": {\"value\": \"[]\", \"type\": \"Json\"}")) {
      Caller.Response answer = official.post(restApi() + "/task/" + task + "/complete", confirmation(extra));
      assertThat(answer.status()).as(extra + " → " + answer).isEqualTo(400);
    }
    for (Caller.Response answer : List.of(
        official.put(restApi() + "/process-instance/" + campaign.getId() + "/variables/soNganhHuyenWaveEnded",
            "{\"value\": true}"),
        official.put(restApi() + "/task/" + task + "/variables/campaignId", "{\"value\": \"LAICHAU-2030\"}"),
        official.put(restApi() + "/task/" + task + "/localVariables/launchUnit",
            "{\"value\": \"" + OTHER_DISTRICT + "\"}"))) {
      assertThat(answer.status()).as(answer.toString()).isIn(403, 404);
    }
    assertCampaignUnchanged();
  }

  @Test
  void aDistrictCannotPickAnotherDistrictsPilotCommuneThroughItsOwnTask() {
    // the guidance is issued: each district gets its pick of a pilot commune (the wave waits in its own job)
    Task guidance = MilestoneTasks.single(engine.getTaskService(), campaign.getId(), TASK_RECORD_MILESTONE,
        Milestone.GUIDANCE);
    engine.getTaskService().complete(guidance.getId(), Map.of("doneOn", "2024-06-25", "reference", "125/HD-SNV"));
    Task ownPick = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(TASK_CHOOSE_PILOT_COMMUNE).taskCandidateGroup(Groups.unit(DISTRICT)).singleResult();
    assertThat(ownPick).isNotNull();

    // Xã Thèn Sin belongs to huyện Tam Đường, not to the attacker's district
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task/" + ownPick.getId() + "/complete",
        "{\"variables\": {\"pilotCommune\": {\"value\": \"03394\"}, \"district\": {\"value\": \""
            + OTHER_DISTRICT + "\"}}}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("district");
    assertThat(campaigns.pilotCommunes(CAMPAIGN)).doesNotContainKey(OTHER_DISTRICT).doesNotContainKey(DISTRICT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(ownPick.getId()).count()).isOne();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(TASK_CHOOSE_PILOT_COMMUNE).taskCandidateGroup(Groups.unit(OTHER_DISTRICT)).count()).isOne();
  }

  private static String confirmation(String extras) {
    return "{\"variables\": {\"launchedOn\": {\"value\": \"2024-08-15\"}" + extras + "}}";
  }

  private Task driveTask(String unit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(TASK_CONFIRM_DRIVE_LAUNCH).taskCandidateGroup(Groups.unit(unit)).singleResult();
  }

  private void assertCampaignUnchanged() {
    assertThat(driveTask(DISTRICT)).as("the district's own task is still open").isNotNull();
    assertThat(driveTask(OTHER_DISTRICT)).as("the other district's task is still open").isNotNull();
    assertThat(driveLaunches.driveLaunchUnits(CAMPAIGN, "PENDING")).contains(DISTRICT, OTHER_DISTRICT);
    Map<String, Object> variables = engine.getRuntimeService().getVariables(campaign.getId());
    assertThat(variables).containsEntry("campaignId", CAMPAIGN)
        .doesNotContainKeys("soNganhHuyenWaveEnded", "coSoWaveEnded");
    assertThat(variables.get("driveLaunchPending")).asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains(DISTRICT, OTHER_DISTRICT);
  }
}
