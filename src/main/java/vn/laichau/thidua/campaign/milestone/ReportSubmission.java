package vn.laichau.thidua.campaign.milestone;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;

/** R9: Sở Nội vụ sent the report to UBND tỉnh; the day and the document are recorded as the campaign's last milestone. */
@Component("reportSubmission")
public class ReportSubmission implements TaskListener {

  private final MilestoneRepository milestones;

  public ReportSubmission(MilestoneRepository milestones) {
    this.milestones = milestones;
  }

  @Override
  public void notify(DelegateTask task) {
    CampaignInputs inputs = new CampaignInputs(task);
    var sentOn = inputs.pastDate(SENT_ON, "Ngày trình UBND tỉnh");
    String reference = inputs.text(REFERENCE, "Số, ký hiệu văn bản báo cáo");
    inputs.throwIfAny();
    milestones.milestoneDone((String) task.getVariable(CAMPAIGN_ID), Milestone.REPORT_TO_UBND, sentOn,
        CongressObserversPlugin.currentUser(task), reference);
  }
}
