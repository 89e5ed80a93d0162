package vn.laichau.thidua.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import vn.laichau.thidua.congress.RuleViolationException;

/**
 * A completion carries its form's fields and nothing else. The engine sets a completion's variables on the process
 * before any listener runs, so a name the form does not send (the reviewer's group, the unit's code, a wave flag, a
 * name that shadows a server bean in expressions) would change the process whatever the listeners check afterwards.
 * This interceptor therefore looks at every completion before the engine executes it, whichever way it comes
 * ({@code complete}, {@code submit-form}, {@code resolve}, over {@code /engine-rest}, Tasklist or Java), and refuses
 * any name that the task's declaration in {@link CompletionFields} does not list: a 400 with the names, the task still
 * open and nothing stored. A start (by Sở Nội vụ, or a campaign's wave) may not bring a variable named like a bean.
 */
public class CompletionGuard extends CommandInterceptor {

  static final int MAX_JSON_DEPTH = 20;
  private static final String JSON_TYPE = "json";
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build();

  private final CompletionFields fields;
  private final Predicate<String> isBean;

  /**
   * @param isBean whether a name is a bean of the server: a variable of that name would shadow the bean in every
   *               expression of the process ({@code ${draftPlanValidator}}), so no start may bring one either
   */
  public CompletionGuard(CompletionFields fields, Predicate<String> isBean) {
    this.fields = fields;
    this.isBean = isBean;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd) {
      Object variables = command instanceof StartProcessInstanceCmd
          ? ((ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder")).getVariables()
          : read(command, "variables");
      if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
        List<String> beans = map.keySet().stream().map(String::valueOf).filter(isBean).sorted().toList();
        if (!beans.isEmpty()) {
          throw new RuleViolationException("Không khởi động được: biến «" + String.join("», «", beans)
              + "» trùng tên một thành phần của hệ thống. Không có gì được tạo.");
        }
      }
    }
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      Map<?, ?> variables = (Map<?, ?>) read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
      if (variables != null && !variables.isEmpty()) {
        refuseObjects(variables);
        refuseUnreadableJson(variables);
        check((String) read(command, "taskId"), variables.keySet());
      }
    }
    return next.execute(command);
  }

  /**
   * No form sends an object: an {@code Object} value would be deserialized into whatever class it names when the
   * process reads it, so it is refused before it is stored.
   */
  private static void refuseObjects(Map<?, ?> variables) {
    // a VariableMap's getValue() would deserialize the object: its typed value is looked at instead
    List<String> objects = variables.keySet().stream()
        .filter(name -> (variables instanceof VariableMap typed ? typed.getValueTyped((String) name)
            : variables.get(name)) instanceof ObjectValue)
        .map(String::valueOf).sorted().toList();
    if (!objects.isEmpty()) {
      throw new RuleViolationException("Biến «" + String.join("», «", objects) + "» được gửi dưới dạng đối tượng"
          + " (Object): biểu mẫu chỉ gửi chữ, số, ngày, đúng/sai, Json và tệp. Không có gì được lưu.");
    }
  }

  /**
   * A form's Json is a flat list (the programme's items); one nested deeper than {@link #MAX_JSON_DEPTH}, or that is
   * not Json at all, would fail only when a listener reads it, as a server error. It is refused here instead.
   */
  private static void refuseUnreadableJson(Map<?, ?> variables) {
    if (!(variables instanceof VariableMap typed)) {
      return;
    }
    for (String name : typed.keySet()) {
      if (typed.getValueTyped(name) instanceof SerializableValue value && value.getType() != null
          && JSON_TYPE.equals(value.getType().getName()) && value.getValueSerialized() != null) {
        try (JsonParser parser = JSON.createParser(value.getValueSerialized())) {
          while (parser.nextToken() != null) {
            // reading to the end checks the syntax and the depth
          }
        } catch (IOException e) {
          throw new RuleViolationException("Biến «" + name + "» không phải Json hợp lệ hoặc lồng quá " + MAX_JSON_DEPTH
              + " mức: biểu mẫu chỉ gửi danh sách phẳng. Không có gì được lưu.");
        }
      }
    }
  }

  private void check(String taskId, Set<?> names) {
    TaskKeys task = next.execute(context -> context.runWithoutAuthorization(() -> find(context, taskId)));
    if (task == null) {
      // the engine answers for an unknown task itself (404 over REST)
      return;
    }
    Set<String> accepted = fields.accepted(task.processKey(), task.taskKey());
    List<String> refused = names.stream().map(String::valueOf).filter(name -> !accepted.contains(name)).sorted()
        .toList();
    if (!refused.isEmpty()) {
      throw new RuleViolationException("Việc «" + task.taskName() + "» (" + task.taskKey() + ") không nhận "
          + (refused.size() == 1 ? "biến" : "các biến") + " «" + String.join("», «", refused) + "»: biểu mẫu của việc"
          + " này chỉ gửi " + (accepted.isEmpty() ? "không biến nào" : String.join(", ", accepted))
          + ". Không có gì được lưu; việc vẫn đang chờ xử lý.");
    }
  }

  private static TaskKeys find(CommandContext context, String taskId) {
    if (taskId == null) {
      return null;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    String processKey = "";
    if (task.getProcessDefinitionId() != null) {
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
      processKey = definition.getKey();
    }
    String taskKey = task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey();
    return new TaskKeys(processKey, taskKey, task.getName() == null ? taskKey : task.getName());
  }

  /**
   * The engine's commands keep their arguments in protected fields without getters. A field that cannot be read
   * (an engine upgrade renamed it) refuses the completion rather than letting it through unchecked.
   */
  private static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        break;
      }
    }
    throw new IllegalStateException("Không kiểm tra được biến của lệnh " + command.getClass().getName()
        + " (trường " + name + "): việc không được hoàn thành.");
  }

  private record TaskKeys(String processKey, String taskKey, String taskName) {
  }
}
