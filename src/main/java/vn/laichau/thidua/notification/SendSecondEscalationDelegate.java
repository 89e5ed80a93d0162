package vn.laichau.thidua.notification;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.identity.Groups;

/**
 * R7: when {@code handleOverdue} has lain open for {@code thidua.notification.second-escalation-after}, tells the
 * reviewer again, Sở Nội vụ (which supervises a district's Phòng Nội vụ), the council member and UBND tỉnh.
 */
@Component("sendSecondEscalation")
public class SendSecondEscalationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendSecondEscalationDelegate.class);

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final CongressFacts congresses;

  public SendSecondEscalationDelegate(NotificationService notifications, OpenWork openWork,
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
    Optional<Task> handleOverdue = notifications.withoutAuthorization(
        () -> openWork.openTask(processInstanceId, ProcessKeys.TASK_HANDLE_OVERDUE));
    if (handleOverdue.isEmpty()) {
      // handled between the timer and this job (e.g. while the mail server was down): nothing to escalate any more
      LOG.info("Việc xử lý quá hạn của đơn vị {} đã được xử lý; không gửi báo cáo quá hạn lần hai", congress.unitCode());
      return;
    }
    Task task = handleOverdue.get();
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "escalatedOn", VietnamTime.format(VietnamTime.dateOf(task.getCreateTime())),
        "untouchedDays", Long.toString(
            ChronoUnit.DAYS.between(VietnamTime.dateOf(task.getCreateTime()), VietnamTime.today())),
        "lateWork", openWork.describe(processInstanceId, ProcessKeys.TASK_HANDLE_OVERDUE),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "overdueTask", task.getName(),
        "link", openWork.link(handleOverdue)));
    List<Addressee> addressees = new ArrayList<>();
    addressees.add(Addressee.group(congress.reviewerGroup()));
    if (!Groups.SO_NOI_VU.equals(congress.reviewerGroup())) {
      addressees.add(Addressee.group(Groups.SO_NOI_VU));
    }
    addressees.add(Addressee.user(congress.councilMember(), templates.label("role.councilMember")));
    addressees.add(Addressee.group(Groups.UBND_TINH));
    notifications.send(execution, MessageKind.SECOND_ESCALATION, "second-escalation", addressees, facts);
  }
}
