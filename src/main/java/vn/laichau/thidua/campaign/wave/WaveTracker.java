package vn.laichau.thidua.campaign.wave;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.progress.CongressObserver;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;

/**
 * Detects the end of a wave: when a congress ends and it was the last open one of its level in a running wave, the
 * wave is recorded as ended and the campaign's instance is told, by setting its {@code <level>WaveEnded} variable,
 * which its conditional event waits for (and which continues asynchronously, outside the unit's transaction).
 *
 * <p>Congresses of one wave end in parallel transactions. Each takes the campaign row's lock before counting, so of
 * two congresses ending together the second one counts after the first has committed, and exactly one sees zero.
 */
@Component
public class WaveTracker implements CongressObserver {

  private static final Logger LOG = LoggerFactory.getLogger(WaveTracker.class);

  private final CongressProgressRepository progress;
  private final CampaignRepository campaigns;
  private final WaveRepository waves;
  private final RuntimeService runtimeService;

  public WaveTracker(CongressProgressRepository progress, CampaignRepository campaigns, WaveRepository waves,
      RuntimeService runtimeService) {
    this.progress = progress;
    this.campaigns = campaigns;
    this.waves = waves;
    this.runtimeService = runtimeService;
  }

  @Override
  public void ended(DelegateExecution congress) {
    waveMayHaveEnded(congress);
  }

  /** R13: a unit whose results are overdue is no longer awaited by its wave. */
  @Override
  public void taskCreated(DelegateTask task) {
    if (ProcessKeys.TASK_FOLLOW_UP_LATE_RESULTS.equals(task.getTaskDefinitionKey())) {
      waveMayHaveEnded(task.getExecution());
    }
  }

  private void waveMayHaveEnded(DelegateExecution congress) {
    CongressProgress row = progress.findByProcessInstance(congress.getProcessInstanceId()).orElse(null);
    if (row == null) {
      return;
    }
    String campaignId = row.campaignId();
    if (!waves.waveState(campaignId, row.level()).map(ended -> !ended).orElse(false)) {
      return; // the wave has not started (a pilot ending early) or has ended already
    }
    campaigns.lock(campaignId);
    if (progress.countOpen(campaignId, row.level()) > 0) {
      return;
    }
    waves.markWaveEnded(campaignId, row.level());
    // the unit whose congress ended has no rights on the campaign: telling the campaign is the application's doing
    Context.getCommandContext().runWithoutAuthorization(() -> {
      ProcessInstance campaign = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN)
          .processInstanceBusinessKey(campaignId)
          .singleResult();
      if (campaign != null) {
        runtimeService.setVariable(campaign.getId(), CampaignVariables.WAVE_ENDED.get(row.level()), true);
      }
      return null;
    });
    LOG.info("Campaign {}: the last congress of wave {} ended ({})", campaignId, row.level(), row.unitCode());
  }
}
