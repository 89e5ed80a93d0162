package vn.laichau.thidua.campaign.drivelaunch;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;

/**
 * Plan II.2, R7: a district or provincial agency confirms the day it launched the special emulation drive. The
 * confirmation is stored and the campaign's {@code driveLaunchPending} shows who has not confirmed yet.
 */
@Component("driveLaunchConfirmation")
public class DriveLaunchConfirmation implements TaskListener {

  private final DriveLaunchRepository driveLaunches;

  public DriveLaunchConfirmation(DriveLaunchRepository driveLaunches) {
    this.driveLaunches = driveLaunches;
  }

  @Override
  public void notify(DelegateTask task) {
    String campaignId = (String) task.getVariable(CAMPAIGN_ID);
    String unitCode = (String) task.getVariable(LAUNCH_UNIT);
    CampaignInputs inputs = new CampaignInputs(task);
    var launchedOn = inputs.pastDate(LAUNCHED_ON, "Ngày phát động");
    inputs.throwIfAny();
    driveLaunches.driveLaunched(campaignId, unitCode, launchedOn, CongressObserversPlugin.currentUser(task));
    DriveLaunchVariables.refresh(task.getExecution(), driveLaunches.driveLaunchUnits(campaignId, "PENDING"));
    CampaignInputs.consume(task, LAUNCHED_ON, REFERENCE);
  }
}
