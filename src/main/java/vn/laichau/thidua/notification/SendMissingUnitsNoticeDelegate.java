package vn.laichau.thidua.notification;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.notification.NotificationService.Concerning;
import vn.laichau.thidua.reporting.CampaignProgress.UnitLine;
import vn.laichau.thidua.reporting.CampaignProgressService;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The provincial congress's preparation starts on its calendar date, whichever units have not finished: tells Sở Nội
 * vụ (and UBND tỉnh) who they are, the same list as the report's ({@link CampaignProgressService}).
 */
@Component("sendMissingUnitsNotice")
public class SendMissingUnitsNoticeDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final CampaignRepository campaigns;
  private final CampaignProgressService progress;
  private final UnitRegistry registry;
  private final MailTemplates templates;

  public SendMissingUnitsNoticeDelegate(NotificationService notifications, CampaignRepository campaigns,
      CampaignProgressService progress, UnitRegistry registry, MailTemplates templates) {
    this.notifications = notifications;
    this.campaigns = campaigns;
    this.progress = progress;
    this.registry = registry;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = ContractValues.required(execution, CampaignVariables.CAMPAIGN_ID);
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    Unit province = registry.find(campaign.provinceCode()).orElseThrow(() -> new IllegalStateException(
        "Không tìm thấy tỉnh " + campaign.provinceCode() + " trong danh sách đơn vị: không soạn được thư"));
    List<UnitLine> missing = progress.missingAtProvincialStart(campaignId);
    String lines = missing.isEmpty() ? templates.label("missing.none") : missing.stream()
        .map(unit -> templates.label("missing.unit", unit.name(), unit.code(), VietnamTime.format(unit.lastDay()),
            unit.status()))
        .collect(Collectors.joining("\n"));
    Map<String, String> facts = Map.of(
        "campaignName", campaign.name(),
        "startDate", VietnamTime.format(campaign.provincialPreparationStart()),
        "missingCount", Integer.toString(missing.size()),
        "missingUnits", lines);
    notifications.send(execution, MessageKind.PROVINCIAL_START, "provincial-start-missing-units",
        new Concerning(province.code(), province.name(), campaign.levelLastDay(Level.TINH)),
        List.of(Addressee.group(Groups.SO_NOI_VU), Addressee.group(Groups.UBND_TINH)), facts);
  }
}
