package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/** R7: the reviewer recorded that the congress will not be held; the error end event then ends the lifecycle. */
@Component("recordNotHeldDelegate")
public class RecordNotHeldDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OUTCOME, Outcome.NOT_HELD.name());
    execution.setVariable(NOT_HELD_REASON, execution.getVariable(REASON));
    execution.setVariable(NOT_HELD_ON, ContractValues.dateText(VietnamTime.today()));
  }
}
