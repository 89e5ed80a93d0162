package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.congress.rules.CongressRules;

/**
 * R7, the one decision on anything overdue: a unit's congress ({@code handleOverdue}) and the units that did not launch
 * the special drive ({@code handleLateDriveLaunch}). The reviewer either grants a new last day (EXTEND, with
 * {@code newDeadline} and {@code reason}) or records that the work was not done (NOT_HELD, with {@code reason}).
 *
 * <p>Each model names the last day that passed in its listener's expression
 * ({@code ${overdueDecisionValidator.validate(task, deadline)}}), so the same rule for the new date applies to both:
 * the table {@code overdue-new-deadline} of processes/overdue-decision.dmn, which a supervisor reads in Cockpit.
 */
@Component("overdueDecisionValidator")
public class OverdueDecisionValidator implements TaskListener {

  private final CongressRules rules;
  private final CongressFacts facts;

  public OverdueDecisionValidator(CongressRules rules, CongressFacts facts) {
    this.rules = rules;
    this.facts = facts;
  }

  /**
   * The listener of {@code congress} versions deployed before the models named the last day
   * ({@code delegateExpression="${overdueDecisionValidator}"}): their running instances keep that listener, and a
   * congress's last day is the server's, never a variable.
   */
  @Override
  public void notify(DelegateTask task) {
    validate(task, facts.of(task).deadline());
  }

  /**
   * Refuses the completion with every violation at once.
   *
   * @param lastDay the last day that passed: {@code yyyy-MM-dd}, a {@link LocalDate}, or a due instant's day
   */
  public void validate(DelegateTask task, Object lastDay) {
    Violations violations = new Violations();
    Optional<String> code = ContractValues.text(task, DECISION);
    Optional<OverdueDecision> decision = code.flatMap(OverdueDecision::fromCode);
    if (decision.isEmpty()) {
      violations.add("R7", code.isEmpty()
          ? "Chưa chọn quyết định: gia hạn (EXTEND) hoặc không tổ chức (NOT_HELD)."
          : "Không có quyết định «" + code.get() + "»: chọn gia hạn (EXTEND) hoặc không tổ chức (NOT_HELD).");
    }
    if (ContractValues.text(task, REASON).isEmpty()) {
      violations.add("R7", decision.orElse(null) == OverdueDecision.NOT_HELD
          ? "Ghi nhận không tổ chức phải nêu lý do (reason)."
          : "Quyết định phải nêu lý do (reason).");
    }
    if (decision.orElse(null) == OverdueDecision.EXTEND) {
      LocalDate current = ContractValues.parseDate(lastDay).orElseThrow(() -> new IllegalStateException(
          "the model gave no readable last day to handle an overdue decision: " + lastDay));
      Inputs.date(task, NEW_DEADLINE, "R7", "thời hạn mới (newDeadline)", true, violations).ifPresent(day -> {
        Optional<String> refusal = rules.overdueNewDeadlineRefusal(day, current, VietnamTime.today());
        if (refusal.isPresent()) {
          violations.add("R7", refusal.get());
        } else {
          task.setVariable(NEW_DEADLINE, ContractValues.dateText(day));
        }
      });
    }
    violations.throwIfAny();
  }
}
