package vn.laichau.thidua.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.identity.Groups;

/**
 * R7: when the last day has passed, tells the unit, the reviewer (who has {@code handleOverdue}), the unit's council
 * member and UBND tỉnh what is late, with the link to the reviewer's task.
 */
@Component("sendOverdueEscalation")
public class SendOverdueEscalationDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final CongressFacts congresses;

  public SendOverdueEscalationDelegate(NotificationService notifications, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates, CongressFacts congresses) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
    this.congresses = congresses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Congress congress = congresses.of(execution);
    String processInstanceId = execution.getProcessInstanceId();
    List<Addressee> addressees = List.of(
        Addressee.group(congress.unitGroup()),
        Addressee.group(congress.reviewerGroup()),
        Addressee.user(congress.councilMember(), templates.label("role.councilMember")),
        Addressee.group(Groups.UBND_TINH));
    Map<String, String> facts = notifications.withoutAuthorization(() -> {
      // the greeting, the reviewer's name and the late work's groups are these groups: their names in one query
      recipients.knowGroups(List.of(congress.unitGroup(), congress.reviewerGroup(), Groups.UBND_TINH));
      List<Task> open = openWork.openTasks(processInstanceId);
      Optional<Task> handleOverdue = open.stream()
          .filter(task -> ProcessKeys.TASK_HANDLE_OVERDUE.equals(task.getTaskDefinitionKey())).findFirst();
      return Map.of(
          "lateWork", openWork.describe(open, ProcessKeys.TASK_HANDLE_OVERDUE),
          "reviewerName", recipients.groupName(congress.reviewerGroup()),
          "overdueTask", handleOverdue.map(Task::getName).orElse(templates.label("work.handleOverdue")),
          "link", openWork.link(handleOverdue));
    });
    notifications.send(execution, MessageKind.OVERDUE_ESCALATION, "overdue-escalation", addressees, facts);
  }
}
