package vn.laichau.thidua.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.CongressFormat;
import vn.laichau.thidua.congress.Session;

/**
 * R10: tells the unit and its council member that the unit's dossier is approved, with the date, session, place,
 * format, delegates and the last day of the results (R13), so that the member can arrange to attend (plan IV.4).
 */
@Component("sendApprovalNotice")
public class SendApprovalNoticeDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;

  public SendApprovalNoticeDelegate(NotificationService notifications, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CongressFacts congress = CongressFacts.of(execution);
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "meetingDate", congress.meetingDate() == null
            ? templates.label("value.none") : VietnamTime.format(congress.meetingDate()),
        "session", Session.fromCode(congress.session()).map(Session::label).orElse(templates.label("value.none")),
        "venue", congress.venue() == null || congress.venue().isBlank()
            ? templates.label("venue.inPlan") : congress.venue(),
        "format", CongressFormat.fromCode(congress.format()).map(CongressFormat::label)
            .orElse(templates.label("value.none")),
        "delegateCount", congress.delegateCount() == null
            ? templates.label("value.none") : congress.delegateCount().toString(),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "resultsLastDay", VietnamTime.format(CongressFacts.date(execution, "resultsLastDay")),
        "link", openWork.link(openWork.openTask(execution.getProcessInstanceId(), ProcessKeys.TASK_REPORT_RESULTS))));
    notifications.send(execution, MessageKind.APPROVAL_NOTICE, "approval-notice", List.of(
        Addressee.group(congress.unitGroup()),
        Addressee.user(congress.councilMember(), templates.label("role.councilMember"))), facts);
  }
}
