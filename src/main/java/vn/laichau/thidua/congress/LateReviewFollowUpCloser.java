package vn.laichau.thidua.congress;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;

/**
 * R13: when the reviewer approves or returns a dossier whose review was late, the supervisor's follow-up has nothing
 * left to follow: the message {@code reviewDone} ends it (its boundary event), in the reviewer's transaction.
 */
@Component("lateReviewFollowUpCloser")
public class LateReviewFollowUpCloser implements TaskListener {

  static final String REVIEW_DONE = "reviewDone";

  /**
   * Without the reviewer's authorizations: the follow-up is the supervisor's task, which the reviewer neither sees nor
   * may end; ending it is the process's doing.
   */
  @Override
  public void notify(DelegateTask task) {
    // the completion has read the instance's executions already: whether one waits in the follow-up is known
    // without asking the database again
    ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
    if (instance.findExecution(ProcessKeys.TASK_FOLLOW_UP_LATE_REVIEW) == null) {
      return;
    }
    ProcessEngineServices services = task.getProcessEngineServices();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      services.getRuntimeService().createMessageCorrelation(REVIEW_DONE)
          .processInstanceId(task.getProcessInstanceId())
          .correlateAll();
      return null;
    });
  }
}
