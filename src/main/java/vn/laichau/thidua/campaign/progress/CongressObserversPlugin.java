package vn.laichau.thidua.campaign.progress;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;

/**
 * What a congress reports to the campaign, and when: this class is the one place to read it. It adds the campaign's
 * listeners to every deployed version of the {@code congress} process: on its start and end, and on the creation,
 * completion and deletion of each of its user tasks, it calls the {@link CongressObserver} beans in the order of
 * {@link #ORDER}. The congress model is untouched; the campaign follows it from outside.
 *
 * <p>The listeners are built-in ones: they also run when an operator cancels an instance with "skip custom listeners",
 * so the progress never shows a cancelled congress as still running. The observers are looked up when a listener
 * fires, not when the engine is built, because they use beans (the registry) that need the engine.
 */
@Component
public class CongressObserversPlugin extends SpringBootProcessEnginePlugin {

  /**
   * The observers (bean names) in the order they hear of each step of a congress:
   * <ol>
   *   <li>{@code congressProgressRecorder}: the congress's row in {@code congress_progress} (status, dates, last day)
   *       and its overdue escalations (R7) with the reviewer's decision. First, because the others read that row;</li>
   *   <li>{@code upwardResults}: an upper congress's decisions on the proposals from below and the province's invited
   *       members, checked against the lists of its lower units (R11, R12);</li>
   *   <li>{@code pilotLessons}: a pilot's lessons, recorded at its results and shown on the other units' draft plans
   *       (plan II.6);</li>
   *   <li>{@code waveTracker}: the end of a wave (the campaign's {@code <level>WaveEnded} variable) when the last
   *       congress of its level ended or no longer holds it up (R13). Last, once every row says where its congress is.</li>
   * </ol>
   * An observer that is not listed here stops the engine at its first event: its place must be chosen, not left to
   * chance.
   */
  public static final List<String> ORDER = List.of("congressProgressRecorder", "upwardResults", "pilotLessons",
      "waveTracker");

  private final ListableBeanFactory beans;
  private volatile List<CongressObserver> ordered;

  public CongressObserversPlugin(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
  }

  private List<CongressObserver> observers() {
    if (ordered == null) {
      ordered = inOrder(beans.getBeansOfType(CongressObserver.class));
    }
    return ordered;
  }

  /** The observers in the order of {@link #ORDER}; refuses an observer that has no place there. */
  static List<CongressObserver> inOrder(Map<String, CongressObserver> observers) {
    List<String> unplaced = observers.keySet().stream().filter(name -> !ORDER.contains(name)).sorted().toList();
    if (!unplaced.isEmpty()) {
      throw new IllegalStateException("CongressObserver " + unplaced + " has no place in CongressObserversPlugin.ORDER "
          + ORDER + ": add it where it must run");
    }
    return ORDER.stream().filter(observers::containsKey).map(observers::get).toList();
  }

  private final class ParseListener extends AbstractBpmnParseListener {

    private final ExecutionListener start = execution -> observers().forEach(o -> o.started(execution));
    private final ExecutionListener end = execution -> observers().forEach(o -> o.ended(execution));
    private final TaskListener created = task -> observers().forEach(o -> o.taskCreated(task));
    private final TaskListener completed = task -> observers().forEach(o -> o.taskCompleted(task));
    private final TaskListener deleted = task -> observers().forEach(o -> o.taskDeleted(task));

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (isCongress(processDefinition.getKey())) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, start);
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, end);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      // BPMN processes are parsed into ProcessDefinitionEntity, which carries the key from the start of the parse
      if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definitionEntity
          && isCongress(definitionEntity.getKey())) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, deleted);
      }
    }

    private boolean isCongress(String key) {
      return ProcessKeys.CONGRESS.equals(key);
    }
  }

  /** For observers: the signed-in user who caused the step, or {@code null} when the engine did (a timer). */
  public static String currentUser(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public static String currentUser(DelegateTask task) {
    return currentUser(task.getExecution());
  }
}
