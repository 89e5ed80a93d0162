package vn.laichau.thidua.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task being created holds no variable of its own: its id is new, so no row of {@code ACT_RU_VARIABLE} names
 * it. The engine does not know that and reads the task's variables from the database (one SELECT, empty) the first
 * time anything asks for one, which every create listener given as an expression does: the expression language looks
 * a bean's name up among the task's variables before the beans. A built-in create listener, placed before every other
 * one, tells the task that its own variables are none; the process's variables are read as before.
 *
 * <p>Only a task not yet asked is marked: whatever set a variable on it before (nothing does) would have read them
 * already, and stays as it is.
 */
@Component
public class NewTaskVariables extends AbstractProcessEnginePlugin {

  /** The task's store of its own variables; the engine gives no public way to say that a new one is empty. */
  private static final Field STORE = storeField();

  private static final TaskListener NONE_YET = task -> {
    if (task instanceof TaskEntity entity) {
      markEmpty(entity);
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    // before the engine's and the application's own parse listeners, so its listener runs before theirs
    listeners.add(0, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NONE_YET);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @SuppressWarnings("unchecked")
  static void markEmpty(TaskEntity task) {
    VariableStore<VariableInstanceEntity> store;
    try {
      store = (VariableStore<VariableInstanceEntity>) STORE.get(task);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (!store.isInitialized()) {
      store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
      store.forceInitialization();
      store.setVariablesProvider(task);
    }
  }

  private static Field storeField() {
    try {
      Field field = TaskEntity.class.getDeclaredField("variableStore");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the engine's TaskEntity has no variableStore", e);
    }
  }
}
