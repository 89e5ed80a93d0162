package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.notification.DispatchProperties;
import vn.laichau.thidua.notification.MessageKind;
import vn.laichau.thidua.support.BenchmarkApplication;
import vn.laichau.thidua.support.BenchmarkReport;
import vn.laichau.thidua.support.BenchmarkSummary;

/**
 * The deadline storm, a benchmark and not a test of behaviour (run by {@code -Pbenchmark}): N communes' congresses,
 * all drafting, whose last day passes at the same midnight. The whole application runs on the embedded PostgreSQL with
 * its own job executor settings (application.yaml) and an SMTP server (GreenMail); the engine clock is moved to 00:00
 * of the next day and the job executor started. Timed from that start, apart, until the engine's side is done (every
 * congress's {@code handleOverdue} task open for the reviewer, its escalation in the campaign's record and its mail's
 * row in the outbox, no job left to run) and until the mails are (each escalation mail marked sent and received by the
 * council member); the storm's time is the later of the two. Then each is checked to have been escalated exactly once
 * (one task, one mail, one record), with no incident.
 *
 * <p>Setting up is not measured: the communes are written straight into the registry's table (one batch; what the
 * registry does for each new unit is measured by {@link CongressLifecycleBenchmark}), and the congresses are started
 * through the engine, {@value #BATCH} per transaction on {@code benchmark.setupThreads} threads (default 4), on their
 * last day, so that no reminder lies ahead of them; the jobs due that day (each congress's reminder) run and their
 * mails, with the hand-over mails written as each congress began, go out before midnight, as they would during the
 * day. Asynchronous jobs still waiting
 * before midnight, if any, are suspended: the storm measures the escalations. The mails go out through the
 * application's own mail dispatcher, which notes each accepted mail in its journal as on a node in the field.
 *
 * <p>Properties: {@code benchmark.storm} (N, default 2,000), {@code benchmark.setupThreads}.
 */
class DeadlineStormBenchmark {

  /** The communes' last day in the default campaign (thidua.campaigns.cycles.LAICHAU-2025.level-last-days.CO_SO). */
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
  private static final int BATCH = 100;
  private static final String COUNCIL_MEMBER = "hd.storm";
  private static final String COUNCIL_DOMAIN = "laichau.example";
  private static final String COUNCIL_MAIL = "hd.storm@" + COUNCIL_DOMAIN;
  private static final String REVIEWER = "pnv.storm";
  private static final String REVIEWER_MAIL = "pnv.storm@huyen.example";
  private static final String PASSWORD = "Bao-Dem-2025!";

