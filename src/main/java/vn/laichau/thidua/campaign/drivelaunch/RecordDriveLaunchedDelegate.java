package vn.laichau.thidua.campaign.drivelaunch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.common.VietnamTime;

/**
 * Plan II.2: the drive's follow-up is over (every unit confirmed, or Sở Nội vụ closed it); the milestone records the
 * day and how many units confirmed.
 */
@Component("recordDriveLaunchedDelegate")
public class RecordDriveLaunchedDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final DriveLaunchRepository driveLaunchRepository;

  public RecordDriveLaunchedDelegate(MilestoneRepository milestones, DriveLaunchRepository driveLaunchRepository) {
    this.milestones = milestones;
    this.driveLaunchRepository = driveLaunchRepository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    var launches = driveLaunchRepository.driveLaunches(campaignId);
    long confirmed = launches.stream().filter(launch -> "CONFIRMED".equals(launch.status())).count();
    milestones.milestoneDone(campaignId, Milestone.DRIVE_LAUNCH, VietnamTime.today(), null,
        confirmed + "/" + launches.size() + " đơn vị đã xác nhận phát động");
  }
}
