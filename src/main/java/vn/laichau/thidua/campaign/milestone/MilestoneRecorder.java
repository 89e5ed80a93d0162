package vn.laichau.thidua.campaign.milestone;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;

/**
 * Sở Nội vụ's own work (plan IV.2: the guidance, the 10-year review of Chỉ thị 34, the draft plan of the provincial
 * congress): the task opens under its milestone's name (element {@code milestone} of the sub-process), and completing
 * it records the milestone with the day it was done and the document that records it. An escalation of it still
 * unanswered is closed as done.
 */
@Component("milestoneRecorder")
public class MilestoneRecorder implements TaskListener {

  static final String DONE = "DONE";

  private final MilestoneRepository milestones;
  private final EscalationRepository escalations;

  public MilestoneRecorder(MilestoneRepository milestones, EscalationRepository escalations) {
    this.milestones = milestones;
    this.escalations = escalations;
  }

  @Override
  public void notify(DelegateTask task) {
    Milestone milestone = MilestoneWork.milestone(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(MilestoneWork.taskName(milestone));
      return;
    }
    CampaignInputs inputs = new CampaignInputs(task);
    var doneOn = inputs.pastDate(CampaignVariables.DONE_ON, "Ngày hoàn thành");
    String reference = inputs.text(CampaignVariables.REFERENCE, "Số, ký hiệu văn bản");
    inputs.throwIfAny();
    String campaignId = (String) task.getVariable(CampaignVariables.CAMPAIGN_ID);
    String user = CongressObserversPlugin.currentUser(task);
    milestones.milestoneDone(campaignId, milestone, doneOn, user, reference);
    escalations.openEscalationsResolved(campaignId, milestone.name(), null, DONE, user);
    CampaignInputs.consume(task, CampaignVariables.DONE_ON, CampaignVariables.REFERENCE);
  }
}
