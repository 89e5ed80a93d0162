package vn.laichau.thidua.congress.rules;

import vn.laichau.thidua.congress.Violations;

/**
 * One rule of the plan checked when a unit submits its dossier (completes draftPlan). A rule records every violation
 * it finds and never throws for bad input; the validator refuses the submission once all rules have spoken.
 */
public interface DraftPlanRule {

  void check(DraftPlan plan, Violations violations);
}
