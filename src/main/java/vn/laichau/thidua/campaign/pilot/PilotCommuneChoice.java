package vn.laichau.thidua.campaign.pilot;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignUnits;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R8: each district picks exactly one of its communes for its pilot conference ({@code choosePilotCommune}); when it
 * has not by its last day, Sở Nội vụ picks for it or records that it has none ({@code chooseOverduePilotCommune}).
 *
 * <p>The form shows the district's name and its communes ({@code districtName}, {@code communeOptions}), computed when
 * it is read ({@link FormGuidance}), so a commune registered or retired meanwhile is offered as it is now. On create,
 * for Sở Nội vụ's task only: the escalation (R7), a record of the campaign that the escalation's mail and the
 * campaign's progress read and that the completion resolves by the task's id. On complete: a commune outside the
 * district, a retired one, or a second pick for the district is refused; an accepted pick is stored in the campaign
 * ({@code campaign_pilot}), from which the calendar gives the commune the pilot's date.
 */
@Component("pilotCommuneChoice")
public class PilotCommuneChoice implements TaskListener, FormGuidance {

  static final String PICK = "PICK";
  static final String NONE = "NONE";

  private final CampaignRepository campaigns;
  private final MilestoneRepository milestones;
  private final EscalationRepository escalationRepository;
  private final CampaignUnits units;
  private final UnitRegistry registry;
  private final PilotCommunes pilots;

  public PilotCommuneChoice(CampaignRepository campaigns, MilestoneRepository milestones,
      EscalationRepository escalationRepository, CampaignUnits units, UnitRegistry registry, PilotCommunes pilots) {
    this.campaigns = campaigns;
    this.milestones = milestones;
    this.escalationRepository = escalationRepository;
    this.units = units;
    this.registry = registry;
    this.pilots = pilots;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.EMULATION_CAMPAIGN.equals(processKey) && (ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE.equals(taskKey)
        || ProcessKeys.TASK_CHOOSE_OVERDUE_PILOT_COMMUNE.equals(taskKey));
  }

  /** The district the task is about (the server's loop variable) and the communes it may pick from. */
  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    String district = (String) task.getVariable(DISTRICT);
    guidance.put(DISTRICT_NAME, registry.find(district).map(Unit::name).orElse(district));
    List<Map<String, String>> options = units.communes(district).stream()
        .map(commune -> Map.of("label", commune.name() + " (" + commune.code() + ")", "value", commune.code()))
        .toList();
    guidance.put(COMMUNE_OPTIONS, Spin.JSON(options));
  }

  @Override
  public void notify(DelegateTask task) {
    String campaignId = (String) task.getVariable(CAMPAIGN_ID);
    String district = (String) task.getVariable(DISTRICT);
    boolean bySoNoiVu = ProcessKeys.TASK_CHOOSE_OVERDUE_PILOT_COMMUNE.equals(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      escalated(task, campaignId, district);
    } else {
      completed(task, campaignId, district, bySoNoiVu);
    }
  }

  /** R7: Sở Nội vụ's task is the escalation of a district that has not picked by its last day. */
  private void escalated(DelegateTask task, String campaignId, String district) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    escalationRepository.escalated(campaignId, Milestone.PILOT_CHOICE.name(), district, campaign.pilotChoiceLastDay(),
        task.getId());
  }

  private void completed(DelegateTask task, String campaignId, String district, boolean bySoNoiVu) {
    CampaignInputs inputs = new CampaignInputs(task);
    String user = CongressObserversPlugin.currentUser(task);
    String decision = PICK;
    if (bySoNoiVu) {
      decision = ContractValues.text(task, PILOT_DECISION).orElse("");
      if (!decision.equals(PICK) && !decision.equals(NONE)) {
        inputs.problem("R8: Chọn một trong hai: Sở Nội vụ chọn thay xã chỉ đạo điểm (PICK) hoặc ghi nhận huyện không"
            + " có xã chỉ đạo điểm (NONE).");
        inputs.throwIfAny();
      }
    }
    if (decision.equals(NONE)) {
      String reason = inputs.text(REASON, "Lý do huyện không có xã chỉ đạo điểm");
      inputs.throwIfAny();
      escalationRepository.escalationResolved(task.getId(), NONE, null, reason, user);
      CampaignInputs.consume(task, PILOT_DECISION, REASON, PILOT_COMMUNE);
      recordWhenEveryDistrictDecided(campaignId, user);
      return;
    }
    String communeCode = inputs.text(PILOT_COMMUNE, "Xã chỉ đạo điểm");
    inputs.throwIfAny();
    pilots.pickForDistrict(campaignId, district, communeCode, user);
    if (bySoNoiVu) {
      escalationRepository.escalationResolved(task.getId(), PICK, null,
          ContractValues.text(task, REASON).orElse(null), user);
    }
    CampaignInputs.consume(task, PILOT_DECISION, REASON, PILOT_COMMUNE);
    recordWhenEveryDistrictDecided(campaignId, user);
  }

  /** The milestone is done when every district has its pilot commune or Sở Nội vụ recorded that it has none. */
  private void recordWhenEveryDistrictDecided(String campaignId, String user) {
    int districts = units.districts(campaignId).size();
    int picked = campaigns.pilotCommunes(campaignId).size();
    long none = escalationRepository.escalations(campaignId).stream()
        .filter(e -> Milestone.PILOT_CHOICE.name().equals(e.subject()) && NONE.equals(e.resolution())).count();
    if (picked + none >= districts) {
      milestones.milestoneDone(campaignId, Milestone.PILOT_CHOICE, vn.laichau.thidua.common.VietnamTime.today(), user,
          picked + "/" + districts + " huyện, thành phố có xã chỉ đạo điểm");
    }
  }
}
