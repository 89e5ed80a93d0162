package vn.laichau.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.common.SystemContext;
import vn.laichau.thidua.common.TaskCompletions;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Sở Nội vụ's report to UBND tỉnh on a campaign as it stands (R9), as DOCX and XLSX: on demand, and at the end of the
 * campaign ({@link CompileReportDelegate}), the same document. Always on the whole province.
 */
@Service
public class CampaignReport {

  public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CampaignProgressService progress;
  private final DashboardService dashboard;
  private final CampaignRepository campaigns;
  private final UnitRegistry registry;
  private final HistoryService history;
  private final IdentityService identity;
  private final TaskCompletions completions;

  public CampaignReport(CampaignProgressService progress, DashboardService dashboard, CampaignRepository campaigns,
      UnitRegistry registry, HistoryService history, IdentityService identity, TaskCompletions completions) {
    this.progress = progress;
    this.dashboard = dashboard;
    this.campaigns = campaigns;
    this.registry = registry;
    this.history = history;
    this.identity = identity;
    this.completions = completions;
  }

  /** The file's name: "bao-cao-dai-hoi-LAICHAU-2025-2025-10-05.docx". */
  public static String fileName(String campaignId, String extension) {
    return "bao-cao-dai-hoi-" + campaignId + "-" + VietnamTime.today() + "." + extension;
  }

  public byte[] docx(String campaignId) {
    return docx(campaignId, nationalDelegates(campaignId));
  }

  public byte[] docx(String campaignId, List<String> nationalDelegates) {
    ProgressScope province = ProgressScope.wholeProvince();
    return ReportDocument.docx(progress.progress(campaignId, province), dashboard.dashboard(campaignId, province),
        nationalDelegates);
  }

  public byte[] xlsx(String campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    CampaignProgress figures = progress.progress(campaignId, ProgressScope.wholeProvince());
    Map<String, String> districtNames = registry.findByParent(campaign.provinceCode()).stream()
        .collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
    return ReportWorkbook.xlsx(progress.rows(campaignId, ProgressScope.wholeProvince()), figures.lateUnits(),
        districtNames, figures.asOf());
  }

  /** The names Sở Nội vụ recorded for the national congress (R9), one a line; none before they are recorded. */
  public static List<String> delegateLines(Object text) {
    if (!(text instanceof String names)) {
      return List.of();
    }
    return Arrays.stream(names.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** As Sở Nội vụ's completion of the national step gave them, while the campaign runs and after its end alike. */
  private List<String> nationalDelegates(String campaignId) {
    return SystemContext.call(identity, () -> {
      Optional<HistoricProcessInstance> instance = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).processInstanceBusinessKey(campaignId)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
      return instance.flatMap(i -> completions.lastGiven(i.getId(), ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES,
              CampaignVariables.NATIONAL_DELEGATE_NAMES))
          .map(JsonNode::asText)
          .map(CampaignReport::delegateLines)
          .orElse(List.of());
    });
  }
}
