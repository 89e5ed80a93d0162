package vn.laichau.thidua.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.camunda.spin.DataFormats;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link FormGuidance} of a task to the engine's answer for its form variables
 * ({@code GET /engine-rest/task/{id}/form-variables}, {@code FormService.getTaskFormVariables}): the command has
 * already checked that the caller may read the task, and the guidance describes that task only, so it is computed
 * with the engine's authorization checks off, as the task listeners that used to store it were. When the caller asks
 * for some names (an embedded form does), only those are added.
 *
 * <p>A Json value is handed over as its text, as a stored one is: REST sends the text to the forms
 * ({@code deserializeValues=false}); a parsed value would be written out as a Java object.
 */
@Component
public class FormGuidancePlugin extends SpringBootProcessEnginePlugin {

  private final ListableBeanFactory beans;
  private volatile Collection<FormGuidance> guidances;

  public FormGuidancePlugin(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Looked up when first needed, not when the engine is built: the guidances use beans that need the engine. */
  private Collection<FormGuidance> guidances() {
    if (guidances == null) {
      guidances = List.copyOf(beans.getBeansOfType(FormGuidance.class).values());
    }
    return guidances;
  }

  /** The guidance of a task as its form reads it; empty for a task that has none. */
  public Map<String, Object> guidanceOf(CommandContext context, TaskEntity task) {
    Map<String, Object> guidance = new LinkedHashMap<>();
    if (task.getProcessDefinitionId() == null) {
      return guidance;
    }
    String processKey = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
    String taskKey = task.getTaskDefinitionKey();
    context.runWithoutAuthorization(() -> {
      guidances().stream().filter(g -> g.guides(processKey, taskKey)).forEach(g -> g.guide(task, guidance));
      return null;
    });
    return guidance;
  }

  /**
   * A value as the engine returns a stored one: typed, and a Json value as its text, which REST hands over as it is
   * and a Java caller reads parsed (the engine parses it on first use).
   */
  public static TypedValue typed(Object value) {
    if (value instanceof SpinJsonNode node) {
      return json(node.toString());
    }
    if (value instanceof JsonValue json) {
      return json.getValueSerialized() != null ? json : json(json.getValue().toString());
    }
    if (value instanceof TypedValue typed) {
      return typed;
    }
    if (value instanceof String text) {
      return Variables.stringValue(text);
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number);
    }
    if (value instanceof Long number) {
      return Variables.longValue(number);
    }
    if (value instanceof Boolean flag) {
      return Variables.booleanValue(flag);
    }
    return Variables.untypedValue(value);
  }

  private static TypedValue json(String text) {
    return new JsonValueImpl(text, DataFormats.JSON_DATAFORMAT_NAME);
  }

  private class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd form && result instanceof VariableMap variables) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(form.resourceId);
        if (task != null) {
          Collection<String> names = form.formVariableNames;
          guidanceOf(context, task).forEach((name, value) -> {
            if (names == null || names.contains(name)) {
              variables.putValueTyped(name, typed(value));
            }
          });
        }
      }
      return result;
    }
  }
}
