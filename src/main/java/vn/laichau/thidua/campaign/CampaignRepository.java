package vn.laichau.thidua.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;

/**
 * The campaign tables (Flyway V10): campaigns, their pilots, waves, milestones, drive launches and escalations. Plain
 * SQL for H2 and PostgreSQL alike. It runs in the caller's transaction: called from a delegate or listener, that is the
 * engine's own, so the campaign's data and the process state commit or roll back together.
 *
 * <p>Times are the engine clock's ({@link ClockUtil}), so that a test that moves the clock sees the times it set.
 */
@Repository
public class CampaignRepository {

  private static final String COLUMNS = "id, province_code, name, submission_lead_days, guidance_last_day,"
      + " drive_launch_last_day, directive_review_last_day, pilot_choice_last_day, provincial_plan_last_day,"
      + " pilot_commune_last_day, provincial_pilot_last_day, co_so_last_day, so_nganh_huyen_last_day, tinh_last_day,"
      + " national_delegate_quota";

  private final JdbcTemplate jdbc;

  public CampaignRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The engine clock as a time the database keeps with its offset. */
  public static OffsetDateTime now() {
    return VietnamTime.now().toOffsetDateTime();
  }

  // --- campaigns -------------------------------------------------------------------------------------------------

  public Optional<Campaign> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM campaign WHERE id = ?", this::toCampaign, id).stream().findFirst();
  }

  public List<Campaign> findAll() {
    return jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY id", this::toCampaign);
  }

  public boolean exists(String id) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE id = ?", Integer.class, id);
    return count != null && count > 0;
  }

  /** Inserts a validated campaign with its provincial pilots and its milestones. */
  public void insert(Campaign campaign, String createdBy) {
    jdbc.update("INSERT INTO campaign (" + COLUMNS + ", created_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        campaign.id(), campaign.provinceCode(), campaign.name(), campaign.submissionLeadDays(),
        campaign.guidanceLastDay(), campaign.driveLaunchLastDay(), campaign.directiveReviewLastDay(),
        campaign.pilotChoiceLastDay(), campaign.provincialPlanLastDay(), campaign.pilotCommuneLastDay(),
        campaign.provincialPilotLastDay(), campaign.levelLastDay(Level.CO_SO),
        campaign.levelLastDay(Level.SO_NGANH_HUYEN), campaign.levelLastDay(Level.TINH),
        campaign.nationalDelegateQuota(), createdBy, now());
    for (String pilot : campaign.provincialPilots()) {
      jdbc.update("INSERT INTO campaign_pilot (campaign_id, unit_code, kind, district_code, chosen_by, chosen_at)"
          + " VALUES (?, ?, 'PROVINCIAL', NULL, ?, ?)", campaign.id(), pilot, createdBy, now());
    }
    for (Milestone milestone : Milestone.values()) {
      jdbc.update("INSERT INTO campaign_milestone (campaign_id, milestone, last_day) VALUES (?, ?, ?)",
          campaign.id(), milestone.name(), campaign.lastDay(milestone));
    }
  }

  /**
   * Locks the campaign's row until the transaction ends. Congresses of one wave end in parallel transactions; each
   * takes this lock before it asks whether it was the last, so that exactly one of them sees the wave complete.
   */
  public void lock(String campaignId) {
    jdbc.queryForList("SELECT id FROM campaign WHERE id = ? FOR UPDATE", String.class, campaignId);
  }

  private Campaign toCampaign(ResultSet rs, int row) throws SQLException {
    String id = rs.getString("id");
    Map<Level, LocalDate> levels = new EnumMap<>(Level.class);
    levels.put(Level.CO_SO, date(rs, "co_so_last_day"));
    levels.put(Level.SO_NGANH_HUYEN, date(rs, "so_nganh_huyen_last_day"));
    levels.put(Level.TINH, date(rs, "tinh_last_day"));
    int quota = rs.getInt("national_delegate_quota");
    Integer nationalDelegateQuota = rs.wasNull() ? null : quota;
    return new Campaign(id, rs.getString("province_code"), rs.getString("name"), rs.getInt("submission_lead_days"),
        date(rs, "guidance_last_day"), date(rs, "drive_launch_last_day"), date(rs, "directive_review_last_day"),
        date(rs, "pilot_choice_last_day"), date(rs, "provincial_plan_last_day"), date(rs, "pilot_commune_last_day"),
        date(rs, "provincial_pilot_last_day"), levels, provincialPilots(id), nationalDelegateQuota);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  // --- pilots (R8) -----------------------------------------------------------------------------------------------

  public List<String> provincialPilots(String campaignId) {
    return jdbc.queryForList("SELECT unit_code FROM campaign_pilot WHERE campaign_id = ? AND kind = 'PROVINCIAL'"
        + " ORDER BY unit_code", String.class, campaignId);
  }

  /** The communes the districts picked: district code to commune code. */
  public Map<String, String> pilotCommunes(String campaignId) {
    Map<String, String> picks = new java.util.TreeMap<>();
    jdbc.query("SELECT district_code, unit_code FROM campaign_pilot WHERE campaign_id = ? AND kind = 'COMMUNE'",
        rs -> {
          picks.put(rs.getString("district_code"), rs.getString("unit_code"));
        }, campaignId);
    return picks;
  }

  public boolean isPilot(String campaignId, String unitCode) {
    return pilotKind(campaignId, unitCode).isPresent();
  }

  /** PROVINCIAL or COMMUNE when the unit is one of the campaign's pilots. */
  public Optional<String> pilotKind(String campaignId, String unitCode) {
    return jdbc.queryForList("SELECT kind FROM campaign_pilot WHERE campaign_id = ? AND unit_code = ?", String.class,
        campaignId, unitCode).stream().findFirst();
  }

  public void insertPilotCommune(String campaignId, String districtCode, String communeCode, String chosenBy) {
    jdbc.update("INSERT INTO campaign_pilot (campaign_id, unit_code, kind, district_code, chosen_by, chosen_at)"
        + " VALUES (?, ?, 'COMMUNE', ?, ?, ?)", campaignId, communeCode, districtCode, chosenBy, now());
  }

  // --- waves -----------------------------------------------------------------------------------------------------

  public void waveStarted(String campaignId, Level level) {
    jdbc.update("INSERT INTO campaign_wave (campaign_id, level, started_at) VALUES (?, ?, ?)", campaignId,
        level.name(), now());
  }

  public void markWaveEnded(String campaignId, Level level) {
    jdbc.update("UPDATE campaign_wave SET ended_at = ? WHERE campaign_id = ? AND level = ? AND ended_at IS NULL",
        now(), campaignId, level.name());
  }

  /** Present when the wave was started; its value is true when it has ended. */
  public Optional<Boolean> waveState(String campaignId, Level level) {
    return jdbc.query("SELECT ended_at FROM campaign_wave WHERE campaign_id = ? AND level = ?",
        (rs, row) -> rs.getObject("ended_at", OffsetDateTime.class) != null, campaignId, level.name()).stream()
        .findFirst();
  }

  public List<Wave> waves(String campaignId) {
    return jdbc.query("SELECT level, started_at, ended_at FROM campaign_wave WHERE campaign_id = ? ORDER BY started_at",
        (rs, row) -> new Wave(Level.valueOf(rs.getString("level")), rs.getObject("started_at", OffsetDateTime.class),
            rs.getObject("ended_at", OffsetDateTime.class)), campaignId);
  }

  public record Wave(Level level, OffsetDateTime startedAt, OffsetDateTime endedAt) {
  }

  // --- milestones ------------------------------------------------------------------------------------------------

  public void milestoneDone(String campaignId, Milestone milestone, LocalDate doneOn, String doneBy, String reference) {
    jdbc.update("UPDATE campaign_milestone SET done_on = ?, done_by = ?, reference = ? WHERE campaign_id = ?"
        + " AND milestone = ?", doneOn, doneBy, reference, campaignId, milestone.name());
  }

  public List<MilestoneState> milestones(String campaignId) {
    return jdbc.query("SELECT milestone, last_day, done_on, done_by, reference FROM campaign_milestone"
            + " WHERE campaign_id = ?",
        (rs, row) -> new MilestoneState(Milestone.valueOf(rs.getString("milestone")), date(rs, "last_day"),
            date(rs, "done_on"), rs.getString("done_by"), rs.getString("reference")), campaignId)
        .stream().sorted(java.util.Comparator.comparing(MilestoneState::milestone)).toList();
  }

  public Optional<MilestoneState> milestone(String campaignId, Milestone milestone) {
    return milestones(campaignId).stream().filter(m -> m.milestone() == milestone).findFirst();
  }

  public record MilestoneState(Milestone milestone, LocalDate lastDay, LocalDate doneOn, String doneBy,
      String reference) {
  }

  // --- the special emulation drive (R7, plan II.2) ----------------------------------------------------------------

  public void expectDriveLaunch(String campaignId, List<String> unitCodes) {
    for (String code : unitCodes) {
      Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_drive_launch WHERE campaign_id = ?"
          + " AND unit_code = ?", Integer.class, campaignId, code);
      if (known == null || known == 0) {
        jdbc.update("INSERT INTO campaign_drive_launch (campaign_id, unit_code, status) VALUES (?, ?, 'PENDING')",
            campaignId, code);
      }
    }
  }

  public void driveLaunched(String campaignId, String unitCode, LocalDate launchedOn, String confirmedBy) {
    jdbc.update("UPDATE campaign_drive_launch SET status = 'CONFIRMED', launched_on = ?, confirmed_by = ?,"
        + " confirmed_at = ? WHERE campaign_id = ? AND unit_code = ?", launchedOn, confirmedBy, now(), campaignId,
        unitCode);
  }

  /** Sở Nội vụ closed the drive: every unit still pending is recorded as not having launched it. */
  public int driveClosed(String campaignId) {
    return jdbc.update("UPDATE campaign_drive_launch SET status = 'NOT_LAUNCHED' WHERE campaign_id = ?"
        + " AND status = 'PENDING'", campaignId);
  }

  public List<String> driveLaunchUnits(String campaignId, String status) {
    return jdbc.queryForList("SELECT unit_code FROM campaign_drive_launch WHERE campaign_id = ? AND status = ?"
        + " ORDER BY unit_code", String.class, campaignId, status);
  }

  public List<DriveLaunch> driveLaunches(String campaignId) {
    return jdbc.query("SELECT unit_code, status, launched_on, confirmed_by FROM campaign_drive_launch"
            + " WHERE campaign_id = ? ORDER BY unit_code",
        (rs, row) -> new DriveLaunch(rs.getString("unit_code"), rs.getString("status"), date(rs, "launched_on"),
            rs.getString("confirmed_by")), campaignId);
  }

  public record DriveLaunch(String unitCode, String status, LocalDate launchedOn, String confirmedBy) {
  }

  // --- escalations (R7) ------------------------------------------------------------------------------------------

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
        CampaignRepository::escalation, campaignId);
  }

  /**
   * The newest escalation of a subject (and unit; {@code null} for an escalation about the whole subject): the one
   * whose e-mail is being sent, even when its task has been answered meanwhile.
   */
  public Optional<Escalation> latestEscalation(String campaignId, String subject, String unitCode) {
    // two statements rather than "? IS NULL", as in openEscalationsResolved
    List<Escalation> found = unitCode == null
        ? jdbc.query(ESCALATION_COLUMNS + " WHERE campaign_id = ? AND subject = ? AND unit_code IS NULL"
            + " ORDER BY escalated_at DESC, id DESC", CampaignRepository::escalation, campaignId, subject)
        : jdbc.query(ESCALATION_COLUMNS + " WHERE campaign_id = ? AND subject = ? AND unit_code = ?"
            + " ORDER BY escalated_at DESC, id DESC", CampaignRepository::escalation, campaignId, subject, unitCode);
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
