package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The dossier has been accepted by the rules: its submission date (R6: Vietnam today by the engine clock) is recorded,
 * and a staff count the unit gave (the registry had none) becomes the registry's, in the same transaction.
 */
@Component("recordSubmissionDelegate")
public class RecordSubmissionDelegate implements JavaDelegate {

  private final UnitRegistry registry;

  public RecordSubmissionDelegate(UnitRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SUBMITTED_ON, Inputs.dateText(VietnamTime.today()));
    Integer submissions = (Integer) execution.getVariable(SUBMISSION_COUNT);
    execution.setVariable(SUBMISSION_COUNT, submissions == null ? 1 : submissions + 1);
    if (Boolean.TRUE.equals(execution.getVariable(STAFF_COUNT_GIVEN_BY_UNIT))) {
      registry.updateStaffCount((String) execution.getVariable(UNIT_CODE), (Integer) execution.getVariable(STAFF_COUNT));
    }
  }
}
