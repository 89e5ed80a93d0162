package vn.laichau.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.reporting.CongressProgressRepository;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * Starts a wave: one {@code congress} per unit of the level (input {@code level}) that has none in the campaign yet,
 * all running side by side. The wave has ended when its last congress ends ({@link WaveTracker}); if every congress of
 * the level already ended (or there are none), it has ended now, and the model's conditional event passes at once.
 */
@Component("startWaveDelegate")
public class StartWaveDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartWaveDelegate.class);

  private final CampaignRepository campaigns;
  private final CampaignUnits units;
  private final CongressStarter starter;
  private final CongressProgressRepository progress;

  public StartWaveDelegate(CampaignRepository campaigns, CampaignUnits units, CongressStarter starter,
      CongressProgressRepository progress) {
    this.campaigns = campaigns;
    this.units = units;
    this.starter = starter;
    this.progress = progress;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Level level = Level.valueOf((String) execution.getVariable(CampaignVariables.LEVEL));
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    campaigns.waveStarted(campaignId, level);
    int started = 0;
    for (Unit unit : units.waveUnits(campaign, level)) {
      if (starter.startIfAbsent(campaignId, unit)) {
        started++;
      }
    }
    boolean ended = progress.countOpen(campaignId, level) == 0;
    if (ended) {
      campaigns.markWaveEnded(campaignId, level);
    }
    execution.setVariable(CampaignVariables.WAVE_ENDED.get(level), ended);
    LOG.info("Campaign {}: wave {} started {} congresses{}", campaignId, level, started, ended ? ", none open" : "");
  }
}
