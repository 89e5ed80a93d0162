package vn.laichau.thidua.congress;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.rules.DraftPlan;
import vn.laichau.thidua.congress.rules.DraftPlanRule;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Completing draftPlan is the submission of the dossier (CONTRACT). Every rule of the plan (R2–R8) is checked here, in
 * the completion's own transaction: a refusal throws {@link RuleViolationException}, the task stays open and nothing of
 * the completion is stored.
 */
@Component("draftPlanValidator")
public class DraftPlanValidator implements TaskListener {

  private final List<DraftPlanRule> rules;
  private final CongressFacts facts;

  /** The rules in their {@code @Order}: the messages follow the plan's order R2, R3, … */
  public DraftPlanValidator(List<DraftPlanRule> rules, CongressFacts facts) {
    this.rules = rules;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    DraftPlan plan = DraftPlan.read(task, facts.of(task), violations);
    for (DraftPlanRule rule : rules) {
      rule.check(plan, violations);
    }
    violations.throwIfAny();
  }
}
