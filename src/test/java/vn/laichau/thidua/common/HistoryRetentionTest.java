package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.support.BareProcess;
import vn.laichau.thidua.support.ProcessTest;

/**
 * How long the history is kept (historyTimeToLive P3650D, removal time stamped at the instance's end) and what the
 * product keeps of jobs: on the engine clock, an instance's history, its task completions included, is there until
 * 3,650 days after its end, to the minute, and removed by the engine's history cleanup job from then on; a failed
 * job keeps its log, a job created or run does not. Who may read the task completions.
 */
@ProcessTest
class HistoryRetentionTest {

  private static final Duration TEN_YEARS = Duration.ofDays(3650);

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskCompletions completions;
  @Autowired
  TaskCompletionsController controller;

  private BareProcess bare;

  @BeforeEach
  void deploy() {
    bare = BareProcess.deploy(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theHistoryOfAnInstanceIsKept3650DaysAfterItsEndAndRemovedByTheCleanupFromThen() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String endedTenYearsAgo = endedAt(now.minus(TEN_YEARS));
    String endedAMinuteLater = endedAt(now.minus(TEN_YEARS).plus(Duration.ofMinutes(1)));

    cleanUpAt(now.minus(Duration.ofMinutes(1)));
    assertKept(endedTenYearsAgo, true);
    assertKept(endedAMinuteLater, true);

    cleanUpAt(now);
    assertKept(endedTenYearsAgo, false);
    assertKept(endedAMinuteLater, true);

    cleanUpAt(now.plus(Duration.ofMinutes(1)));
    assertKept(endedAMinuteLater, false);
  }

  @Test
  void aFailedJobKeepsItsLogAJobCreatedOrRunDoesNot() {
    ClockUtil.setCurrentTime(new Date());
    engine.getRepositoryService().createDeployment().name("failing").addModelInstance("failing.bpmn",
        Bpmn.createExecutableProcess("failingJob").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("fails").camundaAsyncBefore().camundaExpression("${undefinedBean.work()}")
            .endEvent().done()).deploy();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("failingJob");
    try {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();

      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();

      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricJobLogQuery().processInstanceId(instance.getId()).failureLog().count())
          .as("the failure's log").isEqualTo(1);
      assertThat(history.createHistoricJobLogQuery().processInstanceId(instance.getId()).count())
          .as("no log of the job's creation").isEqualTo(1);
    } finally {
      // its job would otherwise be due for the tests that run every due job after this one
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
    }
  }

  @Test
  void theCompletionsAreReadByWhoeverMayReadTheInstancesHistory() {
    String instance = endedAt(Instant.now());

    assertThatThrownBy(() -> controller.ofInstance(instance)).isInstanceOf(NotAuthenticatedException.class);

    engine.getIdentityService().setAuthentication("can-bo-xa", List.of("unit-00000"));
    assertThatThrownBy(() -> controller.ofInstance(instance)).isInstanceOfSatisfying(ResponseStatusException.class,
        refusal -> {
          assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
          assertThat(refusal.getReason()).contains(instance, "không được xem lịch sử");
        });

    engine.getIdentityService().setAuthentication("quan-tri", List.of("camunda-admin"));
    assertThat(controller.ofInstance(instance)).singleElement().satisfies(completion -> {
      assertThat(completion.taskKey()).isEqualTo(BareProcess.TASK);
      assertThat(completion.completedAt().toInstant()).isBefore(Instant.now().plusSeconds(1));
    });
  }

  /** A bare instance with a variable, whose one task is completed at the given time. */
  private String endedAt(Instant end) {
    ClockUtil.setCurrentTime(Date.from(end));
    ProcessInstance instance = bare.start(engine);
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    engine.getRuntimeService().setVariable(instance.getId(), "ketQua", "xong");
    engine.getTaskService().complete(task);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndTime()).isEqualTo(Date.from(end));
    return instance.getId();
  }

  private void cleanUpAt(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }

  private void assertKept(String instance, boolean kept) {
    HistoryService history = engine.getHistoryService();
    long expected = kept ? 1 : 0;
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
        .as("instance %s", instance).isEqualTo(expected);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count())
        .as("its task").isEqualTo(expected);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count())
        .as("its variable").isEqualTo(expected);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count())
        .as("its activities").isEqualTo(kept ? 3 : 0);
    assertThat(completions.ofInstance(instance)).as("its task completion").hasSize((int) expected);
  }
}
