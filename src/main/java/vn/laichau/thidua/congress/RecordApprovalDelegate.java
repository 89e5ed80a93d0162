package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;

/**
 * The dossier is approved; the congress waits for 00:00 Vietnam time of its meeting date, and the results are due the
 * configured days after it (R13).
 */
@Component("recordApprovalDelegate")
public class RecordApprovalDelegate implements JavaDelegate {

  private final Turnaround turnaround;
  private final CongressFacts facts;

  public RecordApprovalDelegate(Turnaround turnaround, CongressFacts facts) {
    this.turnaround = turnaround;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate meeting = ContractValues.parseDate(execution.getVariable(MEETING_DATE))
        .orElseThrow(() -> new IllegalStateException("an approved dossier without a meeting date"));
    execution.setVariable(APPROVED_ON, ContractValues.dateText(VietnamTime.today()));
    LocalDate resultsLastDay = turnaround.resultsLastDay(facts.of(execution).campaignId(), meeting);
    execution.setVariable(RESULTS_LAST_DAY, ContractValues.dateText(resultsLastDay));
  }
}
