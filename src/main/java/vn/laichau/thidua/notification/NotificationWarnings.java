package vn.laichau.thidua.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;

/**
 * Reports every addressee a message could not reach: a Vietnamese warning in the log and an entry in the instance's
 * Json variable {@value #VARIABLE}, which Cockpit shows (with its history), so that Sở Nội vụ sees who was not told
 * and can add the address in Admin.
 */
@Component
public class NotificationWarnings {

  /** Process variable: Json array of {@code {"time", "message", "warning"}}. */
  public static final String VARIABLE = "notificationWarnings";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Logger LOG = LoggerFactory.getLogger(NotificationWarnings.class);

  private final ObjectMapper json;

  public NotificationWarnings(ObjectMapper json) {
    this.json = json;
  }

  public void report(DelegateExecution execution, MessageKind kind, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    ArrayNode entries = existing(execution);
    String time = VietnamTime.now().format(TIME);
    for (String problem : problems) {
      LOG.warn("{} cho đơn vị {} (quy trình {}): {}", kind.label(), execution.getBusinessKey(),
          execution.getProcessInstanceId(), problem);
      ObjectNode entry = entries.addObject();
      entry.put("time", time);
      entry.put("message", kind.label());
      entry.put("warning", problem);
    }
    execution.setVariable(VARIABLE, SpinValues.jsonValue(entries.toString()).create());
  }

  private ArrayNode existing(DelegateExecution execution) {
    TypedValue value = execution.getVariableTyped(VARIABLE);
    if (value == null || value.getValue() == null) {
      return json.createArrayNode();
    }
    try {
      return (ArrayNode) json.readTree(value.getValue().toString());
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("Biến " + VARIABLE + " không phải một mảng Json", e);
    }
  }
}
