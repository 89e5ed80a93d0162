package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_EXPLAIN_LATE_MILESTONE;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.unit.Level;

/**
 * The path of a campaign started from Sở Nội vụ's start form with its own dates: every district and agency confirms
 * the drive in time (the only path that ends the drive without an escalation), and Sở Nội vụ explains two late
 * milestones to UBND tỉnh.
 */
@AssertProcessCoverage(process = ProcessKeys.EMULATION_CAMPAIGN, onlyElementsStartingWith = {"allConfirmed",
    "explainLateMilestone", "milestoneToExplain", "milestoneToLateReported", "milestoneLateReported"})
class CampaignNextCycleTest extends CampaignTestBase {

  @Test
  void theNextCycleIsStartedFromTheStartFormWithItsOwnDatesAndNoCodeChange() {
    CampaignDriver driver = new CampaignDriver(engine, progressRows, "LAICHAU-2030");
    clockAt(LocalDate.of(2029, 5, 2), 9, 0);
    Map<String, Object> form = CampaignStartForm.fields("LAICHAU-2030", 2029);
    form.put("tinhLastDay", "2030-01-31");

    // a provincial congress before the districts' is refused, and nothing is left behind
    assertThat(refusal(() -> CampaignStartForm.submit(engine, form)))
        .hasMessageContaining("Thứ tự ngày không hợp lệ: hạn Đại hội cấp tỉnh (levelLastDays.TINH) 31/01/2030 ở trước");
    assertThat(campaigns.exists("LAICHAU-2030")).isFalse();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("LAICHAU-2030")
        .count()).isZero();

    form.put("tinhLastDay", "2030-09-30");
    ProcessInstance campaign = CampaignStartForm.submit(engine, form);
    Campaign stored = campaigns.find("LAICHAU-2030").orElseThrow();
    assertThat(stored.levelLastDay(Level.CO_SO)).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(stored.name()).isEqualTo("Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2030");
    assertThat(variable(campaign, "guidanceDue")).isEqualTo(VietnamTimeOf.overdue(2029, 6, 30));

    // every district and agency confirms the drive in time: no escalation
    clockAt(LocalDate.of(2029, 8, 20), 9, 0);
    for (Task task : openTasks(campaign, TASK_CONFIRM_DRIVE_LAUNCH)) {
      taskService.complete(task.getId(), Map.of("launchedOn", "2029-08-19", "reference", "01/KH"));
    }
    assertThat(openTasks(campaign, TASK_CONFIRM_DRIVE_LAUNCH)).isEmpty();
    assertThat(milestones.milestone("LAICHAU-2030", Milestone.DRIVE_LAUNCH).orElseThrow().doneOn())
        .isEqualTo(LocalDate.of(2029, 8, 20));

    // the guidance is late: Sở Nội vụ reports the delay to UBND; the plan of the provincial congress too
    clockAt(LocalDate.of(2029, 7, 1), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2029, 7, 1), 10, 0);
    taskService.complete(single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.GUIDANCE).getId(),
        Map.of("expectedOn", "2029-07-15",
            "reason", "Chờ Kế hoạch của Hội đồng Thi đua - Khen thưởng Trung ương."));
    assertThat(openTasks(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE)).hasSize(1);
    clockAt(LocalDate.of(2030, 1, 1), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2030, 1, 2), 10, 0);
    taskService.complete(single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.PROVINCIAL_PLAN).getId(),
        Map.of("expectedOn", "2030-01-20", "reason", "Chờ ý kiến các sở về thành phần Ban Tổ chức."));

    assertThat(progressService.progress("LAICHAU-2030").escalations())
        .extracting("subject", "lastDay", "resolution", "newLastDay")
        .containsExactly(
            tuple("GUIDANCE", LocalDate.of(2029, 6, 30), "EXTEND", LocalDate.of(2029, 7, 15)),
            tuple("DIRECTIVE_REVIEW", LocalDate.of(2029, 9, 30), null, null),
            tuple("PROVINCIAL_PLAN", LocalDate.of(2029, 12, 31), "EXTEND", LocalDate.of(2030, 1, 20)));
    assertThat(progressService.progress("LAICHAU-2030").milestones()).filteredOn(m -> m.overdue())
        .extracting("milestone").containsExactly("GUIDANCE", "DIRECTIVE_REVIEW", "PILOT_CHOICE", "PROVINCIAL_PLAN");
  }
}
