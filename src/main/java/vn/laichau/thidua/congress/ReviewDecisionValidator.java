package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** R6: the reviewer approves, or returns the dossier with a reason the unit will read. */
@Component("reviewDecisionValidator")
public class ReviewDecisionValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    Optional<Boolean> approved = Inputs.bool(task, APPROVED, "R6", "duyệt hay trả lại hồ sơ (approved)", violations);
    if (approved.isPresent() && !approved.get() && Inputs.text(task, REVIEW_COMMENT).isEmpty()) {
      violations.add("R6", "Trả lại hồ sơ phải nêu lý do (reviewComment) để đơn vị sửa.");
    }
    violations.throwIfAny();
    task.setVariable(APPROVED, approved.get());
  }
}
