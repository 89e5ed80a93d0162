package vn.laichau.thidua.campaign.drivelaunch;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R7: Sở Nội vụ ended the follow-up; the units still pending are recorded as not having launched the drive. */
@Component("closeDriveLaunchDelegate")
public class CloseDriveLaunchDelegate implements JavaDelegate {

  private final DriveLaunchRepository driveLaunches;

  public CloseDriveLaunchDelegate(DriveLaunchRepository driveLaunches) {
    this.driveLaunches = driveLaunches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CAMPAIGN_ID);
    driveLaunches.driveClosed(campaignId);
    DriveLaunchVariables.refresh(execution, driveLaunches.driveLaunchUnits(campaignId, "PENDING"));
    execution.removeVariable(DECISION);
    execution.removeVariable(REASON);
  }
}
