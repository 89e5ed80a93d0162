package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.security.GroupTaskListFilterService;
import vn.laichau.thidua.support.BenchmarkApplication;
import vn.laichau.thidua.support.BenchmarkReport;
import vn.laichau.thidua.support.BenchmarkSummary;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A reviewer's task list at national scale, a benchmark and not a test of behaviour (run by {@code -Pbenchmark}):
 * {@code benchmark.taskListTasks} open tasks (default 10,000) with the candidate groups and authorizations the engine
 * gives real ones, and each role opening Tasklist's first filter ("Tất cả công việc") over HTTP as Tasklist asks it:
 * the first page of 15 with its count ({@code POST /engine-rest/filter/{id}/list}, HAL) and the counts of the filters
 * it lists ({@code GET /engine-rest/filter?itemCount=true}), authorization checks on.
 *
 * <p>Setting up is not measured. Communes are written straight into the registry's table and their congresses started
 * through the engine on their last day, 100 per transaction on {@code benchmark.setupThreads} threads (default 4): each
 * opens {@code draftPlan} for its commune's group. {@code benchmark.taskListReadable} of them (default 1,250) belong to
 * one district; the deadline of each of those, and of every congress of the departments and districts (reviewed by Sở
 * Nội vụ), is then run as its timer job: {@code handleOverdue} for the reviewer. So the district's Phòng Nội vụ may
 * read its 1,250 escalations, Sở Nội vụ those of the departments and districts, a commune's official its one
 * {@code draftPlan}, and UBND tỉnh (which reads every task, as a supervisor) all of them.
 *
 * <p>The SQL the engine sends for the reviewer's page and count is taken from its log and explained by PostgreSQL
 * ({@code EXPLAIN (ANALYZE, BUFFERS)}, with the planner settings of a filter's transaction,
 * {@link GroupTaskListFilterService}) into {@code target/benchmark/results.md}.
 *
 * <p>Properties: {@code benchmark.taskListTasks}, {@code benchmark.taskListReadable}, {@code
 * benchmark.taskListRequests} (default 100), {@code benchmark.setupThreads}.
 */
class TaskListBenchmark {

