package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.CampaignStartForm;

/**
 * The path of Sở Nội vụ's three milestones, written once as one sub-process: the guidance on time, the Chỉ thị 34
 * review late and explained to UBND tỉnh (a reason is required), the draft plan of the provincial congress late and
 * done before any explanation, which then is no longer asked for.
 */
@AssertProcessCoverage(process = ProcessKeys.EMULATION_CAMPAIGN, onlyElementsStartingWith = {"toMilestoneWork",
    "milestone", "recordMilestone", "kindTo", "guidanceIssued", "guidanceDone", "notifyLateMilestone",
    "explainLateMilestone"})
class CampaignMilestonesTest extends CampaignTestBase {

  static final String CAMPAIGN = "MOC-2025";

  @Test
  void eachMilestoneOpensUnderItsNameAndALateOneIsExplainedUnlessDoneFirst() {
    CampaignDriver driver = new CampaignDriver(engine, progressRows, CAMPAIGN);
    clockAt(LocalDate.of(2024, 5, 2), 9, 0);
    ProcessInstance campaign = CampaignStartForm.start(engine, CAMPAIGN, 2024);
    // one sub-process for Sở Nội vụ's three milestones: each task opens under its own name and last day
    assertThat(single(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE)).extracting(Task::getName, Task::getDueDate)
        .containsExactly("Ban hành Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp",
            VietnamTimeOf.overdue(2024, 6, 30));
    assertThat(single(campaign, TASK_RECORD_MILESTONE, Milestone.DIRECTIVE_REVIEW))
        .extracting(Task::getName, Task::getDueDate)
        .containsExactly("Tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị",
            VietnamTimeOf.overdue(2024, 9, 30));
    assertThat(single(campaign, TASK_RECORD_MILESTONE, Milestone.PROVINCIAL_PLAN))
        .extracting(Task::getName, Task::getDueDate)
        .containsExactly("Báo cáo UBND tỉnh dự thảo Kế hoạch Đại hội Thi đua yêu nước tỉnh, thành lập Ban Tổ chức"
            + " và các Tiểu ban", VietnamTimeOf.overdue(2024, 12, 31));

    // 25/06/2024: the guidance, on time
    clockAt(LocalDate.of(2024, 6, 25), 10, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE,
        Map.of("doneOn", "2024-06-25", "reference", "125/HD-SNV"));

    // 01/10/2024 00:00: the Chỉ thị 34 review is overdue; Sở Nội vụ explains the delay with a reason
    clockAt(LocalDate.of(2024, 10, 1), 0, 0);
    driver.runDueJobs();
    Task explainReview = single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.DIRECTIVE_REVIEW);
    assertThat(explainReview.getName()).isEqualTo("Báo cáo UBND tỉnh việc chậm tổng kết Chỉ thị 34-CT/TW");
    clockAt(LocalDate.of(2024, 10, 2), 9, 0);
    assertThat(refusal(() -> taskService.complete(explainReview.getId(), Map.of("expectedOn", "2024-10-20"))))
        .hasMessageContaining("Chưa nhập lý do chậm");
    taskService.complete(explainReview.getId(), Map.of("expectedOn", "2024-10-20",
        "reason", "Chờ hướng dẫn của Ban Thi đua - Khen thưởng Trung ương."));
    clockAt(LocalDate.of(2024, 10, 18), 9, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.DIRECTIVE_REVIEW,
        Map.of("doneOn", "2024-10-18", "reference", "15/BC-SNV"));

    // 01/01/2025: the draft plan of the provincial congress is late; done on 10/01 before any explanation
    clockAt(LocalDate.of(2025, 1, 1), 0, 0);
    driver.runDueJobs();
    assertThat(openTasks(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.PROVINCIAL_PLAN)).hasSize(1);
    clockAt(LocalDate.of(2025, 1, 10), 9, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.PROVINCIAL_PLAN,
        Map.of("doneOn", "2025-01-10", "reference", "08/TTr-SNV"));
    assertThat(openTasks(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.PROVINCIAL_PLAN)).isEmpty();

    CampaignProgress progress = progressService.progress(CAMPAIGN);
    assertThat(progress.milestones()).extracting("milestone", "doneOn").contains(
        tuple("GUIDANCE", LocalDate.of(2024, 6, 25)),
        tuple("DIRECTIVE_REVIEW", LocalDate.of(2024, 10, 18)),
        tuple("PROVINCIAL_PLAN", LocalDate.of(2025, 1, 10)));
    assertThat(progress.escalations()).filteredOn(e -> !"DRIVE_LAUNCH".equals(e.subject())
            && !"PILOT_CHOICE".equals(e.subject()))
        .extracting("subject", "lastDay", "resolution", "newLastDay")
        .containsExactlyInAnyOrder(
            tuple("DIRECTIVE_REVIEW", LocalDate.of(2024, 9, 30), "EXTEND", LocalDate.of(2024, 10, 20)),
            tuple("PROVINCIAL_PLAN", LocalDate.of(2024, 12, 31), "DONE", null));
  }
}
