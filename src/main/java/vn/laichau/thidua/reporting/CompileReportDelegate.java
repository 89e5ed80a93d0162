package vn.laichau.thidua.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.ContractVariables;

/**
 * R9: the aggregated results for UBND tỉnh, as a file attached to the campaign ({@code reportToUbnd}, HTML), computed
 * by the same service as {@code GET /api/campaigns/{id}/progress}, so the report and the API never disagree.
 */
@Component("compileReportDelegate")
public class CompileReportDelegate implements JavaDelegate {

  static final String MIME_TYPE = "text/html";

  private final CampaignProgressService progress;

  public CompileReportDelegate(CampaignProgressService progress) {
    this.progress = progress;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    List<String> delegates = ContractVariables.text(execution, CampaignVariables.NATIONAL_DELEGATE_NAMES)
        .map(text -> Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList())
        .orElse(List.of());
    String html = ReportDocument.html(progress.progress(campaignId), delegates);
    execution.setVariable(CampaignVariables.REPORT_TO_UBND,
        Variables.fileValue("bao-cao-ket-qua-dai-hoi-" + campaignId + ".html")
            .file(html.getBytes(StandardCharsets.UTF_8))
            .mimeType(MIME_TYPE)
            .encoding(StandardCharsets.UTF_8)
            .create());
  }
}
