package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * R7: the reviewer granted a new last day. The unit's deadline moves in the server's register (its next submission
 * is checked against it, and the overdue timer that follows re-arms at 00:00 Vietnam time of the day after it), and
 * the extension is recorded with its reason. The {@code deadline} variable follows for the forms and the reminders of
 * the new last day. The decision's own variables are cleared so the next overdue handling starts blank.
 */
@Component("applyExtensionDelegate")
public class ApplyExtensionDelegate implements JavaDelegate {

  private final CongressFacts facts;

  public ApplyExtensionDelegate(CongressFacts facts) {
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // checked by the decision's validator when the reviewer completed handleOverdue
    LocalDate newDeadline = ContractValues.date(execution, NEW_DEADLINE).orElseThrow();
    String previous = ContractValues.dateText(facts.of(execution).deadline());

    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("from", previous);
    extension.put("to", ContractValues.dateText(newDeadline));
    extension.put("reason", execution.getVariable(REASON));
    extension.put("grantedOn", ContractValues.dateText(VietnamTime.today()));
    extension.put("grantedBy", Context.getCommandContext().getAuthenticatedUserId());
    SpinJsonNode extensions = (SpinJsonNode) execution.getVariable(EXTENSIONS);
    if (extensions == null) {
      extensions = Spin.JSON("[]");
    }
    extensions.append(Spin.JSON(extension));
    execution.setVariable(EXTENSIONS, extensions);
    Integer count = (Integer) execution.getVariable(EXTENSION_COUNT);
    execution.setVariable(EXTENSION_COUNT, count == null ? 1 : count + 1);

    facts.extend(execution.getProcessInstanceId(), newDeadline);
    execution.setVariable(DEADLINE, ContractValues.dateText(newDeadline));
    execution.removeVariable(DECISION);
    execution.removeVariable(NEW_DEADLINE);
    execution.removeVariable(REASON);
  }
}
