package vn.laichau.thidua.campaign.progress;

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
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.unit.Level;

/**
 * The projection table {@code congress_progress}, read: one row per congress of a campaign. The campaign decides with
 * it (duplicate starts, the end of a wave) and the progress, the report and the lists read it; only
 * {@link CongressProgressRecorder} writes it, through {@link CongressProgressWriter}, inside the engine's transaction.
 */
@Repository
public class CongressProgressRepository {

  /** Its rows are read once per engine command ({@link CommandReads}); the writer forgets them at each write. */
  static final String TABLE = "congress_progress";

  static final String COLUMNS = "campaign_id, unit_code, process_instance_id, unit_name, level, district_code,"
      + " pilot, status, overdue, original_last_day, last_day, submitted_on, approved_on, meeting_date, held_on,"
      + " return_count, extension_count, attendance, commended_collectives, commended_individuals, upper_delegates,"
      + " started_at, ended_at, meeting_session, venue, not_held_reason";

  private final JdbcTemplate jdbc;

  public CongressProgressRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CongressProgress> find(String campaignId, String unitCode) {
    return CommandReads.read(TABLE, List.of(campaignId, unitCode), () -> jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE campaign_id = ? AND unit_code = ?",
        CongressProgressRepository::toRow, campaignId, unitCode).stream().findFirst());
  }

  public Optional<CongressProgress> findByProcessInstance(String processInstanceId) {
    return CommandReads.read(TABLE, processInstanceId, () -> jdbc.query("SELECT " + COLUMNS + " FROM congress_progress WHERE process_instance_id = ?",
        CongressProgressRepository::toRow, processInstanceId).stream().findFirst());
  }

  /**
   * A congress that has just started: no row names its instance yet (a unit's row in the campaign names the congress
   * that last held it), so the command's later reads need not ask.
   */
  void noneYet(String processInstanceId) {
    CommandReads.keep(TABLE, processInstanceId, Optional.empty());
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
