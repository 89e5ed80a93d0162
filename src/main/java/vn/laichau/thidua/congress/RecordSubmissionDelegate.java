package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The dossier has been accepted by the rules: its submission date (R6: Vietnam today by the engine clock) and the
 * review's last day (R13) are recorded,
 * and a staff count the unit gave (the registry had none) becomes the registry's, in the same transaction.
 */
@Component("recordSubmissionDelegate")
public class RecordSubmissionDelegate implements JavaDelegate {

  private final UnitRegistry registry;
  private final Turnaround turnaround;

  public RecordSubmissionDelegate(UnitRegistry registry, Turnaround turnaround) {
    this.registry = registry;
    this.turnaround = turnaround;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = VietnamTime.today();
    execution.setVariable(SUBMITTED_ON, Inputs.dateText(today));
    LocalDate meeting = Inputs.parseDate(execution.getVariable(MEETING_DATE))
        .orElseThrow(() -> new IllegalStateException("a dossier accepted without a meeting date"));
    LocalDate reviewLastDay = turnaround.reviewLastDay((String) execution.getVariable(CAMPAIGN_ID), today, meeting);
    execution.setVariable(REVIEW_LAST_DAY, Inputs.dateText(reviewLastDay));
    execution.setVariable(REVIEW_DUE, VietnamTime.overdueFrom(reviewLastDay));
    Integer submissions = (Integer) execution.getVariable(SUBMISSION_COUNT);
    execution.setVariable(SUBMISSION_COUNT, submissions == null ? 1 : submissions + 1);
    if (Boolean.TRUE.equals(execution.getVariable(STAFF_COUNT_GIVEN_BY_UNIT))) {
      registry.updateStaffCount((String) execution.getVariable(UNIT_CODE), (Integer) execution.getVariable(STAFF_COUNT));
    }
  }
}
