package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.campaign.CampaignRepository.date;
import static vn.laichau.thidua.campaign.CampaignRepository.now;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code campaign_escalation} (R7): the campaign's work that passed its last day, the escalation task opened
 * for it and how it was answered. Every part of the campaign escalates (drive launch, pilot choice, Sở Nội vụ's own
 * work, late congresses), so it lives with the campaign itself. Runs in the caller's transaction.
 */
@Repository
public class EscalationRepository {

  private final JdbcTemplate jdbc;

  public EscalationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void escalated(String campaignId, String subject, String unitCode, LocalDate lastDay, String taskId) {
    jdbc.update("INSERT INTO campaign_escalation (campaign_id, subject, unit_code, last_day, escalated_at, task_id)"
        + " VALUES (?, ?, ?, ?, ?, ?)", campaignId, subject, unitCode, lastDay, now(), taskId);
  }

  /** Records how the escalation of the task was handled. */
  public void escalationResolved(String taskId, String resolution, LocalDate newLastDay, String reason,
      String resolvedBy) {
    jdbc.update("UPDATE campaign_escalation SET resolution = ?, new_last_day = ?, reason = ?, resolved_by = ?,"
        + " resolved_at = ? WHERE task_id = ?", resolution, newLastDay, reason, resolvedBy, now(), taskId);
  }

  /**
   * Records the resolution of the escalations of a subject (and unit) that are still open: the work they were about was
   * done before anyone answered them.
   */
  public void openEscalationsResolved(String campaignId, String subject, String unitCode, String resolution,
      String resolvedBy) {
    // two statements rather than "? IS NULL": PostgreSQL cannot type a parameter that is only compared with NULL
    if (unitCode == null) {
      jdbc.update("UPDATE campaign_escalation SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE campaign_id = ?"
          + " AND subject = ? AND unit_code IS NULL AND resolution IS NULL", resolution, resolvedBy, now(), campaignId,
          subject);
    } else {
      jdbc.update("UPDATE campaign_escalation SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE campaign_id = ?"
          + " AND subject = ? AND unit_code = ? AND resolution IS NULL", resolution, resolvedBy, now(), campaignId,
          subject, unitCode);
    }
  }

  private static final String ESCALATION_COLUMNS = "SELECT id, subject, unit_code, last_day, escalated_at, resolution,"
      + " new_last_day, reason, resolved_by, resolved_at, task_id FROM campaign_escalation";

  public List<Escalation> escalations(String campaignId) {
    return jdbc.query(ESCALATION_COLUMNS + " WHERE campaign_id = ? ORDER BY escalated_at, id",
        EscalationRepository::escalation, campaignId);
  }

  /**
   * The newest escalation of a subject (and unit; {@code null} for an escalation about the whole subject): the one
   * whose e-mail is being sent, even when its task has been answered meanwhile.
   */
  public Optional<Escalation> latestEscalation(String campaignId, String subject, String unitCode) {
    // two statements rather than "? IS NULL", as in openEscalationsResolved
    List<Escalation> found = unitCode == null
        ? jdbc.query(ESCALATION_COLUMNS + " WHERE campaign_id = ? AND subject = ? AND unit_code IS NULL"
            + " ORDER BY escalated_at DESC, id DESC", EscalationRepository::escalation, campaignId, subject)
        : jdbc.query(ESCALATION_COLUMNS + " WHERE campaign_id = ? AND subject = ? AND unit_code = ?"
            + " ORDER BY escalated_at DESC, id DESC", EscalationRepository::escalation, campaignId, subject, unitCode);
    return found.stream().findFirst();
  }

  private static Escalation escalation(ResultSet rs, int row) throws SQLException {
    return new Escalation(rs.getLong("id"), rs.getString("subject"), rs.getString("unit_code"),
        date(rs, "last_day"), rs.getObject("escalated_at", OffsetDateTime.class), rs.getString("resolution"),
        date(rs, "new_last_day"), rs.getString("reason"), rs.getString("resolved_by"),
        rs.getObject("resolved_at", OffsetDateTime.class), rs.getString("task_id"));
  }

  /** @param taskId the escalation task (explain the delay, handle the late units, pick in a district's stead) */
  public record Escalation(long id, String subject, String unitCode, LocalDate lastDay, OffsetDateTime escalatedAt,
      String resolution, LocalDate newLastDay, String reason, String resolvedBy, OffsetDateTime resolvedAt,
      String taskId) {
  }
}
