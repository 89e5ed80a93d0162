package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/**
 * The moments the process model's timers and due dates need, computed from the days the steps record
 * ({@code reviewLastDay}, {@code meetingDate}, {@code resultsLastDay}) when the engine evaluates the expression
 * ({@code ${dueDates.review(execution)}}), instead of being stored as variables of their own: a stored moment cost a
 * runtime row, a history row and, when the congress ends, a delete, for a value that follows from a day already
 * stored. The engine evaluates each expression once, when it creates the task or the timer; the day it reads is the
 * one the step before has just recorded.
 */
@Component("dueDates")
public class DueDates {

  /** R13: 00:00 Vietnam time after the review's last day: {@code reviewDossier}'s due date and its escalation. */
  public Date review(VariableScope scope) {
    return VietnamTime.overdueFrom(day(scope, REVIEW_LAST_DAY));
  }

  /** 00:00 Vietnam time of the approved meeting date: the meeting timer. */
  public Date meeting(VariableScope scope) {
    return VietnamTime.startOf(day(scope, MEETING_DATE));
  }

  /** R13: 00:00 Vietnam time after the results' last day: {@code reportResults}' due date and its escalation. */
  public Date results(VariableScope scope) {
    return VietnamTime.overdueFrom(day(scope, RESULTS_LAST_DAY));
  }

  private static LocalDate day(VariableScope scope, String name) {
    return ContractValues.date(scope, name)
        .orElseThrow(() -> new IllegalStateException("no " + name + " recorded before its due date is needed"));
  }
}
