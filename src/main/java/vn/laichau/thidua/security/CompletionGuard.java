package vn.laichau.thidua.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
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
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.laichau.thidua.common.FormGuidancePlugin;
import vn.laichau.thidua.congress.RuleViolationException;

/**
 * A completion carries its form's fields and nothing else. The engine sets a completion's variables on the process
 * before any listener runs, so a name the form does not send (the reviewer's group, the unit's code, a wave flag, a
 * name that shadows a server bean in expressions) would change the process whatever the listeners check afterwards.
 * This interceptor therefore looks at every completion before the engine executes it, whichever way it comes
 * ({@code complete}, {@code submit-form}, {@code resolve}, over {@code /engine-rest}, Tasklist or Java), and refuses
 * any name that the task's declaration in {@link CompletionFields} does not list and that would change something (a new
 * variable, or another value than the task sees): a 400 with the names, the task still open and nothing stored. A
 * start (by Sở Nội vụ, or a campaign's wave) may not bring a variable named like a bean.
 */
public class CompletionGuard extends CommandInterceptor {

  static final int MAX_JSON_DEPTH = 20;
  private static final String JSON_TYPE = "json";
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build();
  private static final ObjectMapper JSON_TREES = new ObjectMapper(JSON);

  private final CompletionFields fields;
  private final Predicate<String> isBean;
  private final BiFunction<CommandContext, TaskEntity, Map<String, Object>> guidance;

  /**
   * @param isBean whether a name is a bean of the server: a variable of that name would shadow the bean in every
   *               expression of the process ({@code ${draftPlanValidator}}), so no start may bring one either
   */
  public CompletionGuard(CompletionFields fields, Predicate<String> isBean) {
    this(fields, isBean, (context, task) -> Map.of());
  }

  /**
   * @param guidance what the task's form shows beside the process's variables, computed when it is read
   *                 ({@link FormGuidancePlugin}): a form may send it back as it received it, like a stored fact
   */
  public CompletionGuard(CompletionFields fields, Predicate<String> isBean,
      BiFunction<CommandContext, TaskEntity, Map<String, Object>> guidance) {
    this.fields = fields;
    this.isBean = isBean;
    this.guidance = guidance;
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
      String field = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
      Map<?, ?> variables = (Map<?, ?>) read(command, field);
      if (variables != null && !variables.isEmpty()) {
        refuseObjects(variables);
        refuseUnreadableJson(variables);
        String taskId = (String) read(command, "taskId");
        // checked in the completion's own command and transaction: the task the check reads is the one the
        // completion finds in the command's cache, where a command of its own read it a second time
        return next.execute(context -> {
          check(context, taskId, variables);
          return command.execute(context);
        });
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
          && JSON_TYPE.equals(value.getType().getName()) && jsonText(value) != null) {
        try (JsonParser parser = JSON.createParser(jsonText(value))) {
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

  /**
   * Refuses the names the task's declaration does not list. Tasklist's embedded forms send back, with the fields, every
   * variable they fetched to show (the unit's name, the quota's description…) as they received it: an undeclared
   * name whose value is the one the task already sees (stored, or the guidance its form is shown) changes nothing, so
   * it is left out of the completion rather than refused; an undeclared name that is new or carries another value is
   * refused, a guidance name among them: guidance is the server's, never a completion's.
   */
  @SuppressWarnings("unchecked")
  private void check(CommandContext context, String taskId, Map<?, ?> variables) {
    Checked checked = context.runWithoutAuthorization(() -> {
      TaskKeys task = find(context, taskId);
      if (task == null) {
        return null;
      }
      Set<String> accepted = fields.accepted(task.processKey(), task.taskKey());
      TaskEntity entity = context.getTaskManager().findTaskById(taskId);
      List<String> refused = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      Map<String, Object> shown = null;
      for (Object key : variables.keySet()) {
        String name = String.valueOf(key);
        if (accepted.contains(name)) {
          continue;
        }
        TypedValue submitted = variables instanceof VariableMap typed ? typed.getValueTyped(name) : null;
        TypedValue stored = entity.getVariableTyped(name, false);
        if (stored == null && !isBean.test(name)) {
          shown = shown == null ? guidance.apply(context, entity) : shown;
          stored = shown.containsKey(name) ? FormGuidancePlugin.typed(shown.get(name)) : null;
        }
        if (!isBean.test(name) && sameAsStored(submitted, variables.get(key), stored)) {
          unchanged.add(name);
        } else {
          refused.add(name);
        }
      }
      return new Checked(task, accepted, refused.stream().sorted().toList(), unchanged);
    });
    if (checked == null) {
      // the engine answers for an unknown task itself (404 over REST)
      return;
    }
    List<String> refused = checked.refused();
    if (!refused.isEmpty()) {
      TaskKeys task = checked.task();
      Set<String> accepted = checked.accepted();
      throw new RuleViolationException("Việc «" + task.taskName() + "» (" + task.taskKey() + ") không nhận "
          + (refused.size() == 1 ? "biến" : "các biến") + " «" + String.join("», «", refused) + "»: biểu mẫu của việc"
          + " này chỉ gửi " + (accepted.isEmpty() ? "không biến nào" : String.join(", ", accepted))
          + ". Không có gì được lưu; việc vẫn đang chờ xử lý.");
    }
    try {
      checked.unchanged().forEach(((Map<String, Object>) variables)::remove);
    } catch (UnsupportedOperationException immutable) {
      // a caller's fixed map: its unchanged values are written again as they are, which changes nothing
    }
  }

  /** A Json value as text, whether it came serialized or (over REST) already parsed. */
  private static String jsonText(SerializableValue value) {
    if (value.getValueSerialized() != null) {
      return value.getValueSerialized();
    }
    return value.isDeserialized() && value.getValue() != null ? value.getValue().toString() : null;
  }

  /** Whether a submitted value is the one already stored: the same text, number, date, flag or Json. */
  static boolean sameAsStored(TypedValue submitted, Object raw, TypedValue stored) {
    if (stored == null) {
      return false;
    }
    if (submitted instanceof FileValue || stored instanceof FileValue || submitted instanceof ObjectValue) {
      return false;
    }
    if (submitted instanceof SerializableValue json && stored instanceof SerializableValue storedJson) {
      String given = jsonText(json);
      String kept = jsonText(storedJson);
      if (given == null || kept == null) {
        return false;
      }
      try {
        return given.equals(kept) || JSON_TREES.readTree(given).equals(JSON_TREES.readTree(kept));
      } catch (IOException unreadable) {
        return false;
      }
    }
    Object value = submitted != null ? submitted.getValue() : raw;
    Object storedValue = stored.getValue();
    if (value instanceof Number number && storedValue instanceof Number storedNumber) {
      return new BigDecimal(number.toString()).compareTo(new BigDecimal(storedNumber.toString())) == 0;
    }
    if (value instanceof Date date && storedValue instanceof Date storedDate) {
      return date.getTime() == storedDate.getTime();
    }
    return value != null && Objects.equals(value, storedValue);
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

  private record Checked(TaskKeys task, Set<String> accepted, List<String> refused, List<String> unchanged) {
  }
}