  private final int storm = Integer.getInteger("benchmark.storm", 2000);
  private final int setupThreads = Integer.getInteger("benchmark.setupThreads", 4);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void deadlineStorm() throws Exception {
    assertThat(storm).as("benchmark.storm").isPositive();
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Path journal = BenchmarkSummary.DIRECTORY.resolve("storm-mail.journal");
    Files.deleteIfExists(journal);
    // arguments, not default properties: they must win over the test profile's (no job executor, no mail threads, no
    // journal) and the mail's; the journal is written as on a node in the field
    try (ConfigurableApplicationContext context = BenchmarkApplication.onPostgres()
        .properties("logging.level.root=WARN")
        .run("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
            "--thidua.notification.dispatch.enabled=true", "--thidua.notification.dispatch.journal=" + journal,
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort())) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      JobExecutor jobExecutor = configuration.getJobExecutor();
      jobExecutor.shutdown();
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

      CongressDriver.clockAt(LAST_DAY, 8, 0);
      List<String> districts = jdbc.queryForList("SELECT code FROM unit WHERE level = 'SO_NGANH_HUYEN' AND kind = "
          + "'CIVIL' AND parent_code = '12' ORDER BY code", String.class);
      assertThat(districts).as("districts of the seed").isNotEmpty();
      user(engine, COUNCIL_MEMBER, COUNCIL_MAIL, Groups.HOI_DONG_TDKT);
      user(engine, REVIEWER, REVIEWER_MAIL, Groups.phongNoiVu(districts.get(0)));

      long setupStart = System.nanoTime();
      List<String> communes = IntStream.rangeClosed(1, storm).mapToObj(i -> String.format("BAO%05d", i)).toList();
      jdbc.batchUpdate("INSERT INTO unit (code, name, level, kind, staff_count, parent_code, council_member, active)"
              + " VALUES (?, ?, 'CO_SO', 'CIVIL', 320, ?, ?, TRUE)", communes.stream().map(code -> new Object[] {
          code, "Xã thử nghiệm " + code, districts.get(communes.indexOf(code) % districts.size()), COUNCIL_MEMBER})
          .toList());
      List<String> instances = startCongresses(engine, configuration, communes);
      runTheDaysWork(engine, jobExecutor, jdbc);
      double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
      // midnight: every last day has passed
      CongressDriver.clockAt(LAST_DAY.plusDays(1), 0, 0);
      Map<String, Long> pending = suspendAsynchronousWork(engine, ClockUtil.getCurrentTime());
      mail.purgeEmailFromAllMailboxes();
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Storm run = new Storm(System.nanoTime());
      jobExecutor.start();
      long deadline = run.start() + (120L + storm / 5) * 1_000_000_000L;
      while (!run.observe(engine, jdbc, mail) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      jobExecutor.shutdown();

      Map<String, Object> checks = exactlyOnce(engine, jdbc, mail, Set.copyOf(instances), Set.copyOf(communes));
      boolean once = checks.values().stream().allMatch(Boolean.TRUE::equals);

      double stormSeconds = run.seconds(run.allDone());
      double engineSeconds = run.seconds(run.engineDone());
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("stormCongresses", storm);
      summary.put("stormSeconds", Math.round(stormSeconds * 10) / 10.0);
      summary.put("stormEscalatedExactlyOnce", once);
      summary.put("stormEscalationsPerSecond", Math.round(storm / stormSeconds * 10) / 10.0);
      summary.put("stormEngineSeconds", Math.round(engineSeconds * 10) / 10.0);
      summary.put("stormEngineEscalationsPerSecond", Math.round(storm / engineSeconds * 10) / 10.0);
      summary.put("stormMailsSeconds", Math.round(run.seconds(run.mailsDone()) * 10) / 10.0);
      summary.put("stormSetupSeconds", Math.round(setupSeconds));
      BenchmarkSummary.put(summary);
      BenchmarkReport.section("20-storm", report(configuration, context.getBean(DispatchProperties.class),
          setupSeconds, run, pending, checks, loadBefore, loadAfter));

      assertThat(run.allDone()).as("every congress escalated and its mail received within the patience").isPositive();
      assertThat(checks).as("each congress escalated exactly once").allSatisfy((check, ok) -> assertThat(ok)
          .as(check).isEqualTo(true));
    } finally {
      mail.stop();
    }
  }

  /**
   * Runs what falls due on the last day itself, before its midnight (the day's reminder sweep, which finds no reminder
   * left for a congress on its last day), and sends the hand-over mails written as the congresses began. In the field
   * they go out during the day as the congresses start; left to midnight they would add to the storm work that is not
   * the deadline's.
   */
  private static void runTheDaysWork(ProcessEngine engine, JobExecutor jobExecutor, JdbcTemplate jdbc)
      throws InterruptedException {
    jobExecutor.start();
    try {
      long until = System.nanoTime() + 3_600_000_000_000L;
      // a mail with nobody to send it to is recorded as failed at once (the administrators' list): not waited for
      while ((engine.getManagementService().createJobQuery().executable().count() > 0 || jdbc.queryForObject(
          "SELECT count(*) FROM notification_outbox WHERE sent_at IS NULL AND failed_at IS NULL", Long.class) > 0)
          && System.nanoTime() < until) {
        Thread.sleep(200);
      }
    } finally {
      jobExecutor.shutdown();
    }
  }

