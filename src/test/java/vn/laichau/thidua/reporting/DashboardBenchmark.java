package vn.laichau.thidua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.BenchmarkApplication;
import vn.laichau.thidua.support.BenchmarkReport;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Speed of the Cockpit plugin's data for a campaign of N units (default 10,000) on a real PostgreSQL, over HTTP as the
 * plugin asks it: {@code /api/progress/scope} and {@code /api/campaigns/{id}/dashboard} as UBND tỉnh (the whole
 * province), a district's Phòng Nội vụ (its communes) and a council member (the province, their units first). Not a
 * test of behaviour: excluded from {@code ./mvnw verify}, run by {@code ./mvnw -o -B -Pbenchmark verify
 * -Dbenchmark.tests=DashboardBenchmark}. The target is a p95 under 300 ms; the figures go to
 * {@code target/benchmark/dashboard.md} and {@code dashboard.csv}.
 *
 * <p>The units and their congresses are written straight into the registry's and the projection's tables (a realistic
 * spread of states, meeting dates and results over the 8 districts); the engine is not involved in answering.
 */
class DashboardBenchmark {

  static final String CAMPAIGN = "LAICHAU-2025";
  static final String PASSWORD = "Do-toc-do-Mat-khau-1";
  static final LocalDate TODAY = LocalDate.of(2025, 4, 10);
  static final double TARGET_P95_MS = 300;

  private final int units = Integer.getInteger("benchmark.units", 10_000);
  private final int requests = Integer.getInteger("benchmark.requests", 200);
  private final int warmup = Integer.getInteger("benchmark.warmup", 20);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void dashboardOfALargeCampaign() throws Exception {
    try (ConfigurableApplicationContext context = BenchmarkApplication.onPostgres()
        .properties("server.port=0", "logging.level.root=WARN").run()) {
      int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      List<Unit> districts = context.getBean(UnitRegistry.class).findByParent("12").stream()
          .filter(Unit::isDistrict).toList();
      write(jdbc, districts);
      IdentityService identity = context.getBean(IdentityService.class);
      ProgressFixture.member(identity, "bm-ubnd", PASSWORD, Groups.UBND_TINH);
      ProgressFixture.member(identity, "bm-phong-noi-vu", PASSWORD, Groups.phongNoiVu(districts.get(0).code()));
      ProgressFixture.member(identity, "bm-hoi-dong", PASSWORD, Groups.HOI_DONG_TDKT);
      ProgressFixture.clockAtToday();

      Map<String, Measure> measures = new LinkedHashMap<>();
      HttpClient http = HttpClient.newHttpClient();
      for (String caller : List.of("bm-ubnd", "bm-phong-noi-vu", "bm-hoi-dong")) {
        for (String path : List.of("/api/progress/scope", "/api/campaigns/" + CAMPAIGN + "/dashboard")) {
          measures.put(caller + " " + path, measure(http, port, caller, path));
        }
      }
      report(measures);
    }
  }

  /** N communes spread over the districts, with their congresses in every state; every 100th followed. */
  private void write(JdbcTemplate jdbc, List<Unit> districts) {
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> progressRows = new ArrayList<>();
    CongressStatus[] states = Arrays.stream(CongressStatus.values()).filter(s -> s != CongressStatus.CANCELLED)
        .toArray(CongressStatus[]::new);
    OffsetDateTime started = OffsetDateTime.parse("2025-01-05T08:00:00+07:00");
    LocalDate lastDay = LocalDate.of(2025, 3, 31);
    for (int i = 0; i < units; i++) {
      String code = String.format(Locale.ROOT, "BM%05d", i);
      String district = districts.get(i % districts.size()).code();
      unitRows.add(new Object[] {code, "Xã thử nghiệm " + i, "CO_SO", "CIVIL", 100 + i % 400, district,
          i % 100 == 0 ? "bm-hoi-dong" : null});
      CongressStatus status = states[i % states.length];
      boolean approved = status == CongressStatus.APPROVED || status.isHeld();
      LocalDate meeting = approved || status == CongressStatus.UNDER_REVIEW ? lastDay.minusDays(i % 60) : null;
      boolean held = status.isHeld();
      progressRows.add(new Object[] {CAMPAIGN, code, "bm-" + code, "Xã thử nghiệm " + i, "CO_SO", district,
          status.name(), i % 13 == 0 && !status.isFinal(), lastDay, i % 5 == 0 ? lastDay.plusDays(30) : lastDay,
          meeting == null ? null : meeting.minusDays(20), approved ? meeting.minusDays(10) : null, meeting,
          held ? meeting : null, held ? 150 : null, held ? 3 : null, held ? 12 : null, held ? 2 : null, started,
          status.isFinal() ? started : null, meeting == null ? null : "MORNING",
          status == CongressStatus.NOT_HELD ? "Sáp nhập" : null, started});
    }
    jdbc.batchUpdate("INSERT INTO unit (code, name, level, kind, staff_count, parent_code, council_member)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", unitRows);
    jdbc.batchUpdate("INSERT INTO congress_progress (campaign_id, unit_code, process_instance_id, unit_name, level,"
        + " district_code, status, overdue, original_last_day, last_day, submitted_on, approved_on, meeting_date,"
        + " held_on, attendance, commended_collectives, commended_individuals, upper_delegates, started_at,"
        + " ended_at, meeting_session, not_held_reason, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", progressRows);
    jdbc.execute("ANALYZE unit");
    jdbc.execute("ANALYZE congress_progress");
  }

