package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.unit.RegistryProperties;
import vn.laichau.thidua.unit.UnitRegistry;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchRepository;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchVariables;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;

/**
 * The first step of a campaign: the campaign of the business key (or of the start form's {@code campaignId}), created
 * from the start form's values and the plan's defaults when it does not exist yet, and its deadlines as timer dates. It
 * runs in the start's transaction: a refused start (bad dates, unknown province, the campaign already running) leaves
 * nothing behind, and over REST it is a 400 (a {@link InvalidCampaignException}).
 */
@Component("prepareCampaignDelegate")
public class PrepareCampaignDelegate implements JavaDelegate {

  /** Start-form fields that describe a new campaign; an existing campaign is started with its stored values. */
  static final List<String> DEFINITION_FIELDS = List.of("provinceCode", "name", "submissionLeadDays",
      "guidanceLastDay", "driveLaunchLastDay", "directiveReviewLastDay", "pilotChoiceLastDay", "provincialPlanLastDay",
      "pilotCommuneLastDay", "provincialPilotLastDay", "coSoLastDay", "soNganhHuyenLastDay", "tinhLastDay",
      "nationalDelegateQuota");

  private final CampaignService campaigns;
  private final CampaignRepository repository;
  private final DriveLaunchRepository driveLaunches;
  private final CampaignUnits units;
  private final RuntimeService runtimeService;
  private final UnitRegistry registry;
  private final RegistryProperties registryProperties;

  public PrepareCampaignDelegate(CampaignService campaigns, CampaignRepository repository,
      DriveLaunchRepository driveLaunches, CampaignUnits units, RuntimeService runtimeService, UnitRegistry registry,
      RegistryProperties registryProperties) {
    this.campaigns = campaigns;
    this.repository = repository;
    this.driveLaunches = driveLaunches;
    this.units = units;
    this.runtimeService = runtimeService;
    this.registry = registry;
    this.registryProperties = registryProperties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String campaignId = ContractValues.text(execution, CAMPAIGN_ID).orElse(businessKey);
    if (campaignId == null) {
      throw new InvalidCampaignException("Thiếu mã đợt thi đua (campaignId), ví dụ LAICHAU-2025.");
    }
    if (businessKey == null) {
      execution.setProcessBusinessKey(campaignId);
    } else if (!businessKey.equals(campaignId)) {
      throw new InvalidCampaignException("Khóa nghiệp vụ '" + businessKey + "' phải là mã đợt thi đua '" + campaignId
          + "'.");
    }
    // the province's row is locked until this start commits: a second start of a campaign waits, then finds this one
    registry.findForUpdate(registryProperties.provinceCode());
    if (isAlreadyRunning(campaignId, execution.getProcessInstanceId())) {
      throw new CampaignAlreadyRunningException(campaignId);
    }

    Map<String, Object> given = new LinkedHashMap<>();
    for (String field : DEFINITION_FIELDS) {
      Object value = execution.getVariable(field);
      if (value != null && !(value instanceof String s && s.isBlank())) {
        given.put(field, value);
      }
    }
    Campaign campaign;
    Optional<Campaign> stored = repository.find(campaignId);
    if (stored.isPresent()) {
      if (!given.isEmpty()) {
        throw new InvalidCampaignException("Đợt thi đua " + campaignId + " đã có, với lịch đã lưu; khi khởi động không"
            + " nhập lại " + String.join(", ", given.keySet()) + ". Muốn lịch khác thì tạo đợt mới với mã khác.");
      }
      campaign = stored.get();
    } else {
      campaign = campaigns.create(request(campaignId, given), CongressObserversPlugin.currentUser(execution));
    }

    execution.setVariable(CAMPAIGN_ID, campaign.id());
    execution.setVariable(CAMPAIGN_NAME, campaign.name());
    execution.setVariable(PROVINCE_CODE, campaign.provinceCode());
    execution.setVariable(GUIDANCE_DUE, VietnamTime.overdueFrom(campaign.guidanceLastDay()));
    execution.setVariable(DRIVE_LAUNCH_DUE, VietnamTime.overdueFrom(campaign.driveLaunchLastDay()));
    execution.setVariable(DIRECTIVE_REVIEW_DUE, VietnamTime.overdueFrom(campaign.directiveReviewLastDay()));
    execution.setVariable(PROVINCIAL_PLAN_DUE, VietnamTime.overdueFrom(campaign.provincialPlanLastDay()));
    execution.setVariable(PILOT_CHOICE_DUE, VietnamTime.overdueFrom(campaign.pilotChoiceLastDay()));
    execution.setVariable(PROVINCIAL_PREPARATION_DUE, VietnamTime.startOf(campaign.provincialPreparationStart()));

    // plan II.2: every district and provincial agency confirms the launch; until it does, it is pending
    driveLaunches.expectDriveLaunch(campaign.id(), units.driveLaunchUnits());
    DriveLaunchVariables.refresh(execution, driveLaunches.driveLaunchUnits(campaign.id(), "PENDING"));
  }

  private static CampaignRequest request(String id, Map<String, Object> given) {
    Map<String, LocalDate> levels = new LinkedHashMap<>();
    date(given, "coSoLastDay").ifPresent(day -> levels.put(Level.CO_SO.name(), day));
    date(given, "soNganhHuyenLastDay").ifPresent(day -> levels.put(Level.SO_NGANH_HUYEN.name(), day));
    date(given, "tinhLastDay").ifPresent(day -> levels.put(Level.TINH.name(), day));
    return new CampaignRequest(id, text(given, "provinceCode"), text(given, "name"),
        integer(given, "submissionLeadDays"), date(given, "guidanceLastDay").orElse(null),
        date(given, "driveLaunchLastDay").orElse(null), date(given, "directiveReviewLastDay").orElse(null),
        date(given, "pilotChoiceLastDay").orElse(null), date(given, "provincialPlanLastDay").orElse(null),
        date(given, "pilotCommuneLastDay").orElse(null), date(given, "provincialPilotLastDay").orElse(null),
        levels, null, integer(given, "nationalDelegateQuota"));
  }

  private static String text(Map<String, Object> given, String field) {
    Object value = given.get(field);
    return value == null ? null : value.toString();
  }

  private static Integer integer(Map<String, Object> given, String field) {
    Object value = given.get(field);
    if (value == null) {
      return null;
    }
    return ContractValues.parseInteger(value).orElseThrow(() -> new InvalidCampaignException(
        "Giá trị '" + value + "' của " + field + " phải là số nguyên."));
  }

  private static Optional<LocalDate> date(Map<String, Object> given, String field) {
    Object value = given.get(field);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(ContractValues.parseDate(value).orElseThrow(() -> new InvalidCampaignException(
        "Ngày '" + value + "' của " + field + " không đúng dạng năm-tháng-ngày (yyyy-MM-dd).")));
  }

  /** Counted as the system: whoever started the other instance, the campaign runs once. */
  private boolean isAlreadyRunning(String campaignId, String ownInstanceId) {
    return Context.getCommandContext().runWithoutAuthorization(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN)
        .processInstanceBusinessKey(campaignId)
        .list()
        .stream()
        .anyMatch(instance -> !instance.getId().equals(ownInstanceId)));
  }
}
