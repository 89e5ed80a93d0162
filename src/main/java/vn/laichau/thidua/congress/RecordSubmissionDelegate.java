package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The dossier has been accepted by the rules: its submission date (R6: Vietnam today by the engine clock) is recorded.
 * A staff count the unit gave because the registry had none stays the unit's declaration in this congress
 * ({@code staffCountGivenByUnit}), for the reviewer to accept or return; it never reaches the registry, whose staff
 * count only Sở Nội vụ and administrators change ({@code /api/units}).
 */
@Component("recordSubmissionDelegate")
public class RecordSubmissionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SUBMITTED_ON, Inputs.dateText(VietnamTime.today()));
    Integer submissions = (Integer) execution.getVariable(SUBMISSION_COUNT);
    execution.setVariable(SUBMISSION_COUNT, submissions == null ? 1 : submissions + 1);
  }
}