  private Measure measure(HttpClient http, int port, String caller, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (caller + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").build();
    long bytes = 0;
    for (int i = 0; i < warmup; i++) {
      send(http, request);
    }
    long[] latencies = new long[requests];
    for (int i = 0; i < requests; i++) {
      long t0 = System.nanoTime();
      bytes = send(http, request);
      latencies[i] = System.nanoTime() - t0;
    }
    Arrays.sort(latencies);
    return new Measure(latencies, bytes);
  }

  private static long send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(200);
    return response.body().length;
  }

  private record Measure(long[] sortedLatencies, long bytes) {
    double percentileMillis(double p) {
      int index = (int) Math.ceil(p * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))] / 1e6;
    }

    double meanMillis() {
      return Arrays.stream(sortedLatencies).average().orElse(0) / 1e6;
    }
  }

  private void report(Map<String, Measure> measures) throws IOException {
    Path directory = Path.of("target", "benchmark");
    Files.createDirectories(directory);
    String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    StringBuilder md = new StringBuilder("# Cockpit plugin's data benchmark\n\n")
        .append("- date: ").append(date).append('\n')
        .append("- machine: ").append(BenchmarkApplication.machine()).append('\n')
        .append("- database: PostgreSQL (embedded, zonky)\n")
        .append("- campaign: ").append(units).append(" units (communes over 8 districts), ")
        .append(requests).append(" requests per line after a warm-up of ").append(warmup)
        .append(", one at a time, HTTP Basic, JSON\n")
        .append("- target: p95 under ").append((int) TARGET_P95_MS).append(" ms\n\n")
        .append("| caller and request | mean (ms) | p50 (ms) | p95 (ms) | max (ms) | answer (KiB) | target |\n")
        .append("|---|---:|---:|---:|---:|---:|---|\n");
    StringBuilder csv = new StringBuilder("date,units,request,mean_ms,p50_ms,p95_ms,max_ms,bytes,target_met\n");
    measures.forEach((name, m) -> {
      boolean met = m.percentileMillis(0.95) < TARGET_P95_MS;
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %s |%n", name, m.meanMillis(),
          m.percentileMillis(0.5), m.percentileMillis(0.95), m.percentileMillis(1.0), m.bytes() / 1024.0,
          met ? "met" : "NOT met"));
      csv.append(String.format(Locale.ROOT, "%s,%d,%s,%.2f,%.2f,%.2f,%.2f,%d,%s%n", date, units, name,
          m.meanMillis(), m.percentileMillis(0.5), m.percentileMillis(0.95), m.percentileMillis(1.0), m.bytes(),
          met));
    });
    md.append("\nIndicative only: one JVM, the database and the client on the same machine, other builds may share "
        + "the CPU.\n");
    Files.writeString(directory.resolve("dashboard.md"), md, StandardCharsets.UTF_8);
    // and as a section of the run's results.md, a level down
    BenchmarkReport.section("30-dashboard", md.toString().replaceFirst("^# ", "## "));
    Files.writeString(directory.resolve("dashboard.csv"), csv, StandardCharsets.UTF_8);
    System.out.println(md);
  }
}
