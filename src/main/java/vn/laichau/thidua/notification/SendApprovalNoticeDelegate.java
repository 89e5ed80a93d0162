package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.CongressFormat;
import vn.laichau.thidua.congress.Session;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.contract.ContractValues;

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
  private final CongressFacts congresses;

  public SendApprovalNoticeDelegate(NotificationService notifications, OpenWork openWork,
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
    LocalDate meetingDate = ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null);
    String session = ContractValues.text(execution, CongressVariables.SESSION).orElse(null);
    String venue = ContractValues.text(execution, CongressVariables.VENUE).orElse(null);
    String format = ContractValues.text(execution, CongressVariables.FORMAT).orElse(null);
    Object delegateCount = execution.getVariable(CongressVariables.DELEGATE_COUNT);
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "meetingDate", meetingDate == null ? templates.label("value.none") : VietnamTime.format(meetingDate),
        "session", Session.fromCode(session).map(Session::label).orElse(templates.label("value.none")),
        "venue", venue == null ? templates.label("venue.inPlan") : venue,
        "format", CongressFormat.fromCode(format).map(CongressFormat::label)
            .orElse(templates.label("value.none")),
        "delegateCount", delegateCount == null ? templates.label("value.none") : delegateCount.toString(),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "resultsLastDay", VietnamTime.format(ContractValues.date(execution, "resultsLastDay").orElse(null)),
        "link", openWork.link(openWork.openTask(execution.getProcessInstanceId(), ProcessKeys.TASK_REPORT_RESULTS))));
    notifications.send(execution, MessageKind.APPROVAL_NOTICE, "approval-notice", List.of(
        Addressee.group(congress.unitGroup()),
        Addressee.user(congress.councilMember(), templates.label("role.councilMember"))), facts);
  }
}
