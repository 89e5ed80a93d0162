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
 * The dossier has been accepted by the rules: its submission date (R6: Vietnam today by the engine clock) and the
 * review's last day (R13) are recorded. A staff count the unit gave because the registry had none stays the unit's
 * declaration in this congress ({@code staffCountGivenByUnit}), for the reviewer to accept or return; it never reaches
 * the registry, whose staff count only Sở Nội vụ and administrators change ({@code /api/units}).
 */
@Component("recordSubmissionDelegate")
public class RecordSubmissionDelegate implements JavaDelegate {

  private final Turnaround turnaround;
  private final CongressFacts facts;

  public RecordSubmissionDelegate(Turnaround turnaround, CongressFacts facts) {
    this.turnaround = turnaround;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = VietnamTime.today();
    execution.setVariable(SUBMITTED_ON, ContractValues.dateText(today));
    LocalDate meeting = ContractValues.parseDate(execution.getVariable(MEETING_DATE))
        .orElseThrow(() -> new IllegalStateException("a dossier accepted without a meeting date"));
    LocalDate reviewLastDay = turnaround.reviewLastDay(facts.of(execution).campaignId(), today, meeting);
    execution.setVariable(REVIEW_LAST_DAY, ContractValues.dateText(reviewLastDay));
    Integer submissions = (Integer) execution.getVariable(SUBMISSION_COUNT);
    execution.setVariable(SUBMISSION_COUNT, submissions == null ? 1 : submissions + 1);
  }
}
