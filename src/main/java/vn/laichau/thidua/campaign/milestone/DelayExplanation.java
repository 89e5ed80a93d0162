package vn.laichau.thidua.campaign.milestone;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;

/**
 * R7 for Sở Nội vụ's own work: when its last day has passed, the escalation task is created under the milestone's
 * name and recorded; Sở Nội vụ answers it with the day it expects to finish and the reason, which are recorded for
 * the report to UBND tỉnh.
 */
@Component("delayExplanation")
public class DelayExplanation implements TaskListener {

  static final String EXTEND = "EXTEND";

  private final CampaignRepository campaigns;
  private final EscalationRepository escalations;

  public DelayExplanation(CampaignRepository campaigns, EscalationRepository escalations) {
    this.campaigns = campaigns;
    this.escalations = escalations;
  }

  @Override
  public void notify(DelegateTask task) {
    Milestone milestone = MilestoneWork.milestone(task);
    String campaignId = (String) task.getVariable(CampaignVariables.CAMPAIGN_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(MilestoneWork.lateTaskName(milestone));
      Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
      escalations.escalated(campaignId, milestone.name(), null, campaign.lastDay(milestone), task.getId());
      return;
    }
    CampaignInputs inputs = new CampaignInputs(task);
    var expectedOn = inputs.futureDate(CampaignVariables.EXPECTED_ON, "Ngày dự kiến hoàn thành");
    String reason = inputs.text(CampaignVariables.REASON, "Lý do chậm");
    inputs.throwIfAny();
    escalations.escalationResolved(task.getId(), EXTEND, expectedOn, reason, CongressObserversPlugin.currentUser(task));
    CampaignInputs.consume(task, CampaignVariables.EXPECTED_ON, CampaignVariables.REASON);
  }
}
