package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R7, R9: the congress was held; on time when held by the unit's ORIGINAL last day (the calendar's or the start's),
 * late otherwise, even when an extension allowed it.
 */
@Component("recordResultsDelegate")
public class RecordResultsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate heldOn = Inputs.parseDate(execution.getVariable(HELD_ON)).orElseThrow();
    LocalDate originalDeadline = Inputs.parseDate(execution.getVariable(ORIGINAL_DEADLINE)).orElseThrow();
    Outcome outcome = heldOn.isAfter(originalDeadline) ? Outcome.HELD_LATE : Outcome.HELD_ON_TIME;
    execution.setVariable(OUTCOME, outcome.name());
  }
}
