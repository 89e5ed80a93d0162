package vn.laichau.thidua.campaign.drivelaunch;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.common.VietnamTime;

/** R7: the units still pending get the new last day Sở Nội vụ granted; their confirmation tasks are created again. */
@Component("extendDriveLaunchDelegate")
public class ExtendDriveLaunchDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    var newDeadline = ContractValues.date(execution, NEW_DEADLINE).orElseThrow();
    execution.setVariable(DRIVE_LAUNCH_DUE, VietnamTime.overdueFrom(newDeadline));
    execution.removeVariable(DECISION);
    execution.removeVariable(NEW_DEADLINE);
    execution.removeVariable(REASON);
  }
}
