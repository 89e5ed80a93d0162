package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.contract.ContractValues;

/**
 * When the e-mails are due: the days of the reminders (R6, R7), which the daily sweep ({@link ReminderSweep}) reads,
 * and the second escalation's delay, which the BPMN reads ({@code ${notificationSchedule.secondEscalationAfter}}). All
 * numbers come from configuration and the campaign calendar.
 */
@Component("notificationSchedule")
public class NotificationSchedule {

  private final NotificationProperties properties;
  private final CampaignCalendar calendar;
  private final CongressFacts facts;
  private final Map<String, CampaignReminders> campaignReminders;

  // @Lazy: the campaign calendar is needed only when a reminder is looked for or a mail is written; resolving it then
  // keeps the campaign capability (and what it needs of the engine) out of this bean's start-up
  public NotificationSchedule(NotificationProperties properties, @Lazy CampaignCalendar calendar,
      @Lazy CongressFacts facts, Environment environment) {
    this.properties = properties;
    this.calendar = calendar;
    this.facts = facts;
    // bound as a map so that campaign ids keep their case (LAICHAU-2025), as the campaign calendar binds them
    this.campaignReminders = Binder.get(environment)
        .bind("thidua.campaigns.cycles", Bindable.mapOf(String.class, CampaignReminders.class))
        .orElse(Map.of());
  }

  /** Duration of the timer on {@code handleOverdue} that sends the second escalation, e.g. {@code P3D}. */
  public String getSecondEscalationAfter() {
    return properties.secondEscalationAfter();
  }

  /**
   * Days before the last day on which the unit is reminded: {@code thidua.campaigns.cycles.<id>.reminder-offsets-days},
   * else {@code thidua.notification.default-reminder-offsets-days}; largest first.
   */
  public List<Integer> reminderOffsetsDays(String campaignId) {
    String id = campaignId == null ? calendar.defaultCampaignId() : campaignId;
    CampaignReminders own = campaignReminders.get(id);
    List<Integer> offsets = own == null || own.reminderOffsetsDays() == null
        ? properties.defaultReminderOffsetsDays() : own.reminderOffsetsDays();
    return offsets.stream().filter(days -> days >= 0).distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /**
   * The latest reminder day of this last day that has come by {@code today} (a last day less one of the campaign's
   * offsets); empty while none has come.
   */
  public Optional<LocalDate> deadlineReminderDay(String campaignId, LocalDate lastDay, LocalDate today) {
    return reminderOffsetsDays(campaignId).stream()
        .map(lastDay::minusDays)
        .filter(day -> !day.isAfter(today))
        .max(Comparator.naturalOrder());
  }

  /** R6: the last day on which a dossier reaches the reviewer in time for the planned meeting date. */
  public LocalDate lastSubmissionDay(VariableScope execution) {
    return plannedMeetingDate(execution).minusDays(submissionLeadDays(execution));
  }

  /**
   * Reading of R6 before the first submission: the meeting date the unit has given ({@code meetingDate}, in an earlier
   * submission that was returned), else the one a provincial pilot agreed with Sở Nội vụ ({@code agreedMeetingDate},
   * R8); while there is none, the latest date the unit may hold its congress, its last day: a dossier that is not in
   * 15 days before that cannot be on time for any allowed date.
   */
  public LocalDate plannedMeetingDate(VariableScope execution) {
    return switch (plannedMeetingDateSource(execution)) {
      case MEETING_DATE -> ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null);
      case AGREED_MEETING_DATE -> ContractValues.date(execution, CongressVariables.AGREED_MEETING_DATE).orElse(null);
      case LAST_DAY -> lastDay(execution);
    };
  }

  /** Where {@link #plannedMeetingDate} comes from. */
  public PlannedDateSource plannedMeetingDateSource(VariableScope execution) {
    if (ContractValues.date(execution, CongressVariables.MEETING_DATE).orElse(null) != null) {
      return PlannedDateSource.MEETING_DATE;
    }
    return ContractValues.date(execution, CongressVariables.AGREED_MEETING_DATE).orElse(null) != null
        ? PlannedDateSource.AGREED_MEETING_DATE : PlannedDateSource.LAST_DAY;
  }

  public int submissionLeadDays(VariableScope execution) {
    return submissionLeadDays(facts.of(execution).campaignId());
  }

  /** R6: how many days before the meeting date the dossier must reach the reviewer (15). */
  public int submissionLeadDays(String campaignId) {
    return calendar.submissionLeadDays(campaignId);
  }

  // --- congress models deployed before the daily sweep (FormerReminderTasks) -------------------------------------

  /**
   * The condition of the reminders' event sub-process of an earlier model: it starts no more (when an extension sets a
   * later last day, say), and one under way ends after its current timer; the daily sweep reminds every congress.
   */
  public boolean hasReminderAhead(VariableScope execution) {
    return false;
  }

  /** The date of R6's timer on {@code draftPlan} in an earlier model, as before; what it runs writes nothing. */
  public Date submissionReminderAt(VariableScope execution) {
    return VietnamTime.startOf(lastSubmissionDay(execution));
  }

  /** The congress's current last day, as the server knows it. */
  private LocalDate lastDay(VariableScope execution) {
    return facts.of(execution).deadline();
  }

  /** The part of {@code thidua.campaigns.cycles.<id>} that belongs to the notifications. */
  record CampaignReminders(List<Integer> reminderOffsetsDays) {
  }

  /** The origin of the meeting date that R6's reminder counts back from. */
  public enum PlannedDateSource {
    MEETING_DATE, AGREED_MEETING_DATE, LAST_DAY
  }
}
