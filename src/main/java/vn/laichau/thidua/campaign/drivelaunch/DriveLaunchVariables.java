package vn.laichau.thidua.campaign.drivelaunch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import vn.laichau.thidua.campaign.CampaignVariables;

/** Plan II.2: who has not confirmed the launch of the special drive, as process variables people see in Cockpit. */
public final class DriveLaunchVariables {

  private DriveLaunchVariables() {
  }

  /** Sets {@code driveLaunchPending} (JSON list of unit codes) and its count on the campaign's instance. */
  /** The same, from outside the engine's execution (a unit that joins the drive late). */
  public static void refresh(RuntimeService runtimeService, String processInstanceId, List<String> pending) {
    runtimeService.setVariables(processInstanceId, Map.of(
        CampaignVariables.DRIVE_LAUNCH_PENDING, pendingValue(pending),
        CampaignVariables.DRIVE_LAUNCH_PENDING_COUNT, pending.size()));
  }

  public static void refresh(VariableScope scope, List<String> pending) {
    scope.setVariable(CampaignVariables.DRIVE_LAUNCH_PENDING, pendingValue(pending));
    scope.setVariable(CampaignVariables.DRIVE_LAUNCH_PENDING_COUNT, pending.size());
  }

  private static ObjectValue pendingValue(List<String> pending) {
    return Variables.objectValue(new ArrayList<>(pending))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
