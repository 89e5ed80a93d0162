package vn.laichau.thidua.common;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The history the product keeps, and nothing it can do without. Kept: the engine's {@code full} history of instances,
 * activities, tasks and who did them, incidents, failed jobs, the operations log, the rule-table evaluations that
 * judge something, the variables with their last value of the processes not listed below; and, in place of the
 * engine's detail rows, one row per task completion with who, when and the values given ({@link TaskCompletions}).
 * Left out, each because nothing reads it and what it tells is kept elsewhere:
 * <ul>
 *   <li>the variables, but files, of the processes whose values a person gives only through task completions
 *   ({@code thidua.history.variables-in-completions-only}: the congress): every value a form gave, and what the
 *   completion's rules made of it, is in that completion's row (a Json value as it is); what the process sets by
 *   itself (its start, the dates and counts its service tasks record, its outcome) is the product's own record of the
 *   congress (its register and progress), and the timers' due dates matter only while it runs. A file is in the
 *   completion by its fingerprint only, so the last one of each document stays in the variables' history, where it
 *   can be downloaded after the end. Every event of a variable left out (create, update, delete, migrate) is
 *   dropped alike;</li>
 *   <li>variables local to a task: what a listener sets when a task is created (what a form shows is computed when
 *   it is read, {@link FormGuidance}; what remains is derived from the campaign's own variables, such as the district
 *   a task is about), deleted when the task ends, never what a person gave. Every event
 *   of such a variable (create, update, delete, migrate) is dropped alike, so no later event looks for a row that was
 *   never written;</li>
 *   <li>the rule tables evaluated to preview a form ({@link #preview}): they decide nothing and name no instance;</li>
 *   <li>the detail rows of variable updates and form fields (one row per value, and a byte array for each file or
 *   Json value): the values given at each completion, earlier rounds included, are the task completions' rows, one
 *   per completion; the last value of each variable of the other processes stays in their variables' history. A
 *   detail row is only ever inserted, so leaving it out leaves every other row as it was;</li>
 *   <li>the job log except failures: a successful job is an activity in the activities' history already; a failure
 *   keeps its log (and its stack trace) beside its incident. Job log rows too are only inserted;</li>
 *   <li>the identity link log (who was a candidate or assignee of a task, and when): the candidates follow from the
 *   process and the registry, the assignee of each task is in the tasks' history, and who completed it in the task
 *   completions. Only inserted as well.</li>
 * </ul>
 *
 * <p>Removal time: when an instance ends (strategy {@code end}) the engine stamps the time its history may be removed
 * on every history table; here only on the tables the product writes for a process instance (not the details, the
 * identity links or the external task log, and not the decision tables: the product evaluates its rule tables
 * through the decision service, so their history names no instance and carries its own removal time). The engine's
 * history cleanup removes the task completions with the instance's history ({@link CleanupWithCompletions}).
 *
 * <p>Left out in the event handler and the event producer rather than by a custom history level: the level recorded
 * in the database stays {@code full}, so an existing database starts unchanged.
 */
@Component
public class DerivedHistoryLeftOut extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> PREVIEWING = ThreadLocal.withInitial(() -> false);

  /** The engine's type of a file variable ({@code FileValueSerializer}). */
  private static final String FILE = "file";

  /** The history tables the product writes for a process instance, which get the instance's removal time. */
  static final Set<String> STAMPED = Set.of(HistoricActivityInstanceEventEntity.class.getName(),
      HistoricTaskInstanceEventEntity.class.getName(), HistoricVariableInstanceEntity.class.getName(),
      HistoricIncidentEventEntity.class.getName(), HistoricJobLogEventEntity.class.getName(),
      UserOperationLogEntryEventEntity.class.getName(), CommentEntity.class.getName(),
      AttachmentEntity.class.getName(), ByteArrayEntity.class.getName(), AuthorizationEntity.class.getName());

  private final TaskCompletions completions;
  private final Set<String> variablesInCompletionsOnly;

  public DerivedHistoryLeftOut(TaskCompletions completions,
      @Value("${thidua.history.variables-in-completions-only}") Set<String> variablesInCompletionsOnly) {
    this.completions = completions;
    this.variablesInCompletionsOnly = Set.copyOf(variablesInCompletionsOnly);
  }

  /** Runs work whose rule-table evaluations only show a form what it may offer: they are left out of the history. */
  public static void preview(Runnable work) {
    boolean outer = PREVIEWING.get();
    PREVIEWING.set(true);
    try {
      work.run();
    } finally {
      PREVIEWING.set(outer);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutDetails());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new KeptOnly(new CompositeHistoryEventHandler(handlers), completions,
        variablesInCompletionsOnly));
    configuration.setHistoryEventProducer(new RemovalTimeOfKeptTables());
    List<JobHandler> jobHandlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      jobHandlers.addAll(configuration.getCustomJobHandlers());
    }
    jobHandlers.add(new CleanupWithCompletions(completions));
    configuration.setCustomJobHandlers(jobHandlers);
  }

  /** Not a bean: the starter hands every HistoryEventHandler bean to the database handler it wraps. */
  private record KeptOnly(HistoryEventHandler database, TaskCompletions completions,
      Set<String> variablesInCompletionsOnly) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      // the completions see every value given, those whose history is left out too
      completions.observe(event);
      if (isKept(event, variablesInCompletionsOnly)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  static boolean isKept(HistoryEvent event, Set<String> variablesInCompletionsOnly) {
    if (event instanceof HistoricDecisionEvaluationEvent) {
      return !PREVIEWING.get();
    }
    if (event instanceof HistoricJobLogEventEntity jobLog) {
      return jobLog.isFailureLog();
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return variable.getTaskId() == null && (FILE.equals(variable.getSerializerName())
          || !variablesInCompletionsOnly.contains(variable.getProcessDefinitionKey()));
    }
    return !(event instanceof HistoricFormPropertyEventEntity)
        && !(event instanceof HistoricIdentityLinkLogEventEntity);
  }

  /** The engine's database handler, which writes a variable's history row but not a detail row per value. */
  private static final class WithoutDetails extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }

  /** The engine's producer, which stamps the removal time at an instance's end on the tables written only. */
  private static final class RemovalTimeOfKeptTables extends CacheAwareHistoryEventProducer {

    @Override
    protected void addRemovalTimeToHistoricProcessInstances(String rootProcessInstanceId, Date removalTime) {
      Context.getCommandContext().getHistoricProcessInstanceManager()
          .addRemovalTimeToProcessInstancesByRootProcessInstanceId(rootProcessInstanceId, removalTime, null, STAMPED);
    }

    @Override
    protected void addRemovalTimeToHistoricDecisions(String rootProcessInstanceId, Date removalTime) {
      // no rule-table evaluation of the product names an instance: there is nothing to stamp
    }
  }

  /** The engine's history cleanup, which also removes the task completions of the instances it removed. */
  private static final class CleanupWithCompletions extends HistoryCleanupJobHandler {

    private final TaskCompletions completions;

    CleanupWithCompletions(TaskCompletions completions) {
      this.completions = completions;
    }

    @Override
    public void execute(HistoryCleanupJobHandlerConfiguration configuration, ExecutionEntity execution,
        CommandContext commandContext, String tenantId) {
      super.execute(configuration, execution, commandContext, tenantId);
      if (configuration.isImmediatelyDue() || isWithinBatchWindow(commandContext)) {
        // once the engine's deletions are flushed, in the same transaction
        commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTING,
            committing -> completions.removeOrphans());
      }
    }
  }
}