  /** The communes' last day in the default campaign; the departments' and districts' is 30/06/2025. */
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
  private static final LocalDate DISTRICTS_OVERDUE = LocalDate.of(2025, 7, 1);
  private static final String DEADLINE = "deadlinePassed";
  private static final String FIRST_FILTER = "Tất cả công việc";
  private static final int BATCH = 100;
  private static final int PAGE = 15;
  private static final String PASSWORD = "Danh-Sach-Viec-2025!";
  /** The engine's statements of a task query, logged by MyBatis with their parameters. */
  private static final String TASK_STATEMENTS = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final Pattern PARAMETER = Pattern.compile("(.*?)\\((\\w+)\\)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int openTasks = Integer.getInteger("benchmark.taskListTasks", 10_000);
  private final int readable = Integer.getInteger("benchmark.taskListReadable", 1_250);
  private final int requests = Integer.getInteger("benchmark.taskListRequests", 100);
  private final int setupThreads = Integer.getInteger("benchmark.setupThreads", 4);

  /** One role opening Tasklist. */
  private record Reader(String role, String user, String group) {
  }

  private record Measure(Reader reader, long readable, long listed, double p50, double p95, double countsP50,
      double countsP95) {
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reviewersTaskList() throws Exception {
    try (ConfigurableApplicationContext context = BenchmarkApplication.onPostgres()
        .properties("logging.level.root=WARN").run("--server.port=0")) {
      int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

      long setupStart = System.nanoTime();
      List<String> districts = jdbc.queryForList("SELECT code FROM unit WHERE level = 'SO_NGANH_HUYEN' AND kind = "
          + "'CIVIL' AND parent_code = '12' ORDER BY code", String.class);
      List<String> departments = jdbc.queryForList("SELECT code FROM unit WHERE level = 'SO_NGANH_HUYEN' ORDER BY code",
          String.class);
      String district = districts.get(0);
      // each congress of the district and of the departments has two open tasks (its draftPlan and the escalation)
      long before = engine.getTaskService().createTaskQuery().count();
      int communes = (int) (openTasks - before - readable - 2 * departments.size());
      assertThat(communes).as("communes for %d open tasks", openTasks).isGreaterThanOrEqualTo(readable);
      List<String> codes = IntStream.rangeClosed(1, communes).mapToObj(i -> String.format("DSV%05d", i)).toList();
      List<String> others = districts.subList(1, districts.size());
      jdbc.batchUpdate("INSERT INTO unit (code, name, level, kind, staff_count, parent_code, active)"
          + " VALUES (?, ?, 'CO_SO', 'CIVIL', 320, ?, TRUE)", IntStream.range(0, communes).mapToObj(i -> new Object[] {
              codes.get(i), "Xã thử nghiệm " + codes.get(i), i < readable ? district : others.get(i % others.size())})
          .toList());
      CongressDriver.clockAt(LAST_DAY, 8, 0);
      List<String> started = new ArrayList<>(codes);
      started.addAll(departments);
      Map<String, String> instances = startCongresses(engine, started);
      System.out.printf(Locale.ROOT, "TaskListBenchmark: %d congresses started in %.0f s%n", instances.size(),
          (System.nanoTime() - setupStart) / 1e9);
      Set<String> overdue = new HashSet<>();
      codes.subList(0, readable).forEach(code -> overdue.add(instances.get(code)));
      departments.forEach(code -> overdue.add(instances.get(code)));
      CongressDriver.clockAt(DISTRICTS_OVERDUE, 0, 0);
      runDeadlines(engine, overdue);
      ClockUtil.reset();
      double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
      long total = engine.getTaskService().createTaskQuery().count();
      assertThat(total).as("open tasks").isEqualTo(openTasks);

      List<Reader> readers = List.of(
          new Reader("Phòng Nội vụ of a district", "pnv.danhsach", Groups.phongNoiVu(district)),
          new Reader("Sở Nội vụ", "snv.danhsach", Groups.SO_NOI_VU),
          new Reader("a commune's official", "xa.danhsach", Groups.unit(codes.get(0))),
          new Reader("UBND tỉnh", "ubnd.danhsach", Groups.UBND_TINH));
      // the measured commune saved once more through the registry, as Sở Nội vụ would: its group, its grants and its
      // filters (the others, written straight into the table, need none to be measured)
      UnitRegistry registry = context.getBean(UnitRegistry.class);
      registry.save(registry.find(codes.get(0)).orElseThrow());
      readers.forEach(reader -> user(engine, reader));

      HttpClient http = HttpClient.newHttpClient();
      // the engine's REST API by the engine's name (each benchmark context has its own), as Tasklist calls it
      String rest = "http://localhost:" + port + "/engine-rest/engine/" + engine.getName();
      String filterId = engine.getFilterService().createFilterQuery().filterName(FIRST_FILTER).singleResult().getId();
      List<String> statements = captureStatements(() -> firstPage(http, rest, readers.get(0), filterId));
      List<Measure> measures = new ArrayList<>();
      for (Reader reader : readers) {
        measures.add(measure(http, rest, reader, filterId));
      }
      // explained as the filter's command runs them: in one transaction, with its planner settings
      List<String> plans = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
          .execute(status -> {
            jdbc.execute(GroupTaskListFilterService.PLANNER_SETTINGS);
            return statements.stream().map(statement -> explain(jdbc, statement)).toList();
          });

      Measure reviewer = measures.get(0);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("taskListP95Ms", round(reviewer.p95()));
      summary.put("taskListP50Ms", round(reviewer.p50()));
      summary.put("taskListOpenTasks", total);
      summary.put("taskListReadable", reviewer.readable());
      Map<String, Object> byRole = new LinkedHashMap<>();
      measures.forEach(m -> byRole.put(m.reader().role(), Map.of("readable", m.readable(), "p50Ms", round(m.p50()),
          "p95Ms", round(m.p95()), "filterCountsP95Ms", round(m.countsP95()))));
      summary.put("taskListByRole", byRole);
      BenchmarkSummary.put(summary);
      BenchmarkReport.section("25-tasklist", report(engine, setupSeconds, total, measures, statements, plans));

      assertThat(reviewer.readable()).as("tasks the district's reviewer may read").isEqualTo(readable);
      assertThat(measures.get(2).readable()).as("tasks a commune's official may read").isEqualTo(1);
      assertThat(measures.get(3).readable()).as("tasks UBND tỉnh may read").isEqualTo(total);
    }
  }

  /**
   * Starts the congresses through the engine, {@value #BATCH} per transaction on {@link #setupThreads} threads, as the
   * officials' requests would (the starts of different congresses share no row); returns each unit's instance.
   */
  private Map<String, String> startCongresses(ProcessEngine engine, List<String> units) throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService starters = Executors.newFixedThreadPool(setupThreads);
    try {
      List<Future<Map<String, String>>> batches = new ArrayList<>();
      for (int from = 0; from < units.size(); from += BATCH) {
        List<String> batch = units.subList(from, Math.min(units.size(), from + BATCH));
        batches.add(starters.submit(() -> configuration.getCommandExecutorTxRequired().execute(commandContext -> {
          Map<String, String> started = new LinkedHashMap<>();
          batch.forEach(code -> started.put(code, engine.getRuntimeService().startProcessInstanceByKey(
              ProcessKeys.CONGRESS, code, Map.of(CongressVariables.UNIT_CODE, code)).getId()));
          return started;
        })));
      }
      Map<String, String> instances = new LinkedHashMap<>();
      for (Future<Map<String, String>> batch : batches) {
        instances.putAll(batch.get());
      }
      return instances;
    } finally {
      starters.shutdownNow();
    }
  }

  /** Runs the deadline timer of these congresses, as the job executor would at their midnight, on several threads. */
  private void runDeadlines(ProcessEngine engine, Set<String> instances) throws Exception {
    List<Job> jobs = engine.getManagementService().createJobQuery().timers().activityId(DEADLINE).list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
    assertThat(jobs).as("deadline timers").hasSize(instances.size());
    ExecutorService runners = Executors.newFixedThreadPool(setupThreads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Job job : jobs) {
        runs.add(runners.submit(() -> engine.getManagementService().executeJob(job.getId())));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      runners.shutdownNow();
    }
  }

  private static void user(ProcessEngine engine, Reader reader) {
    User user = engine.getIdentityService().newUser(reader.user());
    user.setFirstName("Thử");
    user.setLastName("Nghiệm");
    user.setPassword(PASSWORD);
    engine.getIdentityService().saveUser(user);
    if (engine.getIdentityService().createGroupQuery().groupId(reader.group()).count() == 0) {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(reader.group()));
    }
    engine.getIdentityService().createMembership(reader.user(), reader.group());
  }

