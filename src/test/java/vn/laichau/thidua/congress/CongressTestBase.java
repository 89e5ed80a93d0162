package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.TaskCompletions;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.support.ProcessTest;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The congress tests' shared context and habits: the engine clock starts on 10/01/2025 09:00 in Vietnam (early in the
 * campaign, well before every deadline) and is reset after each test; the congresses a test started are deleted after
 * it, so a unit can be used again.
 */
@ProcessTest
abstract class CongressTestBase {

  static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

  @Autowired
  ProcessEngine engine;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CongressRules rules;
  @Autowired
  CampaignCalendar calendar;
  /** What the server knows of a congress: the facts are asserted here, never as variables. */
  @Autowired
  CongressFacts facts;
  /** What is kept of a congress once it has ended: its task completions and its progress. */
  @Autowired
  TaskCompletions taskCompletions;
  @Autowired
  CongressProgressRepository congressProgress;

  CongressDriver driver;

  @BeforeEach
  void setUpCongress() {
    init(engine);
    CongressDriver.clockAt(TODAY, 9, 0);
    driver = new CongressDriver(engine, registry, rules, calendar);
  }

  /**
   * The values an ended congress's tasks gave, the last of each over its task completions, as plain Java values: the
   * engine keeps no history of a congress's variables.
   */
  Map<String, Object> given(ProcessInstance congress) {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> given = new LinkedHashMap<>();
    taskCompletions.ofInstance(congress.getId()).forEach(completion -> completion.fields().fields()
        .forEachRemaining(field -> given.put(field.getKey(), json.convertValue(field.getValue(), Object.class))));
    return given;
  }

  /** The outcome of an ended congress (HELD_ON_TIME, HELD_LATE, NOT_HELD...), as its progress records it. */
  String outcome(ProcessInstance congress) {
    return congressProgress.findByProcessInstance(congress.getId()).orElseThrow().status().name();
  }

  /** The refusal a call ended with; fails when the call was not refused by a rule. */
  static RuleViolationException refusalOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the call is refused").isNotNull();
    RuleViolationException refusal = RuleViolationException.findIn(thrown);
    assertThat(refusal).as("a RuleViolationException in the cause chain of %s", thrown).isNotNull();
    return refusal;
  }

  /** Work in one engine command and its transaction, as the listeners of one step run. */
  <T> T inOneCommand(Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> work.get());
  }

  @AfterEach
  void tearDownCongress() {
    ClockUtil.reset();
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).list()
        .stream().map(ProcessInstance::getId)
        .forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test finished", true, true));
  }
}
