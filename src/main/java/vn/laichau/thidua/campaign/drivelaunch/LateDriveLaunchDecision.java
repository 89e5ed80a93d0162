package vn.laichau.thidua.campaign.drivelaunch;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignInputs;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R7 for the special drive: its last day passed with units that have not confirmed. On create the escalation is
 * recorded (a record of the campaign that the escalation's mail and the campaign's progress read, resolved on
 * complete by the task's id); the form shows who they are ({@code pendingUnitsLabel}), computed when it is read
 * ({@link FormGuidance}): a unit that confirms meanwhile, or joins the drive late, is shown as it is now. Sở Nội vụ
 * decides as on any overdue congress
 * ({@code overdueDecisionValidator}, the same form): a new last day for them (EXTEND, with {@code newDeadline} and
 * {@code reason}) or the end of the follow-up (NOT_HELD, with {@code reason}), and they are recorded as not having
 * launched it. On complete, after that check, the escalation records the decision.
 */
@Component("lateDriveLaunchDecision")
public class LateDriveLaunchDecision implements TaskListener, FormGuidance {

  public static final String PENDING_UNITS_LABEL = "pendingUnitsLabel";
  static final String EXTEND = "EXTEND";

  private final DriveLaunchRepository driveLaunches;
  private final EscalationRepository escalations;
  private final UnitRegistry registry;

  public LateDriveLaunchDecision(DriveLaunchRepository driveLaunches, EscalationRepository escalations,
      UnitRegistry registry) {
    this.driveLaunches = driveLaunches;
    this.escalations = escalations;
    this.registry = registry;
  }

  /** The drive's last day that passed: the day before its timer fired. */
  public LocalDate lastDay(DelegateTask task) {
    return VietnamTime.dateOf((java.util.Date) task.getVariable(DRIVE_LAUNCH_DUE)).minusDays(1);
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.EMULATION_CAMPAIGN.equals(processKey) && ProcessKeys.TASK_HANDLE_LATE_DRIVE_LAUNCH.equals(taskKey);
  }

  /** The units that have not confirmed; the campaign is the process's business key, which the server gives it. */
  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    String campaignId = task.getExecution().getProcessBusinessKey();
    guidance.put(PENDING_UNITS_LABEL, driveLaunches.driveLaunchUnits(campaignId, "PENDING").stream()
        .map(code -> registry.find(code).map(Unit::name).orElse(code) + " (" + code + ")")
        .collect(Collectors.joining("; ")));
  }

  @Override
  public void notify(DelegateTask task) {
    String campaignId = (String) task.getVariable(CAMPAIGN_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      escalations.escalated(campaignId, Milestone.DRIVE_LAUNCH.name(), null, lastDay(task), task.getId());
      return;
    }
    String decision = ContractValues.text(task, DECISION).orElseThrow();
    LocalDate newDeadline = EXTEND.equals(decision) ? ContractValues.date(task, NEW_DEADLINE).orElseThrow() : null;
    escalations.escalationResolved(task.getId(), decision, newDeadline,
        ContractValues.text(task, REASON).orElseThrow(), CongressObserversPlugin.currentUser(task));
  }
}
