package vn.laichau.thidua.campaign.wave;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegisteredEvent;

/**
 * A unit registered (or reactivated) while a campaign runs gets its congress, if its level's wave has started: the
 * plan covers every unit of the province, not only those of the day the wave began. A district or agency also joins
 * the launch of the special drive and the pick of pilot communes still under way ({@link LateRegistrations}). It runs in the registry's
 * transaction, as the system: a congress that cannot start rolls the registration back with its reason.
 */
@Component
public class UnitRegistrationListener {

  private static final Logger LOG = LoggerFactory.getLogger(UnitRegistrationListener.class);

  private final RuntimeService runtimeService;
  private final CampaignRepository campaigns;
  private final WaveRepository waves;
  private final CongressStarter starter;
  private final LateRegistrations lateRegistrations;

  public UnitRegistrationListener(RuntimeService runtimeService, CampaignRepository campaigns, WaveRepository waves,
      CongressStarter starter, LateRegistrations lateRegistrations) {
    this.runtimeService = runtimeService;
    this.campaigns = campaigns;
    this.waves = waves;
    this.starter = starter;
    this.lateRegistrations = lateRegistrations;
  }

  @EventListener
  public void unitRegistered(UnitRegisteredEvent event) {
    Unit unit = event.unit();
    if (!unit.active()) {
      return;
    }
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).list()) {
      String campaignId = instance.getBusinessKey();
      Campaign campaign = campaigns.find(campaignId).orElse(null);
      if (campaign == null) {
        continue;
      }
      lateRegistrations.joinDriveLaunch(instance.getId(), campaignId, unit);
      lateRegistrations.joinPilotChoice(instance.getId(), campaignId, unit);
      if (waves.waveState(campaignId, unit.level()).isEmpty()) {
        continue; // the wave will include the unit when it starts
      }
      if (unit.level() == Level.TINH && !unit.code().equals(campaign.provinceCode())) {
        continue;
      }
      if (starter.startIfAbsent(campaignId, unit)) {
        LOG.info("Campaign {}: congress of {} ({}) started, registered while its wave runs", campaignId,
            unit.code(), unit.name());
      }
    }
  }
}
