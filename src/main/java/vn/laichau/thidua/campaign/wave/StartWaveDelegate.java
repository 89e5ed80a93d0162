package vn.laichau.thidua.campaign.wave;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignUnits;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * Starts a wave unit by unit: the model's multi-instance wave task asks for the unit codes ({@link #unitCodes}), starts
 * each unit's {@code congress} in a job of its own ({@link #startCongress}; asynchronous on the loop, so that one bad
 * unit is one incident in Cockpit while the rest of the wave starts), and, once every unit has its congress, records
 * the wave as started ({@link #started}). The wave has ended when its last congress ends ({@link WaveTracker}); if
 * every congress of the level already ended (or there are none), it has ended now, and the model's event passes at
 * once.
 */
@Component("startWaveDelegate")
public class StartWaveDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartWaveDelegate.class);

  private final CampaignRepository campaigns;
  private final WaveRepository waves;
  private final CampaignUnits units;
  private final CongressStarter starter;
  private final CongressProgressRepository progress;

  public StartWaveDelegate(CampaignRepository campaigns, WaveRepository waves, CampaignUnits units,
      CongressStarter starter, CongressProgressRepository progress) {
    this.campaigns = campaigns;
    this.waves = waves;
    this.units = units;
    this.starter = starter;
    this.progress = progress;
  }

  /** The codes of the wave's units, each the element of one instance of the wave task. */
  public List<String> unitCodes(String campaignId, String level) {
    return units.waveUnits(campaign(campaignId), Level.valueOf(level)).stream().map(Unit::code).toList();
  }

  /**
   * Starts the unit's congress, unless it has one in the campaign already or was retired since the wave listed it (it
   * holds no congress, R1).
   */
  public void startCongress(String campaignId, String unitCode) {
    units.activeUnit(unitCode).ifPresentOrElse(
        unit -> starter.startIfAbsent(campaignId, unit),
        () -> LOG.info("Campaign {}: unit {} retired before its congress started", campaignId, unitCode));
  }

  /** Every unit of the wave has its congress: the wave is recorded as started, and ended if none is open. */
  public void started(DelegateExecution execution, String level) {
    Level wave = Level.valueOf(level);
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    waves.waveStarted(campaignId, wave);
    boolean ended = progress.countOpen(campaignId, wave) == 0;
    if (ended) {
      waves.markWaveEnded(campaignId, wave);
    }
    execution.setVariable(CampaignVariables.WAVE_ENDED.get(wave), ended);
    LOG.info("Campaign {}: wave {} started{}", campaignId, wave, ended ? ", none open" : "");
  }

  private Campaign campaign(String campaignId) {
    return campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
  }
}
