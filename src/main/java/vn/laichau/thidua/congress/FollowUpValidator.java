package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.FOLLOW_UP_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R13: whoever follows up late work says what they did; an empty follow-up records nothing anyone can act on. The note
 * stays in the history (full) with the task that wrote it, and is cleared from the instance so that the next follow-up
 * cannot pass on an earlier note.
 */
@Component("followUpValidator")
public class FollowUpValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (ContractValues.text(task, FOLLOW_UP_NOTE).isEmpty()) {
      throw new RuleViolationException("R13 – Ghi việc đã làm để đôn đốc (followUpNote) trước khi hoàn thành.");
    }
    task.getExecution().removeVariable(FOLLOW_UP_NOTE);
  }
}
