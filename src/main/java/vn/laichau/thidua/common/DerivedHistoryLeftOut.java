package vn.laichau.thidua.common;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The history the product keeps: the engine's {@code full} history (instances, activities, tasks and who did them,
 * every value a person or a step gave a process variable with its earlier values, incidents, jobs, the operations
 * log, every rule-table evaluation that judges something), without what is derived for a form to show: the variables
 * local to a task, and the rule tables evaluated to preview what a form offers ({@link #preview}).
 *
 * <p>Task-local variables are what a listener computes when a task is created so that its form can show it (the
 * formats and sessions a unit may choose, the quota's wording, the names of the codes a reviewer reads): derived from
 * the rule tables, the registry and the process's own variables, deleted when the task ends, never what a person
 * gave. Their history cost two or three rows each (the value, its detail, a byte array for Json) at every task's
 * creation and again at its end, about a third of a congress's statements, and told nobody anything that the process
 * variables and the deployed rule tables do not.
 *
 * <p>A preview evaluates the same rule tables that will judge the submission, to tell the form what the unit may
 * choose; recorded, it cost 18 rows per task for three evaluations that decided nothing and, evaluated outside the
 * process, named no instance. The evaluations that judge a submission stay in the history.
 *
 * <p>Left out in the event handler rather than by a custom history level: the level recorded in the database stays
 * {@code full}, so an existing database starts unchanged, and every event of such a variable (create, update,
 * delete, migrate) is dropped alike, so no later event looks for a row that was never written.
 */
@Component
public class DerivedHistoryLeftOut extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> PREVIEWING = ThreadLocal.withInitial(() -> false);


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
    configuration.setHistoryEventHandler(
        new KeptOnly(new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())));
  }

  /** Not a bean: the starter hands every HistoryEventHandler bean to the database handler it wraps. */
  private record KeptOnly(HistoryEventHandler database) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (isKept(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  static boolean isKept(HistoryEvent event) {
    if (event instanceof HistoricDecisionEvaluationEvent) {
      return !PREVIEWING.get();
    }
    return !(event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null);
  }
}
