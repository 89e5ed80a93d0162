package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * R7, R9: the congress was held; on time when held by the unit's ORIGINAL last day (the calendar's or the start's),
 * late otherwise, even when an extension allowed it.
 */
@Component("recordResultsDelegate")
public class RecordResultsDelegate implements JavaDelegate {

  private final CongressFacts facts;

  public RecordResultsDelegate(CongressFacts facts) {
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate heldOn = ContractValues.date(execution, HELD_ON).orElseThrow();
    LocalDate originalDeadline = facts.of(execution).originalDeadline();
    Outcome outcome = heldOn.isAfter(originalDeadline) ? Outcome.HELD_LATE : Outcome.HELD_ON_TIME;
    execution.setVariable(OUTCOME, outcome.name());
  }
}
