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
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R13: a review or a results report has passed its due date. A late review ({@code followUpLateReview} opens) tells the
 * reviewer's supervisor (who follows it up), the reviewer and the council member; late results
 * ({@code followUpLateResults} opens) tell the reviewer (who follows it up), the reviewer's supervisor, the unit and the
 * council member. The link opens the follow-up task. Run by the follow-up's create listener; in a model deployed
 * before, by a sending task of its own whose input {@code lateWork} ({@code REVIEW} or {@code RESULTS}) said which.
 */
@Component("sendTurnaroundEscalation")
public class SendTurnaroundEscalationDelegate implements JavaDelegate {

  static final String LATE_WORK = "lateWork";

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final ReviewRouting routing;
  private final CongressFacts congresses;

  public SendTurnaroundEscalationDelegate(NotificationService notifications, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates, ReviewRouting routing,
      CongressFacts congresses) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
    this.routing = routing;
    this.congresses = congresses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Congress congress = congresses.of(execution);
    boolean review = switch (execution.getCurrentActivityId()) {
      case ProcessKeys.TASK_FOLLOW_UP_LATE_REVIEW -> true;
      case ProcessKeys.TASK_FOLLOW_UP_LATE_RESULTS -> false;
      default -> "REVIEW".equals(ContractValues.required(execution, LATE_WORK));
    };
    String supervisor = routing.supervisorGroup(congress.reviewerGroup());
    String dueVariable = review ? "reviewLastDay" : "resultsLastDay";
    String followUpKey = review ? ProcessKeys.TASK_FOLLOW_UP_LATE_REVIEW : ProcessKeys.TASK_FOLLOW_UP_LATE_RESULTS;
    Map<String, String> facts = notifications.withoutAuthorization(() -> {
      Optional<Task> followUp = openWork.openTask(execution.getProcessInstanceId(), followUpKey);
      return Map.of(
          "lastDay", VietnamTime.format(ContractValues.date(execution, dueVariable).orElse(null)),
          "submittedOn", VietnamTime.format(ContractValues.date(execution, "submittedOn").orElse(null)),
          "meetingDate", VietnamTime.format(ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null)),
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
