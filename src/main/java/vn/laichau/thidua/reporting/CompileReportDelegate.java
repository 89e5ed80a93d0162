package vn.laichau.thidua.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignVariables;

/**
 * R9: at the end of the campaign, Sở Nội vụ's report to UBND tỉnh is attached to the campaign ({@code reportToUbnd}):
 * the same DOCX as {@code GET /api/campaigns/{id}/report.docx}, with the national delegates Sở Nội vụ recorded.
 */
@Component("compileReportDelegate")
public class CompileReportDelegate implements JavaDelegate {

  private final CampaignReport report;

  public CompileReportDelegate(CampaignReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    byte[] docx = report.docx(campaignId,
        CampaignReport.delegateLines(execution.getVariable(CampaignVariables.NATIONAL_DELEGATE_NAMES)));
    execution.setVariable(CampaignVariables.REPORT_TO_UBND,
        Variables.fileValue(CampaignReport.fileName(campaignId, "docx"))
            .file(docx)
            .mimeType(CampaignReport.DOCX_TYPE)
            .create());
  }
}
