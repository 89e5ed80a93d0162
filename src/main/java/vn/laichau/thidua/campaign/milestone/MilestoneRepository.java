package vn.laichau.thidua.campaign.milestone;

import static vn.laichau.thidua.campaign.CampaignRepository.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.campaign.CampaignRepository;

/**
 * The table {@code campaign_milestone}: Sở Nội vụ's own work, its last day and when it was done. The rows are created
 * with the campaign ({@link CampaignRepository#insert}). Runs in the caller's transaction.
 */
@Repository
public class MilestoneRepository {

  private final JdbcTemplate jdbc;

  public MilestoneRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

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
}