  /** Tasklist's first page of a filter: 15 tasks, HAL (with the count and the tasks' embedded resources). */
  private static JsonNode firstPage(HttpClient http, String rest, Reader reader, String filterId) {
    return send(http, request(rest, reader, "/filter/" + filterId + "/list?firstResult=0&maxResults="
        + PAGE).header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))
        .build());
  }

  /** Tasklist's list of filters with the number of tasks in each. */
  private static JsonNode filterCounts(HttpClient http, String rest, Reader reader) {
    return send(http, request(rest, reader, "/filter?resourceType=Task&itemCount=true")
        .header("Accept", "application/json").GET().build());
  }

  private static HttpRequest.Builder request(String rest, Reader reader, String path) {
    return HttpRequest.newBuilder(URI.create(rest + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((reader.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s %s", request.uri(), response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(request.uri().toString(), e);
    }
  }

  private Measure measure(HttpClient http, String rest, Reader reader, String filterId) {
    long[] pages = new long[requests];
    long[] counts = new long[requests];
    JsonNode page = null;
    for (int i = -10; i < requests; i++) {
      long t0 = System.nanoTime();
      page = firstPage(http, rest, reader, filterId);
      long t1 = System.nanoTime();
      filterCounts(http, rest, reader);
      if (i >= 0) {
        pages[i] = t1 - t0;
        counts[i] = System.nanoTime() - t1;
      }
    }
    Arrays.sort(pages);
    Arrays.sort(counts);
    return new Measure(reader, page.path("count").asLong(), page.path("_embedded").path("task").size(),
        percentile(pages, 0.5), percentile(pages, 0.95), percentile(counts, 0.5), percentile(counts, 0.95));
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }

  private static double round(double ms) {
    return Math.round(ms * 10) / 10.0;
  }

  /**
   * The task queries the engine sends during this call, parameters in place: MyBatis logs each statement and then its
   * parameters ({@code value(Type)}) at DEBUG under the statement's name.
   */
  private static List<String> captureStatements(Runnable call) {
    Logger logger = (Logger) LoggerFactory.getLogger(TASK_STATEMENTS);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    try {
      call.run();
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(level);
    }
    List<String> statements = new ArrayList<>();
    String sql = null;
    for (ILoggingEvent event : appender.list) {
      String message = event.getFormattedMessage();
      if (message.startsWith("==>  Preparing: ")) {
        sql = message.substring("==>  Preparing: ".length());
      } else if (message.startsWith("==> Parameters: ") && sql != null) {
        statements.add(bind(sql, message.substring("==> Parameters: ".length())));
        sql = null;
      }
    }
    assertThat(statements).as("task queries logged").isNotEmpty();
    return statements;
  }

  private static String bind(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    for (String parameter : parameters.isBlank() ? new String[0] : parameters.split(", ")) {
      Matcher typed = PARAMETER.matcher(parameter);
      if (parameter.equals("null")) {
        values.add("NULL");
      } else if (typed.matches() && typed.group(2).equals("String")) {
        values.add("'" + typed.group(1).replace("'", "''") + "'");
      } else if (typed.matches() && typed.group(2).equals("Timestamp")) {
        values.add("TIMESTAMP '" + typed.group(1) + "'");
      } else {
        values.add(typed.matches() ? typed.group(1) : parameter);
      }
    }
    StringBuilder bound = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      bound.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
    }
    return bound.toString().replaceAll("\\s+", " ").trim();
  }

  private static String explain(JdbcTemplate jdbc, String sql) {
    StringBuilder plan = new StringBuilder();
    jdbc.query("EXPLAIN (ANALYZE, BUFFERS) " + sql, row -> {
      plan.append(row.getString(1)).append('\n');
    });
    return plan.toString();
  }

  private String report(ProcessEngine engine, double setupSeconds, long total, List<Measure> measures,
      List<String> statements, List<String> plans) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    StringBuilder md = new StringBuilder("## The task list at scale (`TaskListBenchmark`)\n\n")
        .append("- date: ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append('\n')
        .append(String.format(Locale.ROOT, "- %d open tasks, set up in %.0f s (not measured); authorization checks on"
            + " (authorizationCheckRevokes %s)%n", total, setupSeconds, configuration.getAuthorizationCheckRevokes()))
        .append(String.format(Locale.ROOT, "- each role opens \"%s\" over HTTP: the first page of %d with its count "
            + "(HAL), then the counts of its filters; %d requests after 10 not measured%n%n", FIRST_FILTER, PAGE,
            requests))
        .append("| role | may read | listed | first page p50 (ms) | p95 (ms) | filter counts p50 (ms) | p95 (ms) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Measure m : measures) {
      md.append(String.format(Locale.ROOT, "| %s (`%s`) | %d | %d | %.1f | **%.1f** | %.1f | %.1f |%n",
          m.reader().role(), m.reader().group(), m.readable(), m.listed(), m.p50(), m.p95(), m.countsP50(),
          m.countsP95()));
    }
    md.append("\nThe engine's task queries for the district's reviewer, explained at this size:\n");
    for (int i = 0; i < statements.size(); i++) {
      md.append("\n    ").append(statements.get(i)).append("\n\n```\n").append(plans.get(i)).append("```\n");
    }
    return md.toString();
  }
}
