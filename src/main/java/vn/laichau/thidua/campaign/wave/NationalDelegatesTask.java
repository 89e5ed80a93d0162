package vn.laichau.thidua.campaign.wave;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.InvalidCampaignException;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R9: the province's delegates to the national congress come out of the provincial congress. On create the task shows
 * how many the provincial congress elected (and the campaign's quota, when known); on complete Sở Nội vụ's list (one
 * delegate a line) must have exactly that many, within the quota.
 */
@Component("nationalDelegatesTask")
public class NationalDelegatesTask implements TaskListener {

  private final CampaignRepository campaigns;
  private final MilestoneRepository milestones;
  private final CongressProgressRepository progress;

  public NationalDelegatesTask(CampaignRepository campaigns, MilestoneRepository milestones,
      CongressProgressRepository progress) {
    this.campaigns = campaigns;
    this.milestones = milestones;
    this.progress = progress;
  }

  @Override
  public void notify(DelegateTask task) {
    String campaignId = (String) task.getVariable(CAMPAIGN_ID);
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    int elected = elected(campaign);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(PROVINCIAL_DELEGATES_ELECTED, elected);
      task.setVariableLocal(NATIONAL_DELEGATE_QUOTA, campaign.nationalDelegateQuota());
      return;
    }
    String text = ContractValues.text(task, NATIONAL_DELEGATE_NAMES).orElse("");
    List<String> names = Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (names.size() != elected) {
      throw new InvalidCampaignException("R9: Đại hội Thi đua yêu nước tỉnh đã bầu " + elected + " đại biểu dự Đại hội"
          + " toàn quốc; danh sách có " + names.size() + " người (mỗi người một dòng).");
    }
    if (campaign.nationalDelegateQuota() != null && names.size() > campaign.nationalDelegateQuota()) {
      throw new InvalidCampaignException("R9: Danh sách có " + names.size() + " đại biểu, vượt số được phân bổ "
          + campaign.nationalDelegateQuota() + ".");
    }
    task.getExecution().setVariable(NATIONAL_DELEGATE_COUNT, names.size());
    milestones.milestoneDone(campaignId, Milestone.NATIONAL_DELEGATES, VietnamTime.today(),
        CongressObserversPlugin.currentUser(task), names.size() + " đại biểu");
  }

  /** The delegates the provincial congress elected; none when it was not held. */
  private int elected(Campaign campaign) {
    return progress.find(campaign.id(), campaign.provinceCode())
        .filter(row -> row.status().isHeld())
        .map(CongressProgress::upperDelegates)
        .orElse(0);
  }
}
