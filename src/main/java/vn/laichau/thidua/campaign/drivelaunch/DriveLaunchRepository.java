package vn.laichau.thidua.campaign.drivelaunch;

import static vn.laichau.thidua.campaign.CampaignRepository.date;
import static vn.laichau.thidua.campaign.CampaignRepository.now;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code campaign_drive_launch} (R7, plan II.2): which unit is expected to launch the special drive, and
 * whether and when it did. Runs in the caller's transaction.
 */
@Repository
public class DriveLaunchRepository {

  private final JdbcTemplate jdbc;

  public DriveLaunchRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

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
}
