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
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.support.BenchmarkApplication;
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
 * reviewDossier approved, the meeting-day timer job executed, reportResults. Each phase is timed around the engine
 * call only (the task or job is looked up before the clock starts) and its SQL statements are counted at the JDBC
 * boundary ({@link StatementCounter}). A warm-up of a few congresses in each context runs first and is not measured,
 * so the JIT and the caches do not favour the second configuration.
 *
 * <p>Figures go to {@code target/benchmark/results.md} and {@code results.csv}. Properties: {@code
 * benchmark.congresses} (N, default 200), {@code benchmark.warmup} (default 20), {@code benchmark.strategies}
 * (default {@code end,start}).
 *
 * <p>Started with {@link BenchmarkApplication} rather than {@code @SpringBootTest}, so both configurations run one
 * after the other in one method and land in one report.
 */
class CongressLifecycleBenchmark {

  private static final LocalDate START_DAY = LocalDate.of(2025, 1, 10);
  private static final LocalDate MEETING_DAY = LocalDate.of(2025, 2, 20);
  private static final List<String> PHASES = List.of("registerUnit", "start", "draftPlan", "reviewDossier",
      "meetingDayTimer", "reportResults");

  private final int congresses = Integer.getInteger("benchmark.congresses", 200);
  private final int warmup = Integer.getInteger("benchmark.warmup", 20);
  private final List<String> strategies = Arrays.stream(System.getProperty("benchmark.strategies", "end,start")
      .split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void congressLifecycle() throws Exception {
    assertThat(congresses).as("benchmark.congresses").isPositive();
    List<Run> runs = new ArrayList<>();
    for (String strategy : strategies) {
      runs.add(runWith(strategy));
    }
    write(runs);
  }

  private Run runWith(String strategy) throws SQLException {
    StatementCounter counter = new StatementCounter();
    SpringApplicationBuilder builder = BenchmarkApplication.onPostgres()
        .properties("camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy=" + strategy,
            // the figures are the engine's; the access log and the webapps' resources are not measured
            "logging.level.root=WARN")
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
    try (ConfigurableApplicationContext context = builder.run()) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      CongressDriver driver = new CongressDriver(engine, context.getBean(UnitRegistry.class),
          context.getBean(CongressRules.class), context.getBean(CampaignCalendar.class));
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      Run run = new Run(configuration.getHistoryRemovalTimeStrategy(), configuration.getHistoryLevel().getName(),
          database(context.getBean(DataSource.class)));
      assertThat(run.strategy).as("removal-time strategy the engine uses").isEqualTo(strategy);

      lifecycle(engine, driver, counter, warmup, null);
      lifecycle(engine, driver, counter, congresses, run);
      return run;
    }
  }

  /** N congresses through the whole lifecycle, phase by phase; measured into {@code run} unless it is null. */
  private void lifecycle(ProcessEngine engine, CongressDriver driver, StatementCounter counter, int n, Run run) {
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
    long held = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(OUTCOME)
        .processInstanceIdIn(ids.toArray(String[]::new)).list().stream()
        .filter(v -> "HELD_ON_TIME".equals(v.getValue())).count();
    assertThat(held).as("congresses held on time").isEqualTo(n);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(Set.copyOf(ids)).count()).as("congresses still running").isZero();
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
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      step.run(i);
      latencies[i] = System.nanoTime() - t0;
    }
    long wall = System.nanoTime() - start;
    long[] after = counter.snapshot();
    if (run != null) {
      long[] statements = new long[after.length];
      for (int k = 0; k < after.length; k++) {
        statements[k] = after[k] - before[k];
      }
      Arrays.sort(latencies);
      run.phases.put(phase, new Phase(n, wall, latencies, statements));
    }
  }

  private static String database(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " (embedded, zonky)";
    }
  }

  private record Phase(int ops, long wallNanos, long[] sortedLatencies, long[] statements) {

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
      return phases.entrySet().stream().filter(e -> !e.getKey().equals("registerUnit"))
          .mapToDouble(e -> e.getValue().seconds()).sum();
    }

    double completionsPerSecond() {
      double seconds = phases.entrySet().stream()
          .filter(e -> List.of("draftPlan", "reviewDossier", "reportResults").contains(e.getKey()))
          .mapToDouble(e -> e.getValue().seconds()).sum();
      return 3.0 * congresses() / seconds;
    }

    int congresses() {
      return phases.get("start").ops();
    }
  }

  private void write(List<Run> runs) throws IOException {
    Path directory = Path.of("target", "benchmark");
    Files.createDirectories(directory);
    String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    String machine = BenchmarkApplication.machine();

    StringBuilder csv = new StringBuilder("date,strategy,history_level,congresses,phase,ops,wall_ms,ops_per_s,"
        + "mean_ms,p50_ms,p95_ms,max_ms,statements_per_op,select_per_op,insert_per_op,update_per_op,"
        + "delete_per_op,other_per_op\n");
    StringBuilder md = new StringBuilder("# Congress lifecycle benchmark\n\n")
        .append("- date: ").append(date).append('\n')
        .append("- machine: ").append(machine).append('\n')
        .append("- database: ").append(runs.isEmpty() ? "-" : runs.get(0).database).append('\n')
        .append("- history level: ").append(runs.isEmpty() ? "-" : runs.get(0).historyLevel).append('\n')
        .append("- congresses (N): ").append(congresses).append(" per configuration, after a warm-up of ")
        .append(warmup).append(" not measured\n")
        .append("- statements: counted at the JDBC boundary (each execute and each batched row)\n\n");
    for (Run run : runs) {
      md.append("## historyRemovalTimeStrategy = ").append(run.strategy).append("\n\n")
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
      md.append(String.format(Locale.ROOT, "%nWhole lifecycle (start to results, engine only): %.1f s for %d "
              + "congresses, %.1f congresses/s; task completions (draftPlan, reviewDossier, reportResults): "
              + "%.1f/s.%n%n", run.lifecycleSeconds(), run.congresses(), run.congresses() / run.lifecycleSeconds(),
          run.completionsPerSecond()));
    }
    md.append("Indicative only: one JVM, the database on the same machine, other builds may share the CPU.\n");
    Files.writeString(directory.resolve("results.md"), md, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("results.csv"), csv, StandardCharsets.UTF_8);
    System.out.println(md);
  }
}
