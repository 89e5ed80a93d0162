package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The dossier goes back to the unit with the reviewer's reason, shown in draftPlan as {@code returnReason}. The review's
 * own answer is cleared so that the next review starts blank and cannot be completed on the old answer.
 */
@Component("recordReturnDelegate")
public class RecordReturnDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RETURN_REASON, execution.getVariable(REVIEW_COMMENT));
    Integer returns = (Integer) execution.getVariable(RETURN_COUNT);
    execution.setVariable(RETURN_COUNT, returns == null ? 1 : returns + 1);
    execution.removeVariable(APPROVED);
    execution.removeVariable(REVIEW_COMMENT);
  }
}
