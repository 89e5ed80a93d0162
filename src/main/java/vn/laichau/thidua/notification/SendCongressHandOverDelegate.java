package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.ReviewRouting;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.contract.ContractValues;

/**
 * Mail at the hand-overs of a congress, written by the create listener of the task that takes the work over, in the
 * transaction that opens it, with the link to it (a model deployed before ran it in a sending task of its own, behind
 * a timer due at once):
 * <ul>
 *   <li>{@code draftPlan} opens: the unit begins its congress (first time) or gets its dossier back with the reviewer's
 *   reason (after a return; then also whether its meeting date still allows R6's lead days or a new date is
 *   needed);</li>
 *   <li>{@code reviewDossier} opens: the reviewer group hears of the dossier and its review's last day (R13), except
 *   those who take a daily digest instead ({@link DailyDigest}).</li>
 * </ul>
 * The approval goes to the unit with the council member's notice ({@link SendApprovalNoticeDelegate}).
 */
@Component("sendCongressHandOver")
public class SendCongressHandOverDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final ReviewRouting routing;
  private final CampaignCalendar calendar;
  private final CongressFacts congresses;

  public SendCongressHandOverDelegate(NotificationService notifications, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates, ReviewRouting routing, CampaignCalendar calendar,
      CongressFacts congresses) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
    this.routing = routing;
    this.calendar = calendar;
    this.congresses = congresses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (ProcessKeys.TASK_REVIEW_DOSSIER.equals(openedTask(execution))) {
      dossierArrived(execution);
    } else if (returns(execution) == 0) {
      congressOpened(execution);
    } else {
      dossierReturned(execution);
    }
  }

  /**
   * How many times the dossier came back (none recorded before the first return): {@code draftPlan} opens first when
   * the congress begins and again after each return, so this tells the two apart.
   */
  private static int returns(DelegateExecution execution) {
    Object count = execution.getVariable("returnCount");
    return count instanceof Integer returns ? returns : 0;
  }

  /**
   * The user task whose opening this mail announces: the task whose create listener runs it, or, in a model deployed
   * before, the one the sending task's timer is attached to.
   */
  private static String openedTask(DelegateExecution execution) {
    return switch (execution.getCurrentActivityId()) {
      case ProcessKeys.TASK_REVIEW_DOSSIER, "notifyDossierArrived" -> ProcessKeys.TASK_REVIEW_DOSSIER;
      case ProcessKeys.TASK_DRAFT_PLAN, "notifyDraftPlanToUnit" -> ProcessKeys.TASK_DRAFT_PLAN;
      default -> throw new IllegalStateException(
          "Bước " + execution.getCurrentActivityId() + " không phải bước báo việc mở của Đại hội: không soạn được thư");
    };
  }

  private void dossierArrived(DelegateExecution execution) {
    Congress congress = congresses.of(execution);
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "submittedOn", VietnamTime.format(ContractValues.date(execution, "submittedOn").orElse(null)),
        "submissionCount", ContractValues.required(execution, "submissionCount"),
        "meetingDate", VietnamTime.format(ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null)),
        "reviewLastDay", VietnamTime.format(ContractValues.date(execution, "reviewLastDay").orElse(null)),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "supervisorName", recipients.groupName(routing.supervisorGroup(congress.reviewerGroup())),
        "link", openWork.link(task(execution, ProcessKeys.TASK_REVIEW_DOSSIER))));
    notifications.send(execution, MessageKind.DOSSIER_ARRIVED, "dossier-arrived",
        List.of(Addressee.groupWithoutDigestReaders(congress.reviewerGroup())), facts);
  }

  private void congressOpened(DelegateExecution execution) {
    Congress congress = congresses.of(execution);
    Map<String, String> facts = notifications.withoutAuthorization(() -> {
      Optional<Task> draftPlan = task(execution, ProcessKeys.TASK_DRAFT_PLAN);
      return Map.of(
          // in a model deployed before, the unit may have sent its dossier between the timer and its job: the model
          // still names the task
          "firstTask", draftPlan.map(Task::getName).orElseGet(() -> ((FlowElement) execution.getBpmnModelInstance()
              .getModelElementById(ProcessKeys.TASK_DRAFT_PLAN)).getName()),
          "reviewerName", recipients.groupName(congress.reviewerGroup()),
          "submissionLeadDays", Integer.toString(calendar.submissionLeadDays(congress.campaignId())),
          "link", openWork.link(draftPlan));
    });
    notifications.send(execution, MessageKind.CONGRESS_OPENED, "congress-opened",
        List.of(Addressee.group(congress.unitGroup())), facts);
  }

  private void dossierReturned(DelegateExecution execution) {
    Congress congress = congresses.of(execution);
    int leadDays = calendar.submissionLeadDays(congress.campaignId());
    LocalDate today = VietnamTime.today();
    LocalDate meeting = ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null);
    LocalDate lastSubmission = meeting.minusDays(leadDays);
    String advice = today.isAfter(lastSubmission)
        ? templates.label("returned.newDate", VietnamTime.format(meeting),
            VietnamTime.format(today.plusDays(leadDays)), leadDays)
        : templates.label("returned.keepDate", VietnamTime.format(meeting), VietnamTime.format(lastSubmission),
            leadDays);
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "meetingDate", VietnamTime.format(meeting),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "returnReason", ContractValues.required(execution, "returnReason"),
        "meetingDateAdvice", advice,
        "link", openWork.link(task(execution, ProcessKeys.TASK_DRAFT_PLAN))));
    notifications.send(execution, MessageKind.DOSSIER_RETURNED, "dossier-returned",
        List.of(Addressee.group(congress.unitGroup())), facts);
  }

  private Optional<Task> task(DelegateExecution execution, String taskKey) {
    return openWork.openTask(execution.getProcessInstanceId(), taskKey);
  }
}
