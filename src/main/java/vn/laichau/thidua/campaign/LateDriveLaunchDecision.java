package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R7 for the special drive: its last day passed with units that have not confirmed. On create the escalation is
 * recorded and the task shows who they are ({@code pendingUnitsLabel}). Sở Nội vụ decides as on any overdue congress
 * ({@code overdueDecisionValidator}, the same form): a new last day for them (EXTEND, with {@code newDeadline} and
 * {@code reason}) or the end of the follow-up (NOT_HELD, with {@code reason}), and they are recorded as not having
 * launched it. On complete, after that check, the escalation records the decision.
 */
@Component("lateDriveLaunchDecision")
public class LateDriveLaunchDecision implements TaskListener {

  public static final String PENDING_UNITS_LABEL = "pendingUnitsLabel";
  static final String EXTEND = "EXTEND";

  private final CampaignRepository campaigns;
  private final UnitRegistry registry;

  public LateDriveLaunchDecision(CampaignRepository campaigns, UnitRegistry registry) {
    this.campaigns = campaigns;
    this.registry = registry;
  }

  /** The drive's last day that passed: the day before its timer fired. */
  public LocalDate lastDay(DelegateTask task) {
    return VietnamTime.dateOf((java.util.Date) task.getVariable(DRIVE_LAUNCH_DUE)).minusDays(1);
  }

  @Override
  public void notify(DelegateTask task) {
    String campaignId = (String) task.getVariable(CAMPAIGN_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      campaigns.escalated(campaignId, Milestone.DRIVE_LAUNCH.name(), null, lastDay(task), task.getId());
      task.setVariableLocal(PENDING_UNITS_LABEL, campaigns.driveLaunchUnits(campaignId, "PENDING").stream()
          .map(code -> registry.find(code).map(Unit::name).orElse(code) + " (" + code + ")")
          .collect(Collectors.joining("; ")));
      return;
    }
    String decision = ContractVariables.text(task, DECISION).orElseThrow();
    LocalDate newDeadline = EXTEND.equals(decision) ? ContractVariables.date(task, NEW_DEADLINE).orElseThrow() : null;
    campaigns.escalationResolved(task.getId(), decision, newDeadline,
        ContractVariables.text(task, REASON).orElseThrow(), CongressObserversPlugin.currentUser(task));
  }
}
