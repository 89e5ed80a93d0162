package vn.laichau.thidua.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.ReviewRouting;

/**
 * R13: a review or a results report has passed its due date. Input {@code lateWork}: {@code REVIEW} tells the
 * reviewer's supervisor (who follows it up), the reviewer and the council member; {@code RESULTS} tells the reviewer
 * (who follows it up), the reviewer's supervisor, the unit and the council member. The link opens the follow-up task.
 */
@Component("sendTurnaroundEscalation")
public class SendTurnaroundEscalationDelegate implements JavaDelegate {

  static final String LATE_WORK = "lateWork";

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final ReviewRouting routing;

  public SendTurnaroundEscalationDelegate(NotificationService notifications, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates, ReviewRouting routing) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CongressFacts congress = CongressFacts.of(execution);
    boolean review = "REVIEW".equals(CongressFacts.required(execution, LATE_WORK));
    String supervisor = routing.supervisorGroup(congress.reviewerGroup());
    String dueVariable = review ? "reviewLastDay" : "resultsLastDay";
    String followUpKey = review ? ProcessKeys.TASK_FOLLOW_UP_LATE_REVIEW : ProcessKeys.TASK_FOLLOW_UP_LATE_RESULTS;
    Map<String, String> facts = notifications.withoutAuthorization(() -> {
      Optional<Task> followUp = openWork.openTask(execution.getProcessInstanceId(), followUpKey);
      return Map.of(
          "lastDay", VietnamTime.format(CongressFacts.date(execution, dueVariable)),
          "submittedOn", VietnamTime.format(CongressFacts.date(execution, "submittedOn")),
          "meetingDate", VietnamTime.format(CongressFacts.date(execution, CongressFacts.MEETING_DATE)),
          "reviewerName", recipients.groupName(congress.reviewerGroup()),
          "supervisorName", recipients.groupName(supervisor),
          "link", openWork.link(followUp));
    });
    List<Addressee> addressees = new ArrayList<>();
    addressees.add(Addressee.group(review ? supervisor : congress.reviewerGroup()));
    addressees.add(Addressee.group(review ? congress.reviewerGroup() : supervisor));
    if (!review) {
      addressees.add(Addressee.group(congress.unitGroup()));
    }
    addressees.add(Addressee.user(congress.councilMember(), templates.label("role.councilMember")));
    notifications.send(execution, review ? MessageKind.REVIEW_OVERDUE : MessageKind.RESULTS_OVERDUE,
        review ? "review-overdue" : "results-overdue", addressees, facts);
  }
}
