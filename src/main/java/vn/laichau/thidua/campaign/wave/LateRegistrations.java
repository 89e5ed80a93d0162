package vn.laichau.thidua.campaign.wave;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchRepository;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchVariables;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * A district or provincial agency registered while its part of a running campaign is under way joins it, as the units
 * of the day it began did: the launch of the special drive (plan II.2) while the units confirm it, the pick of a pilot
 * commune (R8) while the districts pick theirs. Once that part is over (the drive recorded, the picks made), a unit
 * registered later has nothing to join there; its congress starts with its wave ({@link UnitRegistrationListener}).
 */
@Component
public class LateRegistrations {

  static final String PILOT_CHOICE = "pilotChoice";
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private static final Logger LOG = LoggerFactory.getLogger(LateRegistrations.class);

  private final RuntimeService runtimeService;
  private final CampaignRepository campaigns;
  private final DriveLaunchRepository driveLaunchRepository;
  private final EscalationRepository escalationRepository;

  public LateRegistrations(RuntimeService runtimeService, CampaignRepository campaigns,
      DriveLaunchRepository driveLaunchRepository, EscalationRepository escalationRepository) {
    this.runtimeService = runtimeService;
    this.campaigns = campaigns;
    this.driveLaunchRepository = driveLaunchRepository;
    this.escalationRepository = escalationRepository;
  }

  /**
   * Plan II.2: the unit confirms its launch beside the others; while Sở Nội vụ handles the late ones, it is one of them
   * (an extension gives it a confirmation task, a close records it as not launched).
   */
  void joinDriveLaunch(String processInstanceId, String campaignId, Unit unit) {
    if (unit.level() != Level.SO_NGANH_HUYEN || driveLaunchRepository.driveLaunches(campaignId).stream()
        .anyMatch(launch -> launch.unitCode().equals(unit.code()))) {
      return; // not a launching unit, or one the drive knows already (a unit saved again)
    }
    ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
    Optional<ActivityInstance> confirmations = find(tree, ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH + MULTI_INSTANCE_BODY);
    if (confirmations.isEmpty() && find(tree, ProcessKeys.TASK_HANDLE_LATE_DRIVE_LAUNCH).isEmpty()) {
      return; // the drive has been recorded
    }
    driveLaunchRepository.expectDriveLaunch(campaignId, List.of(unit.code()));
    if (confirmations.isPresent()) {
      runtimeService.createProcessInstanceModification(processInstanceId)
          .startBeforeActivity(ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH, confirmations.get().getId())
          .setVariableLocal(CampaignVariables.LAUNCH_UNIT, unit.code())
          .execute();
    }
    DriveLaunchVariables.refresh(runtimeService, processInstanceId,
        driveLaunchRepository.driveLaunchUnits(campaignId, "PENDING"));
    LOG.info("Campaign {}: {} ({}) joins the launch of the special drive", campaignId, unit.code(), unit.name());
  }

  /** R8: a new district picks its pilot commune beside the others while they pick theirs. */
  void joinPilotChoice(String processInstanceId, String campaignId, Unit unit) {
    if (!unit.isDistrict() || campaigns.pilotCommunes(campaignId).containsKey(unit.code())
        || escalationRepository.escalations(campaignId).stream().anyMatch(escalation -> escalation.resolution() != null
            && Milestone.PILOT_CHOICE.name().equals(escalation.subject())
            && unit.code().equals(escalation.unitCode()))) {
      return; // the district has its pilot commune, or Sở Nội vụ recorded it has none
    }
    Optional<ActivityInstance> picks = find(runtimeService.getActivityInstance(processInstanceId),
        PILOT_CHOICE + MULTI_INSTANCE_BODY);
    if (picks.isEmpty() || hasInstanceFor(picks.get(), CampaignVariables.DISTRICT, unit)) {
      return;
    }
    runtimeService.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(PILOT_CHOICE, picks.get().getId())
        .setVariableLocal(CampaignVariables.DISTRICT, unit.code())
        .execute();
    LOG.info("Campaign {}: {} ({}) picks its pilot commune with the other districts", campaignId, unit.code(),
        unit.name());
  }

  /** An inner instance of the loop is the unit's (a unit saved again while the loop runs). */
  private boolean hasInstanceFor(ActivityInstance body, String elementVariable, Unit unit) {
    for (ActivityInstance inner : body.getChildActivityInstances()) {
      for (String executionId : inner.getExecutionIds()) {
        if (unit.code().equals(runtimeService.getVariable(executionId, elementVariable))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<ActivityInstance> find(ActivityInstance instance, String activityId) {
    if (activityId.equals(instance.getActivityId())) {
      return Optional.of(instance);
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      Optional<ActivityInstance> found = find(child, activityId);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
