package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.support.BareProcess;
import vn.laichau.thidua.support.BenchmarkApplication;
import vn.laichau.thidua.support.BenchmarkReport;
import vn.laichau.thidua.support.BenchmarkSummary;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Performance benchmark of the congress lifecycle on a real PostgreSQL, not a test of behaviour: excluded from
 * {@code ./mvnw verify}, run by {@code ./mvnw -o -B -Pbenchmark verify} (see the README, "Benchmark").
 *
 * <p>For each configuration (history removal-time strategy {@code end}, the default, then {@code start}) it starts the
 * whole application (profiles {@code test} and {@code postgres}, a fresh database on the JVM's embedded PostgreSQL, as
 * {@code @PostgresTest} does), registers N communes through the {@link UnitRegistry} and drives N congresses phase by
 * phase through the engine's Java API with the engine clock: start, draftPlan (a valid dossier with four small PDFs),
 * reviewDossier approved, the meeting-day timer job executed, reportResults; then, apart from the lifecycle, the
 * {@code deadlineEscalation} of a few more congresses started on their last day, and the {@code reminderSweep} that
 * writes the 30-day reminders of as many more. Each phase is timed around the engine
 * call only (the task or job is looked up before the clock starts) and its SQL statements are counted at the JDBC
 * boundary ({@link StatementCounter}). A warm-up of a few congresses in each context runs first and is not measured,
 * so the JIT and the caches do not favour the second configuration.
 *
 * <p>Then, in the same context and on the same database, N instances of a bare one-user-task process are started
 * and their tasks completed ({@link BareProcess}), so that every figure has the bare engine's beside it in one run.
 *
 * <p>Figures go to {@code target/benchmark/results.md} (its section), {@code lifecycle.csv} and {@code summary.json}
 * ({@code statementsPerLifecycle}, {@code bareStatementsPerCompletion}, {@code stepsPerSecondRatioToBare}…).
 * Properties: {@code benchmark.congresses} (N, default 200), {@code benchmark.warmup} (default 20), {@code
 * benchmark.strategies} (removal-time strategies to compare, one context each, e.g. {@code end,start}; by default
 * one context with the application's own configuration).
 *
 * <p>Started with {@link BenchmarkApplication} rather than {@code @SpringBootTest}, so both configurations run one
 * after the other in one method and land in one report.
 */
class CongressLifecycleBenchmark {

  private static final LocalDate START_DAY = LocalDate.of(2025, 1, 10);
  private static final LocalDate MEETING_DAY = LocalDate.of(2025, 2, 20);
  /** The congress's own steps: what a lifecycle costs (the unit's registration is the registry's work). */
  private static final List<String> STEPS = List.of("start", "draftPlan", "reviewDossier", "meetingDayTimer",
      "reportResults");
  /** At most this many extra congresses have their deadline escalated ({@code deadlineEscalation}). */
  private static final int ESCALATIONS = 50;

  private final int congresses = Integer.getInteger("benchmark.congresses", 200);
  private final int warmup = Integer.getInteger("benchmark.warmup", 20);
  /** Removal-time strategies to compare, one context each; none given: the application's own configuration. */
  private final List<String> strategies = Arrays.stream(System.getProperty("benchmark.strategies", "")
      .split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void congressLifecycle() throws Exception {
    assertThat(congresses).as("benchmark.congresses").isPositive();
    List<Run> runs = new ArrayList<>();
    if (strategies.isEmpty()) {
      runs.add(runWith(null));
    }
    for (String strategy : strategies) {
      runs.add(runWith(strategy));
    }
    write(runs);
  }

  private Run runWith(String strategy) throws SQLException {
    StatementCounter counter = new StatementCounter();
    SpringApplicationBuilder builder = BenchmarkApplication.onPostgres()
        // the figures are the engine's; the access log and the webapps' resources are not measured
        .properties("logging.level.root=WARN")
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
    if (strategy != null) {
      builder.properties("camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy=" + strategy);
    }
    // an argument, not a default property: it must win over application.yaml's port, which another server may hold
    // the sweep's chunks as configured for production, not the test profile's chunks of two
    try (ConfigurableApplicationContext context = builder.run("--server.port=0", "--thidua.reminders.chunk-size=100")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      CongressDriver driver = new CongressDriver(engine, context.getBean(UnitRegistry.class),
          context.getBean(CongressRules.class), context.getBean(CampaignCalendar.class));
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      Run run = new Run(configuration.getHistoryRemovalTimeStrategy(), configuration.getHistoryLevel().getName(),
          database(context.getBean(DataSource.class)));
      if (strategy != null) {
        assertThat(run.strategy).as("removal-time strategy the engine uses").isEqualTo(strategy);
      }

      CongressProgressRepository progress = context.getBean(CongressProgressRepository.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      lifecycle(engine, driver, progress, jdbc, counter, warmup, null);
      lifecycle(engine, driver, progress, jdbc, counter, congresses, run);
      // the bare engine in the same context, on the same database, right after: same-run ratios
      BareProcess bare = BareProcess.deploy(engine);
      bare(engine, bare, counter, warmup, null);
      bare(engine, bare, counter, congresses, run);
      return run;
    }
  }

  /** N congresses through the whole lifecycle, phase by phase; measured into {@code run} unless it is null. */
  private void lifecycle(ProcessEngine engine, CongressDriver driver, CongressProgressRepository progress,
      JdbcTemplate jdbc, StatementCounter counter, int n, Run run) {
    if (n == 0) {
      return;
    }
    CongressDriver.clockAt(START_DAY, 9, 0);
    List<Unit> units = new ArrayList<>();
    measure(run, "registerUnit", counter, n, i -> units.add(driver.commune(320)));

    List<ProcessInstance> instances = new ArrayList<>();
    measure(run, "start", counter, n, i -> instances.add(driver.start(units.get(i))));

    List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
    List<Task> drafts = tasks(engine, ids, ProcessKeys.TASK_DRAFT_PLAN);
    List<VariableMap> dossiers = units.stream().map(unit -> fourPdfDossier(driver, unit)).toList();
    measure(run, "draftPlan", counter, n,
        i -> engine.getTaskService().complete(drafts.get(i).getId(), dossiers.get(i)));

    List<Task> reviews = tasks(engine, ids, ProcessKeys.TASK_REVIEW_DOSSIER);
    measure(run, "reviewDossier", counter, n,
        i -> engine.getTaskService().complete(reviews.get(i).getId(), Variables.createVariables()
            .putValue(APPROVED, true)));

    CongressDriver.clockAt(MEETING_DAY, 0, 0);
    Map<String, Job> timers = engine.getManagementService().createJobQuery().activityId("meetingDayReached").list()
        .stream().collect(Collectors.toMap(Job::getProcessInstanceId, Function.identity()));
    List<String> timerIds = ids.stream().map(id -> timers.get(id).getId()).toList();
    measure(run, "meetingDayTimer", counter, n, i -> engine.getManagementService().executeJob(timerIds.get(i)));

    CongressDriver.clockAt(MEETING_DAY, 16, 0);
    List<Task> reports = tasks(engine, ids, ProcessKeys.TASK_REPORT_RESULTS);
    measure(run, "reportResults", counter, n,
        i -> engine.getTaskService().complete(reports.get(i).getId(), Variables.createVariables()
            .putValue(HELD_ON, MEETING_DAY.toString()).putValue(ATTENDANCE, 200).putValue(COMMENDED_COLLECTIVES, 4)
            .putValue(COMMENDED_INDIVIDUALS, 20).putValue(UPPER_DELEGATES, 3)));

    // a benchmark of a lifecycle that silently took another path would measure nothing useful
    long held = ids.stream().map(progress::findByProcessInstance)
        .filter(row -> row.map(r -> r.status().name()).filter("HELD_ON_TIME"::equals).isPresent()).count();
    assertThat(held).as("congresses held on time").isEqualTo(n);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(Set.copyOf(ids)).count()).as("congresses still running").isZero();

    deadlineEscalations(engine, driver, counter, Math.min(n, ESCALATIONS), run);
    reminderSweep(engine, driver, jdbc, counter, Math.min(n, ESCALATIONS), run);
  }

  /**
   * The daily reminder sweep, apart from the lifecycle (whose congresses carry no reminder of their own): congresses
   * whose 30-day reminder (R7) falls due on one morning, found, recorded and written by one sweep, its timer and its
   * chunks' jobs executed as the job executor would (their look-ups counted with them); one operation, so the
   * statements per reminder are its statements divided by their number.
   */
  private static void reminderSweep(ProcessEngine engine, CongressDriver driver, JdbcTemplate jdbc,
      StatementCounter counter, int n, Run run) {
    CongressDriver.clockAt(START_DAY, 9, 0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit unit = driver.commune(320);
      ids.add(driver.start(unit.code(), Map.of(DEADLINE, START_DAY.plusDays(30).toString())).getId());
    }
    CongressDriver.clockAt(START_DAY, 10, 0);
    var jobs = engine.getManagementService();
    String reminderDay = jobs.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).timers()
        .singleResult().getId();
    measure(run, "reminderSweep", counter, 1, i -> {
      jobs.executeJob(reminderDay);
      List<Job> chunks;
      while (!(chunks = jobs.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).messages().list())
          .isEmpty()) {
        chunks.forEach(chunk -> jobs.executeJob(chunk.getId()));
      }
    });
    assertThat(ids).as("congresses reminded once each").allSatisfy(id -> assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM notification_outbox WHERE process_instance_id = ? AND kind = 'DEADLINE_REMINDER'",
        Integer.class, id)).isEqualTo(1));
    ids.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "benchmark"));
  }

  /**
   * The midnight storm's unit of work, one at a time: congresses started on their last day (no reminder ahead, as in
   * the storm), then each one's {@code deadlinePassed} job executed at 00:00 of the next day: the reviewer's
   * {@code handleOverdue}, the campaign's record and the escalation mail's row, in one job.
   */
  private static void deadlineEscalations(ProcessEngine engine, CongressDriver driver, StatementCounter counter,
      int n, Run run) {
    CongressDriver.clockAt(START_DAY, 9, 0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit unit = driver.commune(320);
      ids.add(driver.start(unit.code(), Map.of(DEADLINE, START_DAY.toString())).getId());
    }
    CongressDriver.clockAt(START_DAY.plusDays(1), 0, 0);
    // by activity alone: the engine's job query cannot combine an activity with a list of instances
    Map<String, Job> deadlines = engine.getManagementService().createJobQuery().activityId("deadlinePassed").list()
        .stream().collect(Collectors.toMap(Job::getProcessInstanceId, Function.identity()));
    List<String> jobIds = ids.stream().map(id -> deadlines.get(id).getId()).toList();
    measure(run, "deadlineEscalation", counter, n, i -> engine.getManagementService().executeJob(jobIds.get(i)));
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(ProcessKeys.TASK_HANDLE_OVERDUE)
        .processInstanceIdIn(ids.toArray(String[]::new)).count()).as("congresses escalated").isEqualTo(n);
    ids.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "benchmark"));
  }

  /** N instances of the one-user-task process: started, then their tasks completed (which ends them). */
  private static void bare(ProcessEngine engine, BareProcess bare, StatementCounter counter, int n, Run run) {
    if (n == 0) {
      return;
    }
    List<ProcessInstance> instances = new ArrayList<>();
    measure(run, "bareStart", counter, n, i -> instances.add(bare.start(engine)));
    List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
    List<Task> tasks = tasks(engine, ids, BareProcess.TASK);
    measure(run, "bareCompletion", counter, n, i -> engine.getTaskService().complete(tasks.get(i).getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(Set.copyOf(ids)).count()).as("bare instances still running").isZero();
  }

  /** A dossier every rule accepts, meeting on {@link #MEETING_DAY}, whose four documents are small PDFs. */
  private static VariableMap fourPdfDossier(CongressDriver driver, Unit unit) {
    return driver.validDossier(unit, MEETING_DAY)
        .putValue(SCHEDULE_DOCUMENT, CongressDriver.pdf("lich-to-chuc.pdf"))
        .putValue(PROGRAMME_DOCUMENT, CongressDriver.pdf("noi-dung-dai-hoi.pdf"));
  }

  /** The open tasks of this key, in the order of the instances. */
  private static List<Task> tasks(ProcessEngine engine, List<String> instanceIds, String taskKey) {
    Map<String, Task> byInstance = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list().stream()
        .collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity()));
    return instanceIds.stream().map(id -> {
      Task task = byInstance.get(id);
      assertThat(task).as("%s of instance %s", taskKey, id).isNotNull();
      return task;
    }).toList();
  }

  private interface Step {
    void run(int index);
  }

  private static void measure(Run run, String phase, StatementCounter counter, int n, Step step) {
    long[] latencies = new long[n];
    long[] before = counter.snapshot();
    Map<String, Long> tablesBefore = counter.snapshotByTable();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      step.run(i);
      latencies[i] = System.nanoTime() - t0;
    }
    long wall = System.nanoTime() - start;
    long[] after = counter.snapshot();
    Map<String, Long> tablesAfter = counter.snapshotByTable();
    if (run != null) {
      Map<String, Long> tables = new LinkedHashMap<>();
      tablesAfter.forEach((table, count) -> {
        long delta = count - tablesBefore.getOrDefault(table, 0L);
        if (delta > 0) {
          tables.put(table, delta);
        }
      });
      long[] statements = new long[after.length];
      for (int k = 0; k < after.length; k++) {
        statements[k] = after[k] - before[k];
      }
      Arrays.sort(latencies);
      run.phases.put(phase, new Phase(n, wall, latencies, statements, tables));
    }
  }

  private static String database(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " (embedded, zonky)";
    }
  }

  private record Phase(int ops, long wallNanos, long[] sortedLatencies, long[] statements, Map<String, Long> tables) {

    double seconds() {
      return wallNanos / 1e9;
    }

    double perSecond() {
      return ops / seconds();
    }

    double percentileMillis(double p) {
      int index = (int) Math.ceil(p * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))] / 1e6;
    }

    double statementsPerOp(StatementCounter.Kind kind) {
      return (double) statements[kind.ordinal()] / ops;
    }

    double allStatementsPerOp() {
      return (double) Arrays.stream(statements).sum() / ops;
    }
  }

  private static final class Run {
    final String strategy;
    final String historyLevel;
    final String database;
    final Map<String, Phase> phases = new LinkedHashMap<>();

    Run(String strategy, String historyLevel, String database) {
      this.strategy = strategy;
      this.historyLevel = historyLevel;
      this.database = database;
    }

    /** The engine's part of a lifecycle: every phase but the registration of the unit. */
    double lifecycleSeconds() {
      return STEPS.stream().mapToDouble(step -> phases.get(step).seconds()).sum();
    }

    double statementsPerLifecycle() {
      return STEPS.stream().mapToDouble(step -> phases.get(step).allStatementsPerOp()).sum();
    }

    /** Steps (the start, three completions, the timer) per second, as the bare engine's completions are counted. */
    double stepsPerSecond() {
      return STEPS.size() * congresses() / lifecycleSeconds();
    }

    double stepsPerSecondRatio() {
      return stepsPerSecond() / phases.get("bareCompletion").perSecond();
    }

    int congresses() {
      return phases.get("start").ops();
    }
  }

  private void write(List<Run> runs) throws IOException {
    Path directory = BenchmarkSummary.DIRECTORY;
    Files.createDirectories(directory);
    String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();

    StringBuilder csv = new StringBuilder("date,strategy,history_level,congresses,phase,ops,wall_ms,ops_per_s,"
        + "mean_ms,p50_ms,p95_ms,max_ms,statements_per_op,select_per_op,insert_per_op,update_per_op,"
        + "delete_per_op,other_per_op\n");
    StringBuilder md = new StringBuilder("## Congress lifecycle and bare engine (`CongressLifecycleBenchmark`)\n\n")
        .append("- date: ").append(date).append('\n')
        .append("- database: ").append(runs.isEmpty() ? "-" : runs.get(0).database).append('\n')
        .append("- history level: ").append(runs.isEmpty() ? "-" : runs.get(0).historyLevel).append('\n')
        .append("- congresses (N): ").append(congresses).append(" per configuration, after a warm-up of ")
        .append(warmup).append(" not measured; then N instances of the bare one-user-task process in the same ")
        .append("context and database (`bareStart`, `bareCompletion`)\n")
        .append("- statements: counted at the JDBC boundary (each execute and each batched row)\n\n");
    for (Run run : runs) {
      md.append("### historyRemovalTimeStrategy = ").append(run.strategy).append("\n\n")
          .append("| phase | ops | wall (ms) | ops/s | mean (ms) | p50 (ms) | p95 (ms) | max (ms) | SQL/op | "
              + "select | insert | update | delete |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, Phase> entry : run.phases.entrySet()) {
        Phase p = entry.getValue();
        md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | "
                + "%.1f | %.1f | %.1f |%n", entry.getKey(), p.ops(), p.wallNanos() / 1e6, p.perSecond(),
            p.wallNanos() / 1e6 / p.ops(), p.percentileMillis(0.5), p.percentileMillis(0.95),
            p.percentileMillis(1.0), p.allStatementsPerOp(), p.statementsPerOp(StatementCounter.Kind.SELECT),
            p.statementsPerOp(StatementCounter.Kind.INSERT), p.statementsPerOp(StatementCounter.Kind.UPDATE),
            p.statementsPerOp(StatementCounter.Kind.DELETE)));
        csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%d,%.1f,%.2f,%.3f,%.3f,%.3f,%.3f,%.2f,%.2f,%.2f,"
                + "%.2f,%.2f,%.2f%n", date, run.strategy, run.historyLevel, congresses, entry.getKey(), p.ops(),
            p.wallNanos() / 1e6, p.perSecond(), p.wallNanos() / 1e6 / p.ops(), p.percentileMillis(0.5),
            p.percentileMillis(0.95), p.percentileMillis(1.0), p.allStatementsPerOp(),
            p.statementsPerOp(StatementCounter.Kind.SELECT), p.statementsPerOp(StatementCounter.Kind.INSERT),
            p.statementsPerOp(StatementCounter.Kind.UPDATE), p.statementsPerOp(StatementCounter.Kind.DELETE),
            p.statementsPerOp(StatementCounter.Kind.OTHER)));
      }
      md.append(String.format(Locale.ROOT, "%nA lifecycle (start to results, engine only): %.0f statements; %.1f s "
              + "for %d congresses, %.1f steps/s; bare engine: %.1f completions/s, %.1f statements per completion; "
              + "ratio %.2f.%n%n", run.statementsPerLifecycle(), run.lifecycleSeconds(), run.congresses(),
          run.stepsPerSecond(), run.phases.get("bareCompletion").perSecond(),
          run.phases.get("bareCompletion").allStatementsPerOp(), run.stepsPerSecondRatio()));
      md.append("Statements per call by kind and table (those of at least 0.5 per call):\n\n");
      for (Map.Entry<String, Phase> entry : run.phases.entrySet()) {
        Phase p = entry.getValue();
        md.append("- ").append(entry.getKey()).append(": ").append(p.tables().entrySet().stream()
            .filter(t -> (double) t.getValue() / p.ops() >= 0.5)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(t -> String.format(Locale.ROOT, "%s %.1f", t.getKey(), (double) t.getValue() / p.ops()))
            .collect(Collectors.joining(", "))).append('\n');
      }
      md.append('\n');
    }
    md.append("Indicative only: one JVM, the database on the same machine, other builds may share the CPU; compare ")
        .append("the figures of one run.\n");
    Run configured = runs.get(0);
    Phase bareCompletion = configured.phases.get("bareCompletion");
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("statementsPerLifecycle", Math.round(configured.statementsPerLifecycle()));
    summary.put("bareStatementsPerCompletion", Math.round(bareCompletion.allStatementsPerOp() * 10) / 10.0);
    summary.put("bareStatementsPerStart",
        Math.round(configured.phases.get("bareStart").allStatementsPerOp() * 10) / 10.0);
    summary.put("lifecycleStepsPerSecond", Math.round(configured.stepsPerSecond() * 10) / 10.0);
    summary.put("bareCompletionsPerSecond", Math.round(bareCompletion.perSecond() * 10) / 10.0);
    summary.put("stepsPerSecondRatioToBare", Math.round(configured.stepsPerSecondRatio() * 100) / 100.0);
    summary.put("statementsPerDeadlineEscalation",
        Math.round(configured.phases.get("deadlineEscalation").allStatementsPerOp() * 10) / 10.0);
    summary.put("lifecycleStatementsByStep", STEPS.stream().collect(Collectors.toMap(Function.identity(),
        step -> Math.round(configured.phases.get(step).allStatementsPerOp() * 10) / 10.0, (a, b) -> a,
        LinkedHashMap::new)));
    BenchmarkSummary.put(summary);
    BenchmarkReport.section("10-lifecycle", md.toString());
    Files.writeString(directory.resolve("lifecycle.csv"), csv, StandardCharsets.UTF_8);
    System.out.println(md);
  }
}
