package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

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

/**
 * R7: the reviewer granted a new last day. The unit's deadline moves (its next submission is checked against it), the
 * timer re-arms at 00:00 Vietnam time of the day after it, and the extension is recorded with its reason. The
 * decision's own variables are cleared so the next overdue handling starts blank.
 */
@Component("applyExtensionDelegate")
public class ApplyExtensionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate newDeadline = Inputs.parseDate(execution.getVariable(NEW_DEADLINE)).orElseThrow();
    String previous = (String) execution.getVariable(DEADLINE);

    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("from", previous);
    extension.put("to", Inputs.dateText(newDeadline));
    extension.put("reason", execution.getVariable(REASON));
    extension.put("grantedOn", Inputs.dateText(VietnamTime.today()));
    extension.put("grantedBy", Context.getCommandContext().getAuthenticatedUserId());
    SpinJsonNode extensions = (SpinJsonNode) execution.getVariable(EXTENSIONS);
    if (extensions == null) {
      extensions = Spin.JSON("[]");
    }
    extensions.append(Spin.JSON(extension));
    execution.setVariable(EXTENSIONS, extensions);
    Integer count = (Integer) execution.getVariable(EXTENSION_COUNT);
    execution.setVariable(EXTENSION_COUNT, count == null ? 1 : count + 1);

    execution.setVariable(DEADLINE, Inputs.dateText(newDeadline));
    execution.setVariable(DEADLINE_DUE, VietnamTime.overdueFrom(newDeadline));
    execution.removeVariable(DECISION);
    execution.removeVariable(NEW_DEADLINE);
    execution.removeVariable(REASON);
  }
}
