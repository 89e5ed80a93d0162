package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * R6: on the last day on which the unit's dossier can reach the reviewer 15 days before the planned meeting date
 * ({@link NotificationSchedule#plannedMeetingDate}), with no dossier submitted, tells the unit that unless it submits
 * that day, the meeting date must move, and to which date at the earliest. Fired later than that day (a dossier
 * returned after it, or no sweep ran that day), it says that the date must move. Written by the daily sweep
 * ({@link ReminderSweep}), which decides that the reminder is due and still means something.
 */
@Component
class SubmissionReminderMail {

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final NotificationSchedule schedule;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final CongressFacts congresses;

  SubmissionReminderMail(NotificationService notifications, OpenWork openWork,
      NotificationSchedule schedule, RecipientResolver recipients, MailTemplates templates,
      CongressFacts congresses) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.schedule = schedule;
    this.recipients = recipients;
    this.templates = templates;
    this.congresses = congresses;
  }

  /**
   * @param execution  the congress's process instance
   * @param messageKey the reminder's key ({@link ReminderSweep}), which its mail's key is too
   */
  void write(DelegateExecution execution, String messageKey) {
    Congress congress = congresses.of(execution);
    LocalDate today = VietnamTime.today();
    LocalDate lastSubmissionDay = schedule.lastSubmissionDay(execution);
    int leadDays = schedule.submissionLeadDays(execution);
    boolean stillToday = !today.isAfter(lastSubmissionDay);
    // submitted at the earliest the day after the last day (or today, once that is past): the meeting is that + 15
    LocalDate earliestMeetingDate = (stillToday ? lastSubmissionDay.plusDays(1) : today).plusDays(leadDays);
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "meetingDate", VietnamTime.format(schedule.plannedMeetingDate(execution)),
        "meetingDateSource", templates.label("plannedDate." + schedule.plannedMeetingDateSource(execution)),
        "lastSubmissionDay", VietnamTime.format(lastSubmissionDay),
        "leadDays", Integer.toString(leadDays),
        "earliestMeetingDate", VietnamTime.format(earliestMeetingDate),
        "deadlineNote", earliestMeetingDate.isAfter(congress.deadline())
            ? templates.label("submission.afterDeadline", VietnamTime.format(congress.deadline()))
            : templates.label("submission.beforeDeadline", VietnamTime.format(congress.deadline())),
        "reviewerName", recipients.groupName(congress.reviewerGroup()),
        "link", openWork.link(openWork.openTask(execution.getProcessInstanceId(), ProcessKeys.TASK_DRAFT_PLAN))));
    notifications.sendUnder(messageKey, execution, MessageKind.SUBMISSION_REMINDER,
        stillToday ? "submission-reminder" : "submission-reminder-late",
        List.of(Addressee.group(congress.unitGroup())), facts);
  }
}
