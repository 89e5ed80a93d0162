package vn.laichau.thidua.notification;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * R7: reminds the unit's officials, on the campaign's reminder days, how many days are left until the last day by
 * which the congress must be held, and what is still open. Written by the daily sweep ({@link ReminderSweep}), which
 * decides that the reminder is due and still means something.
 */
@Component
class DeadlineReminderMail {

  private final NotificationService notifications;
  private final OpenWork openWork;
  private final NotificationSchedule schedule;
  private final CongressFacts congresses;

  DeadlineReminderMail(NotificationService notifications, OpenWork openWork,
      NotificationSchedule schedule, CongressFacts congresses) {
    this.notifications = notifications;
    this.openWork = openWork;
    this.schedule = schedule;
    this.congresses = congresses;
  }

  /**
   * @param execution  the congress's process instance
   * @param messageKey the reminder's key ({@link ReminderSweep}), which its mail's key is too
   */
  void write(DelegateExecution execution, String messageKey) {
    Congress congress = congresses.of(execution);
    String processInstanceId = execution.getProcessInstanceId();
    Map<String, String> facts = notifications.withoutAuthorization(() -> Map.of(
        "daysLeft", Long.toString(ChronoUnit.DAYS.between(VietnamTime.today(), congress.deadline())),
        "openWork", openWork.describe(processInstanceId),
        "leadDays", Integer.toString(schedule.submissionLeadDays(execution)),
        "link", openWork.link(openWork.openTask(processInstanceId,
            ProcessKeys.TASK_DRAFT_PLAN, ProcessKeys.TASK_REPORT_RESULTS))));
    notifications.sendUnder(messageKey, execution, MessageKind.DEADLINE_REMINDER, "deadline-reminder",
        List.of(Addressee.group(congress.unitGroup())), facts);
  }
}
