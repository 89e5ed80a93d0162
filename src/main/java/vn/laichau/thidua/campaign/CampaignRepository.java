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
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;

/**
 * The tables {@code campaign} and {@code campaign_pilot} (Flyway V10): the campaigns and their pilots. The campaign's
 * other tables have a repository each, beside the work that uses them: {@code WaveRepository},
 * {@code MilestoneRepository}, {@code DriveLaunchRepository} and {@link EscalationRepository}. Plain SQL for H2 and
 * PostgreSQL alike. It runs in the caller's transaction: called from a delegate or listener, that is the
 * engine's own, so the campaign's data and the process state commit or roll back together.
 *
 * <p>Times are the engine clock's ({@link ClockUtil}), so that a test that moves the clock sees the times it set.
 *
 * <p>A campaign and its pilots are read once per engine command ({@link CommandReads}): a congress's start asked for
 * them eleven times. Each write here forgets what the command read of both tables.
 */
@Repository
public class CampaignRepository {

  private static final String COLUMNS = "id, province_code, name, submission_lead_days, guidance_last_day,"
      + " drive_launch_last_day, directive_review_last_day, pilot_choice_last_day, provincial_plan_last_day,"
      + " pilot_commune_last_day, provincial_pilot_last_day, co_so_last_day, so_nganh_huyen_last_day, tinh_last_day,"
      + " national_delegate_quota";

  private static final String CAMPAIGN = "campaign";
  private static final String PILOT = "campaign_pilot";

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
    // the row and all its pilots in one statement: every step of a congress that reads its campaign needs its
    // provincial pilots, and the start and the draft plan the communes the districts picked (a few rows a province)
    return CommandReads.read(CAMPAIGN, id, () -> jdbc.query("SELECT " + COLUMNS + ", p.unit_code AS pilot,"
        + " p.kind AS pilot_kind, p.district_code AS pilot_district"
        + " FROM campaign LEFT JOIN campaign_pilot p ON p.campaign_id = campaign.id"
        + " WHERE campaign.id = ? ORDER BY p.unit_code", rs -> {
          Campaign campaign = null;
          List<String> pilots = new java.util.ArrayList<>();
          Map<String, String> picks = new java.util.TreeMap<>();
          while (rs.next()) {
            if (campaign == null) {
              campaign = toCampaign(rs, List.of());
            }
            String pilot = rs.getString("pilot");
            if ("PROVINCIAL".equals(rs.getString("pilot_kind"))) {
              pilots.add(pilot);
            } else if (pilot != null) {
              picks.put(rs.getString("pilot_district"), pilot);
            }
          }
          if (campaign != null) {
            // what pilotCommunes would read; a value the command read before stays
            CommandReads.read(PILOT, List.of("COMMUNE", id), () -> java.util.Collections.unmodifiableMap(picks));
          }
          return Optional.ofNullable(campaign).map(found -> found.withProvincialPilots(pilots));
        }, id));
  }

  public List<Campaign> findAll() {
    return jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY id",
        (rs, row) -> toCampaign(rs, provincialPilots(rs.getString("id"))));
  }

  /** Asked before the campaign is used: the row read here is the one the use gets. */
  public boolean exists(String id) {
    return find(id).isPresent();
  }

  /** Inserts a validated campaign with its provincial pilots and its milestones. */
  public void insert(Campaign campaign, String createdBy) {
    forgetReads();
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
    // what was read before the lock may predate a concurrent commit that the lock waited for
    forgetReads();
    jdbc.queryForList("SELECT id FROM campaign WHERE id = ? FOR UPDATE", String.class, campaignId);
  }

  private static Campaign toCampaign(ResultSet rs, List<String> provincialPilots) throws SQLException {
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
        date(rs, "provincial_pilot_last_day"), levels, provincialPilots, nationalDelegateQuota);
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  // --- pilots (R8) -----------------------------------------------------------------------------------------------

  public List<String> provincialPilots(String campaignId) {
    return CommandReads.read(PILOT, List.of("PROVINCIAL", campaignId), () -> List.copyOf(jdbc.queryForList(
        "SELECT unit_code FROM campaign_pilot WHERE campaign_id = ? AND kind = 'PROVINCIAL' ORDER BY unit_code",
        String.class, campaignId)));
  }

  /** The communes the districts picked: district code to commune code. */
  public Map<String, String> pilotCommunes(String campaignId) {
    return CommandReads.read(PILOT, List.of("COMMUNE", campaignId), () -> {
      Map<String, String> picks = new java.util.TreeMap<>();
      jdbc.query("SELECT district_code, unit_code FROM campaign_pilot WHERE campaign_id = ? AND kind = 'COMMUNE'",
          rs -> {
            picks.put(rs.getString("district_code"), rs.getString("unit_code"));
          }, campaignId);
      return java.util.Collections.unmodifiableMap(picks);
    });
  }

  public void insertPilotCommune(String campaignId, String districtCode, String communeCode, String chosenBy) {
    forgetReads();
    jdbc.update("INSERT INTO campaign_pilot (campaign_id, unit_code, kind, district_code, chosen_by, chosen_at)"
        + " VALUES (?, ?, 'COMMUNE', ?, ?, ?)", campaignId, communeCode, districtCode, chosenBy, now());
  }

  /** A campaign's row carries its provincial pilots: a write of either table forgets what was read of both. */
  private static void forgetReads() {
    CommandReads.written(CAMPAIGN);
    CommandReads.written(PILOT);
  }
}
