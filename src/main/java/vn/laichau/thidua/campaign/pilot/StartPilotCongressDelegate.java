package vn.laichau.thidua.campaign.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.wave.CongressStarter;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R8: starts the congress of the commune the district picked (its {@code congress}, business key the commune's code);
 * the calendar gives it the pilot's last day because the pick is stored in the campaign.
 */
@Component("startPilotCongressDelegate")
public class StartPilotCongressDelegate implements JavaDelegate {

  private final CampaignRepository campaigns;
  private final UnitRegistry registry;
  private final CongressStarter starter;

  public StartPilotCongressDelegate(CampaignRepository campaigns, UnitRegistry registry, CongressStarter starter) {
    this.campaigns = campaigns;
    this.registry = registry;
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    String district = (String) execution.getVariable(CampaignVariables.DISTRICT);
    String commune = campaigns.pilotCommunes(campaignId).get(district);
    if (commune == null) {
      throw new IllegalStateException("District " + district + " of campaign " + campaignId + " has no pilot commune");
    }
    starter.startIfAbsent(campaignId, registry.find(commune).orElseThrow());
  }
}
