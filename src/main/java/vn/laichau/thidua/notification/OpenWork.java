package vn.laichau.thidua.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The open user tasks of a congress instance: what is late (for the escalations) and the Tasklist link of the task
 * the readers of a message are to act on.
 */
@Component
public class OpenWork {

  private final TaskService taskService;
  private final RecipientResolver recipients;
  private final MailTemplates templates;
  private final NotificationProperties properties;

  public OpenWork(TaskService taskService, RecipientResolver recipients, MailTemplates templates,
      NotificationProperties properties) {
    this.taskService = taskService;
    this.recipients = recipients;
    this.templates = templates;
    this.properties = properties;
  }

  /**
   * The open tasks of the instance, oldest first, as the current engine transaction sees them: a sending task runs in
   * the transaction that opened the task it links to (a task not yet written to the database) or completed one (a
   * task still in the database, deleted in this transaction).
   */
  public List<Task> openTasks(String processInstanceId) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return taskService.createTaskQuery().processInstanceId(processInstanceId).active().orderByTaskCreateTime().asc()
          .list();
    }
    // the engine's own statement for an instance's tasks, not the task query: the query's SQL is built anew by MyBatis
    // at every call from its many optional criteria (about a tenth of an escalation's Java time in the midnight storm),
    // and the authorization it would check is not wanted here (the callers read without authorization)
    List<Task> open = new ArrayList<>();
    for (TaskEntity task : commandContext.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
      if (!task.isSuspended()) {
        open.add(task);
      }
    }
    Set<String> listed = open.stream().map(Task::getId).collect(Collectors.toCollection(HashSet::new));
    for (TaskEntity task : commandContext.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class)) {
      if (processInstanceId.equals(task.getProcessInstanceId()) && !task.isSuspended() && listed.add(task.getId())) {
        open.add(task);
      }
    }
    open.removeIf(task -> task instanceof TaskEntity entity && entity.isDeleted());
    open.sort(Comparator.comparing(Task::getCreateTime));
    return open;
  }

  /** The task with this id, also when the current engine transaction has just created it. */
  public Optional<Task> task(String taskId) {
    CommandContext commandContext = Context.getCommandContext();
    TaskEntity created = commandContext == null ? null
        : commandContext.getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
    if (created != null) {
      return created.isDeleted() ? Optional.empty() : Optional.of(created);
    }
    return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult());
  }

  /** The first open task with one of the keys, in the order of the keys. */
  public Optional<Task> openTask(String processInstanceId, String... taskKeys) {
    List<Task> open = openTasks(processInstanceId);
    return Arrays.stream(taskKeys)
        .flatMap(key -> open.stream().filter(task -> key.equals(task.getTaskDefinitionKey())))
        .findFirst();
  }

  /**
   * One line per open task except the listed keys, e.g. {@code - «Lập kế hoạch…»: đang chờ Đơn vị X từ 01/03/2025}.
   */
  public String describe(String processInstanceId, String... exceptTaskKeys) {
    return describe(openTasks(processInstanceId), exceptTaskKeys);
  }

  /** As {@link #describe(String, String...)}, of the open tasks the caller has listed already. */
  public String describe(List<Task> openTasks, String... exceptTaskKeys) {
    List<String> except = List.of(exceptTaskKeys);
    String lines = openTasks.stream()
        .filter(task -> !except.contains(task.getTaskDefinitionKey()))
        .map(task -> templates.label("work.openTask", task.getName(), waitingFor(task),
            VietnamTime.format(VietnamTime.dateOf(task.getCreateTime()))))
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? templates.label("work.none") : lines;
  }

  /** The Tasklist page of the task; Tasklist's start page when there is no such task. */
  public String link(Optional<Task> task) {
    String tasklist = properties.tasklistBaseUrl() + "/camunda/app/tasklist/default/";
    return task.map(t -> tasklist + "#/?task=" + t.getId()).orElse(tasklist);
  }

  private String waitingFor(Task task) {
    if (task.getAssignee() != null) {
      return recipients.userName(task.getAssignee());
    }
    // a task of this command's instance is the engine's entity: its links are read directly, not by a nested command
    List<? extends IdentityLink> links = task instanceof TaskEntity entity && Context.getCommandContext() != null
        ? entity.getIdentityLinks() : taskService.getIdentityLinksForTask(task.getId());
    String groups = links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .map(recipients::groupName)
        .collect(Collectors.joining(", "));
    return groups.isEmpty() ? templates.label("value.none") : groups;
  }
}
