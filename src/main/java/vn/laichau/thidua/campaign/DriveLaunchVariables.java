package vn.laichau.thidua.campaign;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/** Plan II.2: who has not confirmed the launch of the special drive, as process variables people see in Cockpit. */
final class DriveLaunchVariables {

  private DriveLaunchVariables() {
  }

  /** Sets {@code driveLaunchPending} (JSON list of unit codes) and its count on the campaign's instance. */
  static void refresh(VariableScope scope, List<String> pending) {
    scope.setVariable(CampaignVariables.DRIVE_LAUNCH_PENDING, Variables.objectValue(new ArrayList<>(pending))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    scope.setVariable(CampaignVariables.DRIVE_LAUNCH_PENDING_COUNT, pending.size());
  }
}
