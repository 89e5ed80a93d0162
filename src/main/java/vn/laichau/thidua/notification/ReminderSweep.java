package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CampaignPilots;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;

/**
 * The daily sweep of the reminders (process {@code reminder-sweep}): R7's reminders on the campaign's reminder days
 * before each congress's current last day, and R6's on the last day a dossier can reach the reviewer before the
 * planned meeting date, while {@code draftPlan} is open. No congress carries a timer for them: one sweep a day costs
 * nothing per congress, and a thousand congresses with the same last day are a thousand rows of one query, not a
 * thousand timers due at one moment.
 *
 * <p>{@link #findDue} (the timer's transaction) records, in {@code congress_reminder}, each reminder whose day has come,
 * or passed while no sweep ran, and that still means something: before the last day, before the meeting date, the
 * congress neither held nor ended; only the latest of a congress's reminder days that have come (a sweep that missed
 * the 30-day reminder and finds the 7-day one due sends the 7-day one), and none for a day before the congress
 * started. {@link #sendChunk} (one engine job each, so one transaction each) writes the mails of up to
 * {@code thidua.reminders.chunk-size} recorded reminders, each marked sent in the transaction that records its mail in
 * the outbox; it checks again that each still means something, since the congress may have moved on meanwhile.
 */
@Component("reminderSweep")
public class ReminderSweep {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);
  /** Transient: whether the chunk just written was full, so that another may follow. */
  static final String REMINDERS_LEFT = "remindersLeft";

  private final CongressReminders reminders;
  private final NotificationSchedule schedule;
  private final CampaignPilots pilots;
  private final RuntimeService runtimeService;
  private final DeadlineReminderMail deadlineMail;
  private final SubmissionReminderMail submissionMail;
  private final ReminderSweepProperties properties;

  // @Lazy: the campaign's pilots are read only by a sweep; resolving them then keeps the campaign capability (and what
  // it needs of the engine) out of this bean's start-up
  ReminderSweep(CongressReminders reminders, NotificationSchedule schedule, @Lazy CampaignPilots pilots,
      @Lazy RuntimeService runtimeService, DeadlineReminderMail deadlineMail, SubmissionReminderMail submissionMail,
      ReminderSweepProperties properties) {
    this.reminders = reminders;
    this.schedule = schedule;
    this.pilots = pilots;
    this.runtimeService = runtimeService;
    this.deadlineMail = deadlineMail;
    this.submissionMail = submissionMail;
    this.properties = properties;
  }

  /** Records the reminders due today (and those a missed sweep left, while they still mean something). */
  public void findDue() {
    LocalDate today = VietnamTime.today();
    List<Object[]> found = new ArrayList<>();
    for (String campaignId : reminders.campaigns()) {
      List<Integer> offsets = schedule.reminderOffsetsDays(campaignId);
      if (!offsets.isEmpty()) {
        for (CongressReminders.DeadlineCandidate congress
            : reminders.deadlineCandidates(campaignId, today, offsets.get(0))) {
          schedule.deadlineReminderDay(campaignId, congress.lastDay(), today)
              .filter(day -> !day.isBefore(congress.startedOn()))
              .filter(day -> congress.lastReminded() == null || day.isAfter(congress.lastReminded()))
              .ifPresent(day -> found.add(new Object[] {congress.processInstanceId(),
                  MessageKind.DEADLINE_REMINDER.name(), day, congress.lastDay()}));
        }
      }
      int leadDays = schedule.submissionLeadDays(campaignId);
      for (CongressReminders.SubmissionCandidate congress
          : reminders.submissionCandidates(campaignId, today, leadDays)) {
        LocalDate meetingDate = plannedMeetingDate(campaignId, congress);
        LocalDate day = meetingDate.minusDays(leadDays);
        if (!day.isAfter(today) && meetingDate.isAfter(today)
            && (congress.lastReminded() == null || day.isAfter(congress.lastReminded()))) {
          found.add(new Object[] {congress.processInstanceId(), MessageKind.SUBMISSION_REMINDER.name(), day,
              meetingDate});
        }
      }
    }
    reminders.recordDue(found);
    LOG.info("Quét nhắc hạn ngày {}: {} thư nhắc đến hạn", VietnamTime.format(today), found.size());
  }

  /**
   * Writes the mails of the next chunk of recorded reminders, and tells the sweep's gateway whether the chunk was full
   * ({@value #REMINDERS_LEFT}).
   */
  public void sendChunk(DelegateExecution sweep) {
    LocalDate today = VietnamTime.today();
    List<CongressReminders.Due> chunk = reminders.due(today, properties.chunkSize());
    int sent = 0;
    for (CongressReminders.Due due : chunk) {
      Optional<DelegateExecution> congress = due.open() ? congress(due) : Optional.empty();
      if (congress.isPresent() && stillMeaningful(due, congress.get(), today)) {
        if (reminders.markSent(due)) {
          write(due, congress.get());
          sent++;
        }
      } else {
        reminders.drop(due);
      }
    }
    LOG.info("Quét nhắc hạn: {} thư nhắc đã ghi, {} nhắc không còn ý nghĩa hoặc đã gửi", sent, chunk.size() - sent);
    sweep.setVariable(REMINDERS_LEFT, Variables.booleanValue(chunk.size() == properties.chunkSize(), true));
  }

  private boolean stillMeaningful(CongressReminders.Due due, DelegateExecution congress, LocalDate today) {
    if (due.kind() == MessageKind.DEADLINE_REMINDER) {
      // the last day it speaks of is still the congress's, not passed, and no later reminder day of it has come
      return due.aboutDay().equals(due.lastDay()) && !today.isAfter(due.lastDay())
          && schedule.deadlineReminderDay(due.campaignId(), due.lastDay(), today).equals(Optional.of(due.reminderDay()));
    }
    return due.drafting() && today.isBefore(due.aboutDay())
        && schedule.plannedMeetingDate(congress).equals(due.aboutDay());
  }

  /**
   * Writes the reminder's mail under the reminder's own key: the sweep's step writes the mails of many congresses, two
   * of them (R6, R7) for the same congress on the same morning at times, so the key of the reminder's row
   * ({@code congress_reminder}) is the key of its mail, and the outbox too refuses a second copy.
   */
  private void write(CongressReminders.Due due, DelegateExecution congress) {
    String messageKey = "reminder-" + due.processInstanceId() + "-" + due.kind().name() + "-" + due.reminderDay();
    if (due.kind() == MessageKind.DEADLINE_REMINDER) {
      deadlineMail.write(congress, messageKey);
    } else {
      submissionMail.write(congress, messageKey);
    }
  }

  /** The congress's process instance; empty when the instance is gone. */
  private static Optional<DelegateExecution> congress(CongressReminders.Due due) {
    return Optional.ofNullable(Context.getCommandContext().getExecutionManager()
        .findExecutionById(due.processInstanceId()));
  }

  /**
   * R6's planned meeting date ({@link NotificationSchedule#plannedMeetingDate}) from the progress's meeting date and
   * the register's last day; only a provincial pilot without a meeting date has its agreed date read from its
   * variables.
   */
  private LocalDate plannedMeetingDate(String campaignId, CongressReminders.SubmissionCandidate congress) {
    if (congress.meetingDate() != null) {
      return congress.meetingDate();
    }
    if (pilots.isProvincialPilot(campaignId, congress.unitCode())) {
      Optional<LocalDate> agreed = ContractValues.parseDate(
          runtimeService.getVariable(congress.processInstanceId(), CongressVariables.AGREED_MEETING_DATE));
      if (agreed.isPresent()) {
        return agreed.get();
      }
    }
    return congress.lastDay();
  }
}
