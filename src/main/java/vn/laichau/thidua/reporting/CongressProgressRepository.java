package vn.laichau.thidua.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.unit.Level;

/**
 * The projection table {@code congress_progress}: one row per congress of a campaign. Written only by
 * {@link CongressProgressRecorder} inside the engine's transaction, read by the progress and the report.
 */
@Repository
public class CongressProgressRepository {

  private static final String COLUMNS = "campaign_id, unit_code, process_instance_id, unit_name, level, district_code,"
      + " pilot, status, overdue, original_last_day, last_day, submitted_on, approved_on, meeting_date, held_on,"
      + " return_count, extension_count, attendance, commended_collectives, commended_individuals, upper_delegates,"
      + " started_at, ended_at, meeting_session, venue, not_held_reason";

  private final JdbcTemplate jdbc;

  public CongressProgressRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CongressProgress> find(String campaignId, String unitCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE campaign_id = ? AND unit_code = ?",
        CongressProgressRepository::toRow, campaignId, unitCode).stream().findFirst();
  }

  public Optional<CongressProgress> findByProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE process_instance_id = ?",
        CongressProgressRepository::toRow, processInstanceId).stream().findFirst();
  }

  public List<CongressProgress> findByCampaign(String campaignId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE campaign_id = ? ORDER BY unit_code",
        CongressProgressRepository::toRow, campaignId);
  }

  /** The communes of the given districts in a campaign (a district's Phòng Nội vụ sees these). */
  public List<CongressProgress> findCommunes(String campaignId, Collection<String> districtCodes) {
    if (districtCodes.isEmpty()) {
      return List.of();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(campaignId);
    arguments.addAll(districtCodes);
    return jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE campaign_id = ? AND level = 'CO_SO'"
        + " AND district_code IN (" + marks(districtCodes.size()) + ") ORDER BY unit_code", CongressProgressRepository::toRow,
        arguments.toArray());
  }

  /** The units of the registry that this council member follows (R10). */
  public Set<String> unitsFollowedBy(String councilMember) {
    return new HashSet<>(jdbc.queryForList("SELECT code FROM unit WHERE council_member = ?", String.class,
        councilMember));
  }

  /** The congresses of every campaign that have not ended, by status (the operations metrics). */
  public Map<CongressStatus, Integer> countOpenByStatus() {
    Map<CongressStatus, Integer> counts = new TreeMap<>();
    List<String> open = CongressStatus.open().stream().map(Enum::name).toList();
    jdbc.query("SELECT status, COUNT(*) AS n FROM congress_progress WHERE status IN (" + marks(open.size())
        + ") GROUP BY status", rs -> {
          counts.put(CongressStatus.valueOf(rs.getString("status")), rs.getInt("n"));
        }, open.toArray());
    return counts;
  }

  /** The congresses of every campaign that are overdue at the given day (R7), as {@link CongressProgress} says. */
  public int countOverdue(LocalDate today) {
    List<Object> arguments = new ArrayList<>(CongressStatus.open().stream().map(Enum::name).toList());
    arguments.add(today);
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM congress_progress WHERE status IN ("
        + marks(CongressStatus.open().size()) + ") AND (overdue = TRUE OR last_day < ?)", Integer.class,
        arguments.toArray());
    return count == null ? 0 : count;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** The congresses of a level of the campaign that have not ended. */
  public int countOpen(String campaignId, Level level) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM congress_progress WHERE campaign_id = ? AND level = ?"
        + " AND status IN ('DRAFTING', 'UNDER_REVIEW', 'APPROVED')", Integer.class, campaignId, level.name());
    return count == null ? 0 : count;
  }

  /**
   * Creates the congress's row the first time it is seen; a congress of a unit that was cancelled and started again
   * takes over the unit's row.
   */
  public void insert(CongressProgress row) {
    int updated = jdbc.update("UPDATE congress_progress SET process_instance_id = ?, unit_name = ?, level = ?,"
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
      jdbc.update("INSERT INTO congress_progress (" + COLUMNS + ", updated_at)"
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
  public void status(String processInstanceId, CongressStatus status, LocalDate lastDay) {
    jdbc.update("UPDATE congress_progress SET status = ?, last_day = COALESCE(?, last_day), updated_at = ?"
        + " WHERE process_instance_id = ?", status.name(), lastDay, CampaignRepository.now(), processInstanceId);
  }

  /** R6: the dossier was sent for review on the day, for a meeting on the other day. */
  public void submitted(String processInstanceId, LocalDate submittedOn, LocalDate meetingDate, LocalDate lastDay,
      String session, String venue) {
    jdbc.update("UPDATE congress_progress SET status = 'UNDER_REVIEW', submitted_on = ?,"
            + " meeting_date = COALESCE(?, meeting_date), last_day = COALESCE(?, last_day),"
            + " meeting_session = COALESCE(?, meeting_session), venue = ?, updated_at = ?"
            + " WHERE process_instance_id = ?", submittedOn, meetingDate, lastDay, session, venue,
        CampaignRepository.now(), processInstanceId);
  }

  public void approved(String processInstanceId, LocalDate approvedOn) {
    jdbc.update("UPDATE congress_progress SET status = 'APPROVED', approved_on = ?, updated_at = ?"
        + " WHERE process_instance_id = ?", approvedOn, CampaignRepository.now(), processInstanceId);
  }

  public void returned(String processInstanceId) {
    jdbc.update("UPDATE congress_progress SET status = 'DRAFTING', return_count = return_count + 1, updated_at = ?"
        + " WHERE process_instance_id = ?", CampaignRepository.now(), processInstanceId);
  }

  /** R7: the overdue timer fired (true) or the reviewer decided (false). */
  public void overdue(String processInstanceId, boolean overdue) {
    jdbc.update("UPDATE congress_progress SET overdue = ?, updated_at = ? WHERE process_instance_id = ?", overdue,
        CampaignRepository.now(), processInstanceId);
  }

  /** R7: the reviewer granted a new last day. */
  public void extended(String processInstanceId, LocalDate newLastDay) {
    jdbc.update("UPDATE congress_progress SET overdue = FALSE, extension_count = extension_count + 1,"
            + " last_day = COALESCE(?, last_day), updated_at = ? WHERE process_instance_id = ?", newLastDay,
        CampaignRepository.now(), processInstanceId);
  }

  /** R9: the congress ended, held (with its results) or not held. */
  public void ended(String processInstanceId, CongressStatus status, LocalDate heldOn, Integer attendance,
      Integer commendedCollectives, Integer commendedIndividuals, Integer upperDelegates, String notHeldReason) {
    jdbc.update("UPDATE congress_progress SET status = ?, overdue = FALSE, held_on = ?, attendance = ?,"
            + " commended_collectives = ?, commended_individuals = ?, upper_delegates = ?, not_held_reason = ?,"
            + " ended_at = ?, updated_at = ? WHERE process_instance_id = ?", status.name(), heldOn, attendance,
        commendedCollectives, commendedIndividuals, upperDelegates, notHeldReason, CampaignRepository.now(),
        CampaignRepository.now(), processInstanceId);
  }

  private static CongressProgress toRow(ResultSet rs, int row) throws SQLException {
    return new CongressProgress(rs.getString("campaign_id"), rs.getString("unit_code"),
        rs.getString("process_instance_id"), rs.getString("unit_name"), Level.valueOf(rs.getString("level")),
        rs.getString("district_code"), rs.getBoolean("pilot"), CongressStatus.valueOf(rs.getString("status")),
        rs.getBoolean("overdue"), date(rs, "original_last_day"), date(rs, "last_day"), date(rs, "submitted_on"),
        date(rs, "approved_on"), date(rs, "meeting_date"), date(rs, "held_on"), rs.getInt("return_count"),
        rs.getInt("extension_count"), integer(rs, "attendance"), integer(rs, "commended_collectives"),
        integer(rs, "commended_individuals"), integer(rs, "upper_delegates"),
        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
        rs.getString("meeting_session"), rs.getString("venue"), rs.getString("not_held_reason"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
