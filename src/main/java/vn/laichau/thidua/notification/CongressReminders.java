package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The table {@code congress_reminder} and the sweep's reads of the product's own tables ({@code congress_register},
 * {@code congress_progress}, {@code campaign}): which congresses may be due a reminder this morning, in a handful of
 * queries whatever their number, never by reading process variables congress by congress.
 */
@Repository
class CongressReminders {

  /** A congress still to be held: not ended, not held, not NOT_HELD, and its meeting day not reached. */
  private static final String OPEN = " p.ended_at IS NULL AND (p.status IN ('DRAFTING', 'UNDER_REVIEW')"
      + " OR (p.status = 'APPROVED' AND p.meeting_date > ?))";
  /** R6's reminder speaks to a unit whose dossier is being drafted: draftPlan is open. */
  private static final String DRAFT_PLAN_OPEN = " EXISTS (SELECT 1 FROM act_ru_task t"
      + " WHERE t.proc_inst_id_ = r.process_instance_id AND t.task_def_key_ = '" + ProcessKeys.TASK_DRAFT_PLAN + "')";

  /** A congress whose last day lies within the campaign's reminder offsets from today. */
  record DeadlineCandidate(String processInstanceId, LocalDate lastDay, LocalDate startedOn,
      LocalDate lastReminded) {
  }

  /** A congress drafting its dossier whose last day of submission may have come. */
  record SubmissionCandidate(String processInstanceId, String unitCode, LocalDate lastDay, LocalDate meetingDate,
      LocalDate lastReminded) {
  }

  /** A reminder found due and not yet written, with what its congress is now. */
  record Due(String processInstanceId, MessageKind kind, LocalDate reminderDay, LocalDate aboutDay,
      String campaignId, LocalDate lastDay, boolean open, boolean drafting) {
  }

  private final JdbcTemplate jdbc;

  CongressReminders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<String> campaigns() {
    return jdbc.queryForList("SELECT id FROM campaign ORDER BY id", String.class);
  }

  /** R7: the open congresses of the campaign whose last day is from today to today + the largest offset. */
  List<DeadlineCandidate> deadlineCandidates(String campaignId, LocalDate today, int largestOffset) {
    return jdbc.query("SELECT r.process_instance_id, r.last_day, r.started_at, (SELECT MAX(m.reminder_day)"
            + " FROM congress_reminder m WHERE m.process_instance_id = r.process_instance_id AND m.kind = ?) reminded"
            + " FROM congress_register r JOIN congress_progress p ON p.process_instance_id = r.process_instance_id"
            + " WHERE r.campaign_id = ? AND r.last_day >= ? AND r.last_day <= ? AND" + OPEN,
        (rs, row) -> new DeadlineCandidate(rs.getString(1), rs.getObject(2, LocalDate.class),
            VietnamTime.dateOf(rs.getTimestamp(3)), rs.getObject(4, LocalDate.class)),
        MessageKind.DEADLINE_REMINDER.name(), campaignId, today, today.plusDays(largestOffset), today);
  }

  /**
   * R6: the congresses of the campaign drafting their dossier (draftPlan open) whose meeting date, given in a dossier
   * that came back, or else last day, is after today and no more than the lead days ahead; and the pilots without a
   * meeting date given, since a provincial pilot's date agreed with Sở Nội vụ may be earlier than its last day.
   */
  List<SubmissionCandidate> submissionCandidates(String campaignId, LocalDate today, int leadDays) {
    return jdbc.query("SELECT r.process_instance_id, r.unit_code, r.last_day, p.meeting_date, (SELECT"
            + " MAX(m.reminder_day) FROM congress_reminder m WHERE m.process_instance_id = r.process_instance_id"
            + " AND m.kind = ?) reminded"
            + " FROM congress_register r JOIN congress_progress p ON p.process_instance_id = r.process_instance_id"
            + " WHERE r.campaign_id = ? AND p.ended_at IS NULL AND p.status = 'DRAFTING'"
            + " AND (COALESCE(p.meeting_date, r.last_day) BETWEEN ? AND ?"
            + " OR (p.meeting_date IS NULL AND p.pilot = TRUE AND r.last_day > ?)) AND" + DRAFT_PLAN_OPEN,
        (rs, row) -> new SubmissionCandidate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)),
        MessageKind.SUBMISSION_REMINDER.name(), campaignId, today.plusDays(1), today.plusDays(leadDays), today);
  }

  /** Records reminders found due; a reminder already recorded (another sweep's) fails the batch, to be tried again. */
  void recordDue(List<Object[]> reminders) {
    if (reminders.isEmpty()) {
      return;
    }
    OffsetDateTime now = now();
    jdbc.batchUpdate("INSERT INTO congress_reminder (process_instance_id, kind, reminder_day, about_day, state,"
        + " found_at) VALUES (?, ?, ?, ?, 'DUE', ?)", reminders.stream()
        .map(reminder -> new Object[] {reminder[0], reminder[1], reminder[2], reminder[3], now}).toList());
  }

  /** Up to {@code limit} reminders still due, oldest first, with their congress as it is now. */
  List<Due> due(LocalDate today, int limit) {
    return jdbc.query("SELECT m.process_instance_id, m.kind, m.reminder_day, m.about_day, r.campaign_id, r.last_day,"
            + " CASE WHEN" + OPEN + " THEN 1 ELSE 0 END,"
            + " CASE WHEN p.ended_at IS NULL AND p.status = 'DRAFTING' AND" + DRAFT_PLAN_OPEN + " THEN 1 ELSE 0 END"
            + " FROM congress_reminder m"
            + " JOIN congress_register r ON r.process_instance_id = m.process_instance_id"
            + " JOIN congress_progress p ON p.process_instance_id = m.process_instance_id"
            + " WHERE m.state = 'DUE' ORDER BY m.found_at, m.process_instance_id, m.kind, m.reminder_day"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, row) -> new Due(rs.getString(1), MessageKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7) == 1,
            rs.getInt(8) == 1),
        today);
  }

  /**
   * Marks the reminder sent, in the transaction that records its mail; false when another sweep has marked it (it
   * waited here for that sweep's commit): its mail is that sweep's.
   */
  boolean markSent(Due reminder) {
    return mark(reminder, "SENT");
  }

  /** The reminder no longer means anything (the congress moved on, an extension): it is never sent. */
  void drop(Due reminder) {
    mark(reminder, "DROPPED");
  }

  private boolean mark(Due reminder, String state) {
    return jdbc.update("UPDATE congress_reminder SET state = ?, done_at = ? WHERE process_instance_id = ?"
            + " AND kind = ? AND reminder_day = ? AND state = 'DUE'", state, now(), reminder.processInstanceId(),
        reminder.kind().name(), reminder.reminderDay()) == 1;
  }

  private static OffsetDateTime now() {
    return VietnamTime.now().toOffsetDateTime();
  }
}
