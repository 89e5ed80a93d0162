package vn.laichau.thidua.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine the benchmarks compare against: a process of one user task (start, task, end), deployed into the
 * application's own engine, so it runs with the same database, pool, history level and plugins as the congresses.
 */
public final class BareProcess {

  public static final String KEY = "bareOneUserTask";
  public static final String TASK = "work";

  private BareProcess() {
  }

  public static BareProcess deploy(ProcessEngine engine) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
        .startEvent().userTask(TASK).name("Việc").endEvent().done();
    engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
    return new BareProcess();
  }

  public ProcessInstance start(ProcessEngine engine) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY);
  }
}
