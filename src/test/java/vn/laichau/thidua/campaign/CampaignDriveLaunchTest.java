package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_HANDLE_LATE_DRIVE_LAUNCH;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.unit.Unit;

/**
 * The path of the special drive (plan II.2) when two units are late: a launch date after today is refused; at 00:00
 * after the last day Sở Nội vụ extends the follow-up for the two (R7, the same decision as an overdue congress); one
 * confirms, and at the new last day Sở Nội vụ ends the follow-up for the other.
 */
@AssertProcessCoverage(process = ProcessKeys.EMULATION_CAMPAIGN, onlyElementsStartingWith = {"toDriveLaunch",
    "driveLaunch", "toConfirmDriveLaunch", "confirmDriveLaunch", "notifyDriveLaunchOpened", "notifyLateDriveLaunch",
    "toHandleLateDriveLaunch", "handleLateDriveLaunch", "toDriveLaunchDecision", "extendDriveLaunch",
    "backToConfirmations", "closeDriveLaunch", "closedToEndMerge", "toRecordDriveLaunched", "recordDriveLaunched"})
class CampaignDriveLaunchTest extends CampaignTestBase {

  static final String CAMPAIGN = "PHAT-DONG-2025";

  @Test
  void twoLateUnitsAreGivenMoreTimeThenTheFollowUpEndsForTheOneStillLate() {
    CampaignDriver driver = new CampaignDriver(engine, progressRows, CAMPAIGN);
    List<Unit> agencies = agencies();
    clockAt(LocalDate.of(2024, 5, 2), 9, 0);
    ProcessInstance campaign = CampaignStartForm.start(engine, CAMPAIGN, 2024);
    driver.runDueJobs(); // each unit is told the drive is open
    assertThat(openTasks(campaign, TASK_CONFIRM_DRIVE_LAUNCH)).hasSize(agencies.size())
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(VietnamTimeOf.overdue(2024, 8, 31)));
    assertThat(variable(campaign, "driveLaunchPendingCount")).isEqualTo(agencies.size());

    // --- August 2024: all but two confirm ------------------------------------------------------------------------
    clockAt(LocalDate.of(2024, 8, 20), 9, 0);
    Task future = driveTask(campaign, "105");
    assertThat(refusal(() -> taskService.complete(future.getId(), Map.of("launchedOn", "2024-08-25"))))
        .hasMessageContaining("Ngày phát động 25/08/2024 ở sau hôm nay");
    for (Unit unit : agencies) {
      if (!List.of("107", "BAO-LAI-CHAU").contains(unit.code())) {
        taskService.complete(driveTask(campaign, unit.code()).getId(), Map.of("launchedOn", "2024-08-15"));
      }
    }
    assertThat(variable(campaign, "driveLaunchPending")).isEqualTo(List.of("107", "BAO-LAI-CHAU"));
    assertThat(progressService.progress(CAMPAIGN).driveLaunch().pending()).extracting("code")
        .containsExactly("107", "BAO-LAI-CHAU");

    // 01/09/2024 00:00: the drive is overdue; Sở Nội vụ extends it for the two to 15/09
    clockAt(LocalDate.of(2024, 9, 1), 0, 0);
    driver.runDueJobs();
    Task lateDrive = single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH);
    assertThat(form(lateDrive)).containsEntry("pendingUnitsLabel", "Huyện Mường Tè (107); Báo Lai Châu (BAO-LAI-CHAU)");
    // the same R7 decision as an overdue congress: the new last day must follow the one that passed (31/08)
    assertThat(ruleRefusal(() -> taskService.complete(lateDrive.getId(), Map.of("decision", "EXTEND",
        "newDeadline", "2024-08-31", "reason", "Lùi"))))
        .hasMessageContaining("R7 – Thời hạn mới 31/08/2024 phải sau thời hạn hiện tại 31/08/2024.");
    assertThat(ruleRefusal(() -> taskService.complete(lateDrive.getId(), Map.of("decision", "CLOSE", "reason", "Lùi"))))
        .hasMessageContaining("R7 – Không có quyết định «CLOSE»");
    taskService.complete(lateDrive.getId(), Map.of("decision", "EXTEND", "newDeadline", "2024-09-15",
        "reason", "Hai đơn vị đề nghị lùi thời gian phát động."));
    assertThat(openTasks(campaign, TASK_CONFIRM_DRIVE_LAUNCH)).hasSize(2);
    clockAt(LocalDate.of(2024, 9, 10), 9, 0);
    taskService.complete(driveTask(campaign, "107").getId(), Map.of("launchedOn", "2024-09-09"));

    // 16/09/2024: Báo Lai Châu still has not confirmed; Sở Nội vụ ends the follow-up
    clockAt(LocalDate.of(2024, 9, 16), 0, 0);
    driver.runDueJobs();
    Task stillLate = single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH);
    assertThat(form(stillLate)).containsEntry("pendingUnitsLabel", "Báo Lai Châu (BAO-LAI-CHAU)");
    // the form sends back what it was shown: dropped, the same value; another value is the server's to refuse
    assertThat(ruleRefusal(() -> taskService.complete(stillLate.getId(), Map.of("decision", "NOT_HELD",
        "reason", "Lùi", "pendingUnitsLabel", "Không còn đơn vị nào"))))
        .hasMessageContaining("không nhận biến «pendingUnitsLabel»");
    taskService.complete(stillLate.getId(), Map.of("decision", "NOT_HELD",
        "reason", "Báo Lai Châu không phát động riêng, tham gia đợt thi đua của tỉnh.",
        "pendingUnitsLabel", "Báo Lai Châu (BAO-LAI-CHAU)"));
    assertThat(variable(campaign, "driveLaunchPendingCount")).isEqualTo(0);

    CampaignProgress done = progressService.progress(CAMPAIGN);
    assertThat(done.driveLaunch().confirmed()).isEqualTo(agencies.size() - 1);
    assertThat(done.driveLaunch().notLaunched()).extracting("code").containsExactly("BAO-LAI-CHAU");
    assertThat(done.milestones()).extracting("milestone", "doneOn")
        .contains(tuple("DRIVE_LAUNCH", LocalDate.of(2024, 9, 16)));
    assertThat(done.escalations()).filteredOn("subject", "DRIVE_LAUNCH")
        .extracting("unitCode", "lastDay", "resolution", "newLastDay")
        .containsExactlyInAnyOrder(
            tuple(null, LocalDate.of(2024, 8, 31), "EXTEND", LocalDate.of(2024, 9, 15)),
            tuple(null, LocalDate.of(2024, 9, 15), "NOT_HELD", null));
  }
}