  /**
   * Starts the congresses through the engine, {@value #BATCH} per transaction, on {@link #setupThreads} threads: the
   * starts of different congresses share no row, so they run side by side as the officials' requests would.
   */
  private List<String> startCongresses(ProcessEngine engine, ProcessEngineConfigurationImpl configuration,
      List<String> communes) throws Exception {
    ExecutorService starters = Executors.newFixedThreadPool(setupThreads);
    try {
      List<Future<List<String>>> batches = new ArrayList<>();
      for (int from = 0; from < communes.size(); from += BATCH) {
        List<String> batch = communes.subList(from, Math.min(communes.size(), from + BATCH));
        batches.add(starters.submit(() -> configuration.getCommandExecutorTxRequired().execute(commandContext ->
            batch.stream().map(code -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS,
                code, Map.of(CongressVariables.UNIT_CODE, code)).getId()).toList())));
      }
      List<String> instances = new ArrayList<>();
      for (Future<List<String>> batch : batches) {
        instances.addAll(batch.get());
      }
      return instances;
    } finally {
      starters.shutdownNow();
    }
  }

  private static void user(ProcessEngine engine, String id, String email, String group) {
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName("Thử");
    user.setLastName("Nghiệm");
    user.setEmail(email);
    user.setPassword(PASSWORD);
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, group);
  }

  /**
   * Suspends the asynchronous jobs waiting before midnight, if any; returns them, and the timers
   * that will be due at midnight, by activity.
   */
  private static Map<String, Long> suspendAsynchronousWork(ProcessEngine engine, Date midnight) {
    Map<String, String> activities = engine.getManagementService().createJobDefinitionQuery().list().stream()
        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    List<Job> messages = engine.getManagementService().createJobQuery().messages().list();
    messages.stream().map(Job::getJobDefinitionId).distinct()
        .forEach(id -> engine.getManagementService().suspendJobDefinitionById(id, true));
    Map<String, Long> waiting = new LinkedHashMap<>(messages.stream().collect(Collectors.groupingBy(
        job -> "suspended " + activities.get(job.getJobDefinitionId()), Collectors.counting())));
    engine.getManagementService().createJobQuery().timers().duedateLowerThen(new Date(midnight.getTime() + 1))
        .list().stream().collect(Collectors.groupingBy(job -> "timer due " + activities.get(job.getJobDefinitionId()),
            Collectors.counting())).forEach(waiting::put);
    return waiting;
  }

  /**
   * The storm as it goes, polled: when the engine's side was done (every congress's task, record and mail's row, no job
   * left to run), when the mails were (each escalation marked sent and in the council member's mailbox), and the
   * progress second by second for the report. Counts only: the mailbox's size, never a copy of its messages.
   */
  private final class Storm {

    private final long start;
    private long engineDone = -1;
    private long mailsDone = -1;
    private final List<long[]> progress = new ArrayList<>();

    Storm(long start) {
      this.start = start;
    }

    long start() {
      return start;
    }

    /** Counts once; returns whether everything is done. */
    boolean observe(ProcessEngine engine, JdbcTemplate jdbc, GreenMail mail) throws FolderException {
      long now = System.nanoTime();
      Map<String, Object> counts = jdbc.queryForMap("SELECT"
              + " (SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?) AS tasks,"
              + " (SELECT count(*) FROM campaign_escalation WHERE subject = 'CONGRESS') AS records,"
              + " (SELECT count(*) FROM notification_outbox WHERE kind = ?) AS recorded,"
              + " (SELECT count(*) FROM notification_outbox WHERE kind = ? AND sent_at IS NOT NULL) AS sent",
          ProcessKeys.TASK_HANDLE_OVERDUE, MessageKind.OVERDUE_ESCALATION.name(), MessageKind.OVERDUE_ESCALATION.name());
      long tasks = ((Number) counts.get("tasks")).longValue();
      long records = ((Number) counts.get("records")).longValue();
      long recorded = ((Number) counts.get("recorded")).longValue();
      long sent = ((Number) counts.get("sent")).longValue();
      GreenMailUser council = mail.getUserManager().getUserByEmail(COUNCIL_MAIL);
      long received = council == null ? 0
          : mail.getManagers().getImapHostManager().getInbox(council).getMessageCount();
      long second = (now - start) / 1_000_000_000L;
      if (progress.isEmpty() || progress.get(progress.size() - 1)[0] < second) {
        progress.add(new long[] {second, tasks, recorded, sent, received});
      }
      if (engineDone < 0 && tasks >= storm && records >= storm && recorded >= storm
          && engine.getManagementService().createJobQuery().executable().count() == 0) {
        engineDone = now;
      }
      if (mailsDone < 0 && sent >= storm && received >= storm) {
        mailsDone = now;
      }
      return engineDone >= 0 && mailsDone >= 0;
    }

    long engineDone() {
      return engineDone;
    }

    long mailsDone() {
      return mailsDone;
    }

    long allDone() {
      return engineDone < 0 || mailsDone < 0 ? -1 : Math.max(engineDone, mailsDone);
    }

    /** Seconds from the start to that moment; not reached: the time it was waited for. */
    double seconds(long moment) {
      return ((moment < 0 ? System.nanoTime() : moment) - start) / 1e9;
    }

    List<long[]> progress() {
      return progress;
    }
  }

  private Map<String, Object> exactlyOnce(ProcessEngine engine, JdbcTemplate jdbc, GreenMail mail,
      Set<String> instances, Set<String> communes) throws MessagingException {
    Map<String, Object> checks = new LinkedHashMap<>();
    List<Map<String, Object>> tasks = jdbc.queryForList("SELECT proc_inst_id_ AS id, count(*) AS n FROM act_ru_task"
        + " WHERE task_def_key_ = ? GROUP BY proc_inst_id_", ProcessKeys.TASK_HANDLE_OVERDUE);
    checks.put("one reviewer's task (handleOverdue) per congress", onceEach(tasks, instances));
    List<Map<String, Object>> sent = jdbc.queryForList("SELECT process_instance_id AS id, count(*) AS n FROM"
        + " notification_sent WHERE kind = ? GROUP BY process_instance_id", MessageKind.OVERDUE_ESCALATION.name());
    checks.put("one escalation mail recorded per congress", onceEach(sent, instances));
    List<Map<String, Object>> records = jdbc.queryForList("SELECT unit_code AS id, count(*) AS n FROM"
        + " campaign_escalation WHERE subject = 'CONGRESS' GROUP BY unit_code");
    checks.put("one escalation in the campaign's record per congress", onceEach(records, communes));
    // other mails go out at the same midnight (reminders): the escalations are those recorded as such, whose outbox id
    // is their Message-ID's first part
    Set<String> escalations = new HashSet<>(jdbc.queryForList("SELECT id FROM notification_outbox WHERE kind = ?"
        + " AND sent_at IS NOT NULL", String.class, MessageKind.OVERDUE_ESCALATION.name()));
    // GreenMail keeps one copy per recipient with a mailbox: a message to the council member and the reviewer is
    // there twice, once for each; a mail sent twice would be there twice for the same recipient
    Map<String, Long> received = new HashMap<>();
    Map<String, Long> recipients = new HashMap<>();
    MimeMessage[] messages = mail.getReceivedMessages();
    String sample = messages.length == 0 ? "none" : messages[0].getMessageID() + " to "
        + Arrays.toString(messages[0].getRecipients(Message.RecipientType.TO));
    for (MimeMessage message : messages) {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      String id = message.getMessageID() == null ? "" : message.getMessageID().replaceFirst("^<", "");
      String key = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
      if (escalations.contains(key) && to != null
          && Arrays.stream(to).anyMatch(address -> address.toString().contains(COUNCIL_MAIL))) {
        received.merge(key, 1L, Long::sum);
        recipients.put(key, Arrays.stream(to).map(Address::toString)
            .filter(address -> address.contains(COUNCIL_MAIL) || address.contains(REVIEWER_MAIL)).count());
      }
    }
    checks.put(String.format(Locale.ROOT, "one mail received by the council member per congress (%d recorded, %d"
        + " of them received, %d messages; e.g. %s)", escalations.size(), received.size(), messages.length, sample),
        escalations.size() == storm
        && received.size() == storm && received.equals(recipients));
    checks.put("no incident", engine.getRuntimeService().createIncidentQuery().count() == 0);
    return checks;
  }

  private static boolean onceEach(List<Map<String, Object>> counts, Set<String> expected) {
    Set<String> ids = counts.stream().filter(row -> ((Number) row.get("n")).intValue() == 1)
        .map(row -> (String) row.get("id")).collect(Collectors.toSet());
    return counts.size() == expected.size() && ids.equals(expected);
  }

  private String report(ProcessEngineConfigurationImpl configuration, DispatchProperties dispatch,
      double setupSeconds, Storm run, Map<String, Long> pending, Map<String, Object> checks, double loadBefore,
      double loadAfter) {
    JobExecutor executor = configuration.getJobExecutor();
    double all = run.seconds(run.allDone());
    double engineSide = run.seconds(run.engineDone());
    double mails = run.seconds(run.mailsDone());
    StringBuilder md = new StringBuilder("## The deadline storm (`DeadlineStormBenchmark`)\n\n")
        .append("- date: ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append('\n')
        .append(String.format(Locale.ROOT, "- %d congresses whose last day (%s) passes at one midnight; set up in "
            + "%.0f s (not measured)%n", storm, LAST_DAY, setupSeconds))
        .append(String.format(Locale.ROOT, "- load average (1 min) before the storm %.2f, after it %.2f%n",
            loadBefore, loadAfter))
        .append("- jobs at midnight: ").append(pending).append('\n')
        .append(String.format(Locale.ROOT, "- job executor: %s, maxJobsPerAcquisition %d, waitTime %d ms, "
                + "maxWait %d ms, lockTime %d ms, acquireByDueDate %s, preferTimerJobs %s%n",
            executor.getClass().getSimpleName(), executor.getMaxJobsPerAcquisition(), executor.getWaitTimeInMillis(),
            executor.getMaxWait(), executor.getLockTimeInMillis(), configuration.isJobExecutorAcquireByDueDate(),
            configuration.isJobExecutorPreferTimerJobs()))
        .append(executor instanceof SpringJobExecutor spring
            && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool
            ? String.format(Locale.ROOT, "- job executor's threads: core %d, max %d, queue %d%n",
                pool.getCorePoolSize(), pool.getMaxPoolSize(), pool.getQueueCapacity()) : "")
        .append(String.format(Locale.ROOT, "- mail dispatcher: %d threads, batches of %d%n", dispatch.threads(),
            dispatch.batchSize()))
        .append(String.format(Locale.ROOT, "%n**All %d escalated in %.1f s (%.1f per second)**, each: the reviewer's "
            + "`handleOverdue`, the escalation mail received by the council member and recorded, the campaign's "
            + "record. The engine's side (task, record, the mail's row; no job left) in %.1f s (%.1f per second); "
            + "the last mail received at %.1f s.%n%n", storm, all, storm / all, engineSide, storm / engineSide, mails));
    checks.forEach((check, ok) -> md.append("- ").append(check).append(": ").append(ok).append('\n'));
    md.append("\n| second | `handleOverdue` open | mails recorded | mails sent | received by the council member |\n")
        .append("|---:|---:|---:|---:|---:|\n");
    List<long[]> progress = run.progress();
    long step = Math.max(1, progress.isEmpty() ? 1 : progress.get(progress.size() - 1)[0] / 20);
    for (int i = 0; i < progress.size(); i++) {
      long[] row = progress.get(i);
      if (row[0] % step == 0 || i == progress.size() - 1) {
        md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d |%n", row[0], row[1], row[2], row[3],
            row[4]));
      }
    }
    return md.toString();
  }
}
