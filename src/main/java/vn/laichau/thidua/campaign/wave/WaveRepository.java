package vn.laichau.thidua.campaign.wave;

import static vn.laichau.thidua.campaign.CampaignRepository.now;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.unit.Level;

/**
 * The table {@code campaign_wave}: when each level's wave of congresses started and ended. Runs in the caller's
 * transaction, as {@link CampaignRepository} does.
 */
@Repository
public class WaveRepository {

  private final JdbcTemplate jdbc;

  public WaveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

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
}
