package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_OVERDUE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.wave.WaveRepository;
import vn.laichau.thidua.congress.RuleViolationException;
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.reporting.CampaignProgress.LevelProgress;
import vn.laichau.thidua.reporting.CampaignProgressService;
import vn.laichau.thidua.reporting.Counts;
import vn.laichau.thidua.support.MilestoneTasks;
import vn.laichau.thidua.support.ProcessCoverageAssertion;
import vn.laichau.thidua.support.ProcessTestConfiguration;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * What the campaign's path tests share: the coverage setup of {@code @ProcessTest}, in a Spring context of its own (the
 * registry holds the seeded units only, whatever other test classes register, and no pilot commune is configured, so
 * the figures are exact), the beans they read, and the look-ups of a campaign's tasks and refusals.
 *
 * <p>Each path test names its own campaign and each test ends every process instance it left running: the job query
 * of {@link CampaignDriver#runDueJobs()} sees every instance in the engine, and a unit registered in one test joins
 * every running campaign; another test's timers and campaigns must not act in this one.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessCoverageAssertion.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class CampaignTestBase {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CampaignUnits campaignUnits;
  @Autowired
  CampaignRepository campaigns;
  @Autowired
  WaveRepository waves;
  @Autowired
  MilestoneRepository milestones;
  @Autowired
  CongressProgressRepository progressRows;
  @Autowired
  CampaignProgressService progressService;
  @Autowired
  JdbcTemplate jdbc;

  /**
   * The congresses first, then the campaigns: a congress that ends tells its campaign, which must still be there. A
   * campaign that hears its wave ended may start more congresses, hence the rounds.
   */
  @AfterEach
  void endWhatIsLeftRunning() {
    ClockUtil.reset();
    RuntimeService runtime = engine.getRuntimeService();
    for (int round = 0; round < 3 && runtime.createProcessInstanceQuery().count() > 0; round++) {
      Set<String> campaignIds = ids(runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).list());
      List<String> others = runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
          .filter(id -> !campaignIds.contains(id)).toList();
      if (!others.isEmpty()) {
        runtime.deleteProcessInstances(others, "Hết bài kiểm thử", true, true);
      }
      Set<String> campaignsLeft = ids(runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).list());
      if (!campaignsLeft.isEmpty()) {
        runtime.deleteProcessInstances(List.copyOf(campaignsLeft), "Hết bài kiểm thử", true, true);
      }
    }
    assertThat(runtime.createProcessInstanceQuery().count()).as("process instances left running").isZero();
  }

  private static Set<String> ids(List<ProcessInstance> instances) {
    return instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  /** The agencies and districts of the registry as it is now: the units that confirm the special drive. */
  List<Unit> agencies() {
    return registry.findAll().stream().filter(u -> u.level() == Level.SO_NGANH_HUYEN).toList();
  }

  /** The campaign's refusal, wherever the engine wrapped it (a task listener's exception is wrapped). */
  static InvalidCampaignException refusal(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      if (RuleViolationException.findIn(e) instanceof InvalidCampaignException refusal) {
        return refusal;
      }
      throw e;
    }
    throw new AssertionError("expected a refusal");
  }

  /** A refusal by a rule shared with the congress (the R7 decision on anything overdue), however it was wrapped. */
  static RuleViolationException ruleRefusal(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      RuleViolationException refusal = RuleViolationException.findIn(e);
      if (refusal != null) {
        return refusal;
      }
      throw e;
    }
    throw new AssertionError("expected a refusal");
  }

  Unit unit(String code) {
    return registry.find(code).orElseThrow();
  }

  Unit last(String district) {
    List<Unit> communes = campaignUnits.communes(district);
    return communes.get(communes.size() - 1);
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  List<Task> openTasks(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  Task single(ProcessInstance instance, String key) {
    List<Task> tasks = openTasks(instance, key);
    assertThat(tasks).as("open tasks %s", key).hasSize(1);
    return tasks.get(0);
  }

  List<Task> openTasks(ProcessInstance instance, String key, Milestone milestone) {
    return MilestoneTasks.open(taskService, instance.getId(), key, milestone);
  }

  Task single(ProcessInstance instance, String key, Milestone milestone) {
    return MilestoneTasks.single(taskService, instance.getId(), key, milestone);
  }

  void completeCampaignTask(ProcessInstance instance, String key, Milestone milestone,
      Map<String, Object> variables) {
    taskService.complete(single(instance, key, milestone).getId(), variables);
  }

  Task driveTask(ProcessInstance instance, String unitCode) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_CONFIRM_DRIVE_LAUNCH)
        .taskCandidateGroup("unit-" + unitCode).singleResult();
  }

  Task pilotTask(ProcessInstance instance, String district) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_CHOOSE_PILOT_COMMUNE)
        .taskCandidateGroup("phong-noi-vu-" + district).singleResult();
  }

  /**
   * What the task's form reads (Tasklist's form-variables call): the process's variables and the guidance computed for
   * the task; the task itself keeps none of it.
   */
  VariableMap form(Task task) {
    assertThat(taskService.getVariablesLocal(task.getId())).as("variables stored on the task").isEmpty();
    return engine.getFormService().getTaskFormVariables(task.getId());
  }

  Task overduePilotTask(ProcessInstance instance, String district) {
    return openTasks(instance, TASK_CHOOSE_OVERDUE_PILOT_COMMUNE).stream()
        .filter(task -> district.equals(engine.getRuntimeService().getVariable(task.getExecutionId(), "district")))
        .findFirst().orElseThrow();
  }

  /**
   * Sở Nội vụ's decisions on the two districts whose pick is overdue (R8): the second commune of Than Uyên (110),
   * none for Nậm Nhùn (112). Returns the commune picked.
   */
  String decideForLateDistricts(ProcessInstance instance) {
    String thanUyenPilot = campaignUnits.communes("110").get(1).code();
    taskService.complete(overduePilotTask(instance, "110").getId(), Map.of("pilotDecision", "PICK",
        "pilotCommune", thanUyenPilot));
    taskService.complete(overduePilotTask(instance, "112").getId(), Map.of("pilotDecision", "NONE",
        "reason", "Huyện mới kiện toàn bộ máy, không tổ chức chỉ đạo điểm."));
    return thanUyenPilot;
  }

  static Counts level(CampaignProgress progress, Level level) {
    return progress.levels().stream().filter(l -> l.level() == level).map(LevelProgress::counts).findFirst()
        .orElseThrow();
  }

  /** The due dates of R7 as the engine stores them. */
  static final class VietnamTimeOf {
    static java.util.Date overdue(int year, int month, int day) {
      return vn.laichau.thidua.common.VietnamTime.overdueFrom(LocalDate.of(year, month, day));
    }
  }
}
