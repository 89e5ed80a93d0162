package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.unit.Unit;

/** What the reviewer decides (review, overdue) and what the unit reports after its congress (R6, R7, R9). */
class TaskDecisionRulesTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Test
  void returnWithoutAReasonIsRefused() {
    ProcessInstance congress = submitted();

    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false)))
        .getViolations()).containsExactly("R6 – Trả lại hồ sơ phải nêu lý do (reviewComment) để đơn vị sửa.");
    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress),
        withVariables(APPROVED, false, REVIEW_COMMENT, "  "))).getViolations()).hasSize(1);
  }

  @Test
  void reviewMustApproveOrReturn() {
    ProcessInstance congress = submitted();

    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress))).getViolations())
        .containsExactly("R6 – Chưa chọn duyệt hay trả lại hồ sơ (approved).");
    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, "có")))
        .getViolations()).containsExactly("R6 – Duyệt hay trả lại hồ sơ (approved) «có» phải là có hoặc không.");
  }

  @Test
  void nextReviewStartsBlankAfterAReturn() {
    ProcessInstance congress = submitted();
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false, REVIEW_COMMENT, "Thiếu lịch tổ chức."));
    Unit commune = registry.find(congress.getBusinessKey()).orElseThrow();
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING));

    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress))).getViolations())
        .as("the previous answer does not count for the new review").hasSize(1);
  }

  @Test
  void extensionNeedsANewDeadlineAfterTheCurrentOneAndAReason() {
    ProcessInstance congress = overdue();

    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND")))
        .getViolations()).containsExactly(
        "R7 – Quyết định phải nêu lý do (reason).",
        "R7 – Chưa nhập thời hạn mới (newDeadline).");
    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND",
        NEW_DEADLINE, "2025-03-31", REASON, "Mưa lũ"))).getViolations()).containsExactly(
        "R7 – Thời hạn mới 31/03/2025 phải sau thời hạn hiện tại 31/03/2025.");
    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND",
        NEW_DEADLINE, "2025-04-30T00:00", REASON, "Mưa lũ"))).getViolations()).singleElement().asString()
        .contains("không đúng dạng năm-tháng-ngày");
  }

  @Test
  void extensionToADayAlreadyPastIsRefused() {
    ProcessInstance congress = overdue();
    CongressDriver.clockAt(LocalDate.of(2025, 4, 10), 9, 0);

    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND",
        NEW_DEADLINE, "2025-04-09", REASON, "Mưa lũ"))).getViolations()).containsExactly(
        "R7 – Thời hạn mới 09/04/2025 đã qua (hôm nay là 10/04/2025).");
    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND", NEW_DEADLINE, "2025-04-10",
        REASON, "Mưa lũ"));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN, "extendedDeadlinePassed");
  }

  /**
   * Congresses started on a version of the model whose listener is {@code ${overdueDecisionValidator}} keep it: the
   * validator then reads the congress's own {@code deadline}, with the same table.
   */
  @Test
  void theListenerOfEarlierVersionsChecksTheSameRule() {
    ProcessInstance congress = overdue();
    String taskId = task(TASK_HANDLE_OVERDUE, congress).getId();
    engine.getTaskService().setVariables(taskId, withVariables(DECISION, "EXTEND", NEW_DEADLINE, "2025-03-31",
        REASON, "Mưa lũ"));
    OverdueDecisionValidator validator = new OverdueDecisionValidator(rules, facts);
    var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();

    assertThat(refusalOf(() -> commands.execute(context -> {
      validator.notify(context.getTaskManager().findTaskById(taskId));
      return null;
    })).getViolations()).containsExactly("R7 – Thời hạn mới 31/03/2025 phải sau thời hạn hiện tại 31/03/2025.");
  }

  @Test
  void notHeldNeedsAReasonAndTheDecisionMustBeKnown() {
    ProcessInstance congress = overdue();

    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "NOT_HELD")))
        .getViolations()).containsExactly("R7 – Ghi nhận không tổ chức phải nêu lý do (reason).");
    assertThat(refusalOf(() -> complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "POSTPONE",
        REASON, "?"))).getViolations()).containsExactly(
        "R7 – Không có quyết định «POSTPONE»: chọn gia hạn (EXTEND) hoặc không tổ chức (NOT_HELD).");
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN, TASK_HANDLE_OVERDUE);
  }

  @Test
  void resultsOfAMeetingNotYetHeldAreRefused() {
    ProcessInstance congress = heldOn(MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), results("2025-02-21", 50)))
        .getViolations()).containsExactly("R9 – Ngày tổ chức 21/02/2025 chưa đến (hôm nay là 20/02/2025).");
  }

  @Test
  void resultsDatedBeforeTheSubmissionAreRefused() {
    ProcessInstance congress = heldOn(MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), results("2025-01-09", 50)))
        .getViolations()).containsExactly("R9 – Ngày tổ chức 09/01/2025 trước ngày gửi hồ sơ 10/01/2025.");
  }

  @Test
  void resultsNeedAnAttendanceAndNoNegativeCounts() {
    ProcessInstance congress = heldOn(MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), results("2025-02-20", 0)
        .putValue(COMMENDED_INDIVIDUALS, -1).putValue(UPPER_DELEGATES, 2.5))).getViolations()).containsExactly(
        "R9 – Số người dự (attendance) phải từ 1 trở lên (đã nhập 0).",
        "R9 – Số cá nhân được khen thưởng (commendedIndividuals) phải từ 0 trở lên (đã nhập -1).",
        "R9 – Số đại biểu đi dự Đại hội cấp trên (upperDelegates) «2.5» không phải là một số nguyên.");
  }

  @Test
  void resultsSentAsLongsAreStoredAsIntegers() {
    ProcessInstance congress = heldOn(MEETING);

    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 60L,
        COMMENDED_COLLECTIVES, 3L, COMMENDED_INDIVIDUALS, 12L, UPPER_DELEGATES, 2L));

    assertThat(congress).isEnded();
    assertThat(given(congress)).containsEntry(ATTENDANCE, 60).containsEntry(UPPER_DELEGATES, 2);
    assertThat(outcome(congress)).isEqualTo("HELD_ON_TIME");
  }

  private ProcessInstance submitted() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING));
    return congress;
  }

  private ProcessInstance overdue() {
    ProcessInstance congress = driver.start(driver.commune(80));
    CongressDriver.clockAt(LocalDate.of(2025, 4, 1), 0, 0);
    execute(job("deadlinePassed", congress));
    return congress;
  }

  /** Approved and held on that day; the clock stays on the meeting day. */
  private ProcessInstance heldOn(LocalDate meeting) {
    ProcessInstance congress = submitted();
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    CongressDriver.clockAt(meeting, 14, 0);
    execute(job("meetingDayReached", congress));
    return congress;
  }

  private static VariableMap results(String heldOn, int attendance) {
    return Variables.createVariables().putValue(HELD_ON, heldOn).putValue(ATTENDANCE, attendance)
        .putValue(COMMENDED_COLLECTIVES, 2).putValue(COMMENDED_INDIVIDUALS, 8).putValue(UPPER_DELEGATES, 1);
  }
}
