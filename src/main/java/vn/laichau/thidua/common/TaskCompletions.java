package vn.laichau.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who completed which user task, when, and with which values: one row of {@code task_completion} per completion, in
 * place of the engine's detail rows (one per variable and value, with a byte array for each file or Json value).
 *
 * <p>The values are those given to the process through the task in the completing command: what the form sent and
 * what the task's completion listeners made of it (a date written out, the approval as the rule read it). The engine
 * reports each value as it is set, naming the activity instance it was set through; the completion of the task in
 * the same activity instance writes them as one row, in the same transaction. A file is kept by name, type, size and
 * SHA-256 (the last one sent stays in the instance's variables), a Json value as it is.
 *
 * <p>Nobody writes the table but the engine: there is no API to change it. {@link #ofInstance} reads it (for
 * {@code GET /api/task-completions}); {@link #removeOrphans} removes the rows of instances whose history the
 * engine's cleanup has removed.
 */
@Repository
public class TaskCompletions {

  /** A completion: the task, who and when, the values given (JSON). */
  public record TaskCompletion(String taskId, String processInstanceId, String processDefinitionKey, String taskKey,
      String taskName, String completedBy, String assignee, OffsetDateTime completedAt, JsonNode fields) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "task_id, process_instance_id, process_definition_key, task_key, task_name,"
      + " completed_by, assignee, completed_at, fields";

  /** The values given in each open command, by the activity instance they were set through. */
  private static final ThreadLocal<Map<CommandContext, Map<String, Map<String, Object>>>> GIVEN =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private final JdbcTemplate jdbc;

  public TaskCompletions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Sees every history event the product keeps: notes the values given, writes a row when a task is completed. */
  void observe(HistoryEvent event) {
    if (Context.getCommandContext() == null) {
      return;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      if (variable.getActivityInstanceId() != null && variable.getTaskId() == null
          && (variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          || variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE))) {
        given().computeIfAbsent(variable.getActivityInstanceId(), id -> new LinkedHashMap<>())
            .put(variable.getVariableName(), value(variable));
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task
        && task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
        && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())
        && task.getProcessInstanceId() != null) {
      Map<String, Object> fields = task.getActivityInstanceId() == null ? null
          : given().remove(task.getActivityInstanceId());
      insert(task, fields == null ? Map.of() : fields);
    }
  }

  private void insert(HistoricTaskInstanceEventEntity task, Map<String, Object> fields) {
    String json;
    try {
      json = JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the values of task " + task.getId() + " cannot be written as JSON", e);
    }
    jdbc.update("INSERT INTO task_completion (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(), task.getTaskDefinitionKey(),
        task.getName(), Context.getCommandContext().getAuthenticatedUserId(), task.getAssignee(),
        Timestamp.from(task.getEndTime().toInstant()), json);
  }

  /** The completions of an instance, oldest first. */
  public List<TaskCompletion> ofInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM task_completion WHERE process_instance_id = ?"
            + " ORDER BY completed_at, task_id",
        (row, n) -> new TaskCompletion(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getString(6), row.getString(7),
            row.getTimestamp(8).toInstant().atOffset(ZoneOffset.UTC), readTree(row.getString(9))),
        processInstanceId);
  }

  /**
   * The last value the completions of a task of an instance gave a field (or their rules made of it): what a reader of
   * a variable needs after the instance's end, when the engine keeps no history of its variables.
   */
  public Optional<JsonNode> lastGiven(String processInstanceId, String taskKey, String field) {
    return jdbc.query("SELECT fields FROM task_completion WHERE process_instance_id = ? AND task_key = ?"
                + " ORDER BY completed_at DESC, task_id DESC", (row, n) -> readTree(row.getString(1)),
            processInstanceId, taskKey).stream()
        .filter(fields -> fields.hasNonNull(field)).map(fields -> fields.get(field)).findFirst();
  }

  /**
   * Removes the completions of instances that are no longer in the history (removed by the history cleanup, or by an
   * administrator): they live exactly as long as the instance's own history.
   */
  public int removeOrphans() {
    return jdbc.update("DELETE FROM task_completion WHERE NOT EXISTS"
        + " (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.PROC_INST_ID_ = task_completion.process_instance_id)");
  }

  /** The values noted in the current command, forgotten when it closes or fails. */
  private static Map<String, Map<String, Object>> given() {
    CommandContext command = Context.getCommandContext();
    Map<CommandContext, Map<String, Map<String, Object>>> open = GIVEN.get();
    Map<String, Map<String, Object>> values = open.get(command);
    if (values == null) {
      values = new LinkedHashMap<>();
      open.put(command, values);
      command.registerCommandContextListener(new CommandContextListener() {
        @Override
        public void onCommandContextClose(CommandContext context) {
          forget(context);
        }

        @Override
        public void onCommandFailed(CommandContext context, Throwable t) {
          forget(context);
        }
      });
    }
    return values;
  }

  private static void forget(CommandContext context) {
    Map<CommandContext, Map<String, Map<String, Object>>> open = GIVEN.get();
    open.remove(context);
    if (open.isEmpty()) {
      GIVEN.remove();
    }
  }

  /** A value as JSON: as the engine stored it, a file or other bytes by name, type, size and SHA-256. */
  static Object value(HistoricVariableUpdateEventEntity variable) {
    String serializer = variable.getSerializerName() == null ? "null" : variable.getSerializerName();
    return switch (serializer) {
      case "null" -> null;
      case "string" -> variable.getTextValue();
      case "boolean" -> variable.getLongValue() == null ? null : variable.getLongValue() == 1L;
      case "short", "integer", "long" -> variable.getLongValue();
      case "double" -> variable.getDoubleValue();
      case "date" -> variable.getLongValue() == null ? null : Instant.ofEpochMilli(variable.getLongValue()).toString();
      case "json", "spin://application/json" -> variable.getByteValue() == null ? null
          : readTree(new String(variable.getByteValue(), StandardCharsets.UTF_8));
      case "file" -> bytes(variable, Map.of("file", String.valueOf(variable.getTextValue()),
          "mimeType", mimeType(variable.getTextValue2())));
      default -> bytes(variable, Map.of("type", serializer));
    };
  }

  private static Map<String, Object> bytes(HistoricVariableUpdateEventEntity variable, Map<String, String> named) {
    Map<String, Object> value = new LinkedHashMap<>(named);
    byte[] bytes = variable.getByteValue() == null ? new byte[0] : variable.getByteValue();
    value.put("bytes", bytes.length);
    value.put("sha256", sha256(bytes));
    return value;
  }

  private static String mimeType(String stored) {
    if (stored == null) {
      return "";
    }
    int separator = stored.indexOf('#');
    return separator < 0 ? stored : stored.substring(0, separator);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }
}
