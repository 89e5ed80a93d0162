package vn.laichau.thidua.campaign.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.common.CommandReads;

/**
 * The writes of the projection table {@code congress_progress}, apart from its reads
 * ({@link CongressProgressRepository}) so that only the campaign's {@link CongressProgressRecorder} can change a row:
 * whoever else needs the progress gets the reading side only. Each update of a congress's row says how many rows it
 * wrote: none when the congress has no row yet.
 */
@Repository
public class CongressProgressWriter {

  private final JdbcTemplate jdbc;

  public CongressProgressWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates the congress's row the first time it is seen; a congress of a unit that was cancelled and started again
   * takes over the unit's row.
   */
  public void insert(CongressProgress row) {
    insertOrTakeOver(row);
    // what was written is what the command's later readers get
    CommandReads.keep(CongressProgressRepository.TABLE, row.processInstanceId(), Optional.of(row));
  }

  private void insertOrTakeOver(CongressProgress row) {
    int updated = update("UPDATE congress_progress SET process_instance_id = ?, unit_name = ?, level = ?,"
            + " district_code = ?, pilot = ?, status = ?, overdue = FALSE, original_last_day = ?, last_day = ?,"
            + " submitted_on = NULL, approved_on = NULL, meeting_date = NULL, held_on = NULL, return_count = 0,"
            + " extension_count = 0, attendance = NULL, commended_collectives = NULL, commended_individuals = NULL,"
            + " upper_delegates = NULL, started_at = ?, ended_at = NULL, meeting_session = NULL, venue = NULL,"
            + " not_held_reason = NULL, updated_at = ?"
            + " WHERE campaign_id = ? AND unit_code = ?",
        row.processInstanceId(), row.unitName(), row.level().name(), row.districtCode(), row.pilot(),
        row.status().name(), row.originalLastDay(), row.lastDay(), row.startedAt(), CampaignRepository.now(),
        row.campaignId(), row.unitCode());
    if (updated == 0) {
      update("INSERT INTO congress_progress (" + CongressProgressRepository.COLUMNS + ", updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.campaignId(), row.unitCode(), row.processInstanceId(), row.unitName(), row.level().name(),
          row.districtCode(), row.pilot(), row.status().name(), row.overdue(), row.originalLastDay(), row.lastDay(),
          row.submittedOn(), row.approvedOn(), row.meetingDate(), row.heldOn(), row.returnCount(),
          row.extensionCount(), row.attendance(), row.commendedCollectives(), row.commendedIndividuals(),
          row.upperDelegates(), row.startedAt(), row.endedAt(), row.meetingSession(), row.venue(),
          row.notHeldReason(), CampaignRepository.now());
    }
  }

  /** The congress reached a step: its status, and its current last day as the congress process holds it. */
  public int status(String processInstanceId, CongressStatus status, LocalDate lastDay) {
    return update("UPDATE congress_progress SET status = ?, last_day = COALESCE(?, last_day), updated_at = ?"
        + " WHERE process_instance_id = ?", status.name(), lastDay, CampaignRepository.now(), processInstanceId);
  }

  /** R6: the dossier was sent for review on the day, for a meeting on the other day. */
  public int submitted(String processInstanceId, LocalDate submittedOn, LocalDate meetingDate, LocalDate lastDay,
      String session, String venue) {
    return update("UPDATE congress_progress SET status = 'UNDER_REVIEW', submitted_on = ?,"
            + " meeting_date = COALESCE(?, meeting_date), last_day = COALESCE(?, last_day),"
            + " meeting_session = COALESCE(?, meeting_session), venue = ?, updated_at = ?"
            + " WHERE process_instance_id = ?", submittedOn, meetingDate, lastDay, session, venue,
        CampaignRepository.now(), processInstanceId);
  }

  public int approved(String processInstanceId, LocalDate approvedOn) {
    return update("UPDATE congress_progress SET status = 'APPROVED', approved_on = ?, updated_at = ?"
        + " WHERE process_instance_id = ?", approvedOn, CampaignRepository.now(), processInstanceId);
  }

  public int returned(String processInstanceId) {
    return update("UPDATE congress_progress SET status = 'DRAFTING', return_count = return_count + 1, updated_at = ?"
        + " WHERE process_instance_id = ?", CampaignRepository.now(), processInstanceId);
  }

  /** R7: the overdue timer fired (true) or the reviewer decided (false). */
  public int overdue(String processInstanceId, boolean overdue) {
    return update("UPDATE congress_progress SET overdue = ?, updated_at = ? WHERE process_instance_id = ?", overdue,
        CampaignRepository.now(), processInstanceId);
  }

  /** R7: the reviewer granted a new last day. */
  public int extended(String processInstanceId, LocalDate newLastDay) {
    return update("UPDATE congress_progress SET overdue = FALSE, extension_count = extension_count + 1,"
            + " last_day = COALESCE(?, last_day), updated_at = ? WHERE process_instance_id = ?", newLastDay,
        CampaignRepository.now(), processInstanceId);
  }

  /**
   * R9: the congress ended, held (with its results) or not held. The row as written is what the command's later
   * readers get (the end of a wave reads it next).
   */
  public void ended(CongressProgress row, CongressStatus status, LocalDate heldOn, Integer attendance,
      Integer commendedCollectives, Integer commendedIndividuals, Integer upperDelegates, String notHeldReason) {
    OffsetDateTime now = CampaignRepository.now();
    update("UPDATE congress_progress SET status = ?, overdue = FALSE, held_on = ?, attendance = ?,"
            + " commended_collectives = ?, commended_individuals = ?, upper_delegates = ?, not_held_reason = ?,"
            + " ended_at = ?, updated_at = ? WHERE process_instance_id = ?", status.name(), heldOn, attendance,
        commendedCollectives, commendedIndividuals, upperDelegates, notHeldReason, now, now,
        row.processInstanceId());
    CommandReads.keep(CongressProgressRepository.TABLE, row.processInstanceId(), Optional.of(new CongressProgress(
        row.campaignId(), row.unitCode(), row.processInstanceId(), row.unitName(), row.level(), row.districtCode(),
        row.pilot(), status, false, row.originalLastDay(), row.lastDay(), row.submittedOn(), row.approvedOn(),
        row.meetingDate(), heldOn, row.returnCount(), row.extensionCount(), attendance, commendedCollectives,
        commendedIndividuals, upperDelegates, row.startedAt(), now, row.meetingSession(), row.venue(),
        notHeldReason)));
  }

  /** Every write: what the command read of the table is read again, so that no reader sees the row before it. */
  private int update(String sql, Object... arguments) {
    CommandReads.written(CongressProgressRepository.TABLE);
    return jdbc.update(sql, arguments);
  }
}
