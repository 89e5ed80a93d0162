package vn.laichau.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.support.PostgresTest;
import vn.laichau.thidua.unit.JdbcUnitRegistry;

/**
 * The application's own queries that run at every step of a congress or at every read of the dashboard, explained by
 * PostgreSQL with national row counts: 20,000 units, 100,000 congresses of 20 campaigns (the last one running),
 * 20,000 escalations, 100,000 mails, 200,000 reminders. Each must read its table through an index, never by a sequential scan: at that
 * size a scan is what turns a step of milliseconds into one of tenths of a second.
 *
 * <p>The rows are written in one transaction that is rolled back after the plans are read (ANALYZE included, and the
 * index dropped to show that the check tells a missing one), so the shared database keeps none of them. The plans go to {@code target/query-plans.md}; the README quotes them.
 */
@PostgresTest
class ProductQueryPlansTest {

  private static final String OPEN = "'DRAFTING', 'UNDER_REVIEW', 'APPROVED'";

  /** Each query as the application sends it, with realistic arguments. */
  private record Query(String name, String table, String sql, Object... arguments) {
  }

  private static final List<Query> QUERIES = List.of(
      new Query("a congress's progress (every step)", "congress_progress",
          "SELECT * FROM congress_progress WHERE process_instance_id = ?", "XP-20-4321"),
      new Query("a unit's congress in a campaign (start, lists)", "congress_progress",
          "SELECT * FROM congress_progress WHERE campaign_id = ? AND unit_code = ?", "XK-20", "XC-4321"),
      new Query("a campaign's congresses (dashboard, report)", "congress_progress",
          "SELECT * FROM congress_progress WHERE campaign_id = ? ORDER BY unit_code", "XK-20"),
      new Query("a district's communes (dashboard of Phòng Nội vụ)", "congress_progress",
          "SELECT * FROM congress_progress WHERE campaign_id = ? AND level = 'CO_SO' AND district_code IN (?, ?)"
              + " ORDER BY unit_code", "XK-20", "XD-7", "XD-8"),
      new Query("the open congresses of a wave (each end of a congress)", "congress_progress",
          "SELECT COUNT(*) FROM congress_progress WHERE campaign_id = ? AND level = ? AND status IN (" + OPEN + ")",
          "XK-20", "CO_SO"),
      new Query("open congresses by state (metrics)", "congress_progress",
          "SELECT status, COUNT(*) AS n FROM congress_progress WHERE status IN (" + OPEN + ") GROUP BY status"),
      new Query("overdue congresses (metrics)", "congress_progress",
          "SELECT COUNT(*) FROM congress_progress WHERE status IN (" + OPEN + ") AND (overdue = TRUE OR last_day < ?)",
          java.sql.Date.valueOf("2025-04-01")),
      new Query("a congress's register with its unit (every step)", "congress_register",
          "SELECT r.unit_code, r.campaign_id, r.original_last_day, r.last_day, r.granted_groups, "
              + JdbcUnitRegistry.columns("u") + " FROM congress_register r LEFT JOIN unit u ON u.code = r.unit_code"
              + " WHERE r.process_instance_id = ?", "XP-20-4321"),
      new Query("a unit's congresses in a campaign (every start)", "congress_register",
          "SELECT process_instance_id FROM congress_register WHERE unit_code = ? AND campaign_id = ?"
              + " AND process_instance_id <> ?", "XC-4321", "XK-20", "XP-20-4321"),
      new Query("a campaign's congresses near their last day (the daily reminder sweep, R7)", "congress_register",
          "SELECT r.process_instance_id, r.last_day, r.started_at, (SELECT MAX(m.reminder_day) FROM congress_reminder m"
              + " WHERE m.process_instance_id = r.process_instance_id AND m.kind = ?) reminded"
              + " FROM congress_register r JOIN congress_progress p ON p.process_instance_id = r.process_instance_id"
              + " WHERE r.campaign_id = ? AND r.last_day >= ? AND r.last_day <= ? AND p.ended_at IS NULL AND"
              + " (p.status IN ('DRAFTING', 'UNDER_REVIEW') OR (p.status = 'APPROVED' AND p.meeting_date > ?))",
          "DEADLINE_REMINDER", "XK-20", java.sql.Date.valueOf("2025-03-20"), java.sql.Date.valueOf("2025-04-19"),
          java.sql.Date.valueOf("2025-03-20")),
      new Query("a campaign's congresses drafting near their last day of submission (the sweep, R6)",
          "congress_register",
          "SELECT r.process_instance_id, r.unit_code, r.last_day, p.meeting_date, (SELECT MAX(m.reminder_day)"
              + " FROM congress_reminder m WHERE m.process_instance_id = r.process_instance_id AND m.kind = ?) reminded"
              + " FROM congress_register r JOIN congress_progress p ON p.process_instance_id = r.process_instance_id"
              + " WHERE r.campaign_id = ? AND p.ended_at IS NULL AND p.status = 'DRAFTING'"
              + " AND (COALESCE(p.meeting_date, r.last_day) BETWEEN ? AND ?"
              + " OR (p.meeting_date IS NULL AND p.pilot = TRUE AND r.last_day > ?)) AND EXISTS (SELECT 1"
              + " FROM act_ru_task t WHERE t.proc_inst_id_ = r.process_instance_id AND t.task_def_key_ = 'draftPlan')",
          "SUBMISSION_REMINDER", "XK-20", java.sql.Date.valueOf("2025-03-17"), java.sql.Date.valueOf("2025-03-31"),
          java.sql.Date.valueOf("2025-03-16")),
      new Query("the reminders still due (each chunk of the sweep)", "congress_reminder",
          "SELECT m.process_instance_id, m.kind, m.reminder_day, m.about_day, r.campaign_id, r.last_day,"
              + " CASE WHEN p.ended_at IS NULL AND (p.status IN ('DRAFTING', 'UNDER_REVIEW') OR (p.status = 'APPROVED'"
              + " AND p.meeting_date > ?)) THEN 1 ELSE 0 END, CASE WHEN p.ended_at IS NULL AND p.status = 'DRAFTING'"
              + " AND EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = r.process_instance_id"
              + " AND t.task_def_key_ = 'draftPlan') THEN 1 ELSE 0 END"
              + " FROM congress_reminder m JOIN congress_register r ON r.process_instance_id = m.process_instance_id"
              + " JOIN congress_progress p ON p.process_instance_id = m.process_instance_id"
              + " WHERE m.state = 'DUE' ORDER BY m.found_at, m.process_instance_id, m.kind, m.reminder_day"
              + " FETCH FIRST 100 ROWS ONLY", java.sql.Date.valueOf("2025-03-24")),
      new Query("a unit (every step)", "unit",
          "SELECT code, name, level, kind, staff_count, parent_code, council_member, active FROM unit WHERE code = ?",
          "XC-4321"),
      new Query("a district's communes (registry, campaign)", "unit",
          "SELECT code, name, level, kind, staff_count, parent_code, council_member, active FROM unit"
              + " WHERE parent_code = ? ORDER BY code", "XD-7"),
      new Query("a council member's units (dashboard, R10)", "unit",
          "SELECT code FROM unit WHERE council_member = ?", "cm-7"),
      new Query("a campaign's escalations (dashboard, report)", "campaign_escalation",
          "SELECT id, subject, unit_code, last_day, escalated_at FROM campaign_escalation WHERE campaign_id = ?"
              + " ORDER BY escalated_at, id", "XK-20"),
      new Query("a unit's latest escalation (R7)", "campaign_escalation",
          "SELECT id, subject, unit_code, last_day, escalated_at FROM campaign_escalation WHERE campaign_id = ?"
              + " AND subject = ? AND unit_code = ? ORDER BY escalated_at DESC, id DESC", "XK-20", "CONGRESS",
          "XC-4321"),
      new Query("a mail of the outbox (each sending)", "notification_outbox",
          "SELECT id, recipients, subject, body, html, sent_at FROM notification_outbox WHERE message_key = ?",
          "mail-4321"),
      new Query("a congress's mails", "notification_outbox",
          "SELECT id FROM notification_outbox WHERE process_instance_id = ?", "XP-20-4321"));

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void everyQueryOfAStepOrOfTheDashboardReadsItsTableThroughAnIndex() throws IOException {
    List<String> plans = new ArrayList<>();
    StringBuilder withoutIndex = new StringBuilder();
    TransactionTemplate rolledBack = new TransactionTemplate(transactions);
    rolledBack.executeWithoutResult(status -> {
      status.setRollbackOnly();
      fillAtNationalScale();
      for (Query query : QUERIES) {
        plans.add(explain(query));
      }
      // the check tells a missing index: without the progress's index on the instance, a step scans the table
      jdbc.execute("DROP INDEX congress_progress_instance_idx");
      withoutIndex.append(explain(QUERIES.get(0)));
    });
    assertThat(withoutIndex).as("the plan without the index").contains("Seq Scan on congress_progress");
    StringBuilder report = new StringBuilder("# Query plans at national scale (`ProductQueryPlansTest`)\n\n");
    for (int i = 0; i < QUERIES.size(); i++) {
      report.append("## ").append(QUERIES.get(i).name()).append("\n\n    ").append(QUERIES.get(i).sql())
          .append("\n\n```\n").append(plans.get(i)).append("```\n\n");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/query-plans.md"), report, StandardCharsets.UTF_8);

    for (int i = 0; i < QUERIES.size(); i++) {
      Query query = QUERIES.get(i);
      assertThat(plans.get(i)).as("%s%n%s", query.name(), plans.get(i))
          .containsPattern("Index (Only )?Scan|Bitmap Index Scan")
          .doesNotContain("Seq Scan on " + query.table());
    }
  }

  private String explain(Query query) {
    StringBuilder plan = new StringBuilder();
    jdbc.query("EXPLAIN " + query.sql(), rs -> {
      plan.append(rs.getString(1)).append('\n');
    }, query.arguments());
    return plan.toString();
  }

  /** Rows of a province-wide plan run nationally for years; the application's own rows stay as they are. */
  private void fillAtNationalScale() {
    jdbc.update("INSERT INTO unit (code, name, level, kind, parent_code) VALUES ('XP', 'Tỉnh X', 'SO_NGANH_HUYEN',"
        + " 'CIVIL', NULL)");
    jdbc.update("INSERT INTO unit (code, name, level, kind, parent_code) SELECT 'XD-' || d, 'Huyện ' || d,"
        + " 'SO_NGANH_HUYEN', 'CIVIL', 'XP' FROM generate_series(0, 199) d");
    jdbc.update("INSERT INTO unit (code, name, level, kind, parent_code, council_member) SELECT 'XC-' || u,"
        + " 'Xã ' || u, 'CO_SO', 'CIVIL', 'XD-' || (u % 200), 'cm-' || (u % 50) FROM generate_series(1, 20000) u");
    // 20 campaigns shaped like the configured one
    jdbc.execute("CREATE TEMPORARY TABLE model_campaign ON COMMIT DROP AS SELECT * FROM campaign"
        + " WHERE id = (SELECT MIN(id) FROM campaign)");
    for (int c = 1; c <= 20; c++) {
      jdbc.update("UPDATE model_campaign SET id = ?", "XK-" + c);
      jdbc.update("INSERT INTO campaign SELECT * FROM model_campaign");
    }
    // every campaign but the last has ended; the last one is running, a quarter of its congresses in each state
    jdbc.update("INSERT INTO congress_progress (campaign_id, unit_code, process_instance_id, unit_name, level,"
        + " district_code, status, last_day, started_at, updated_at) SELECT 'XK-' || c, 'XC-' || u,"
        + " 'XP-' || c || '-' || u, 'Xã ' || u, 'CO_SO', 'XD-' || (u % 200), CASE WHEN c < 20 THEN 'HELD_ON_TIME'"
        + " ELSE (ARRAY['DRAFTING', 'UNDER_REVIEW', 'APPROVED', 'HELD_ON_TIME'])[1 + u % 4] END,"
        + " DATE '2025-03-31', now(), now() FROM generate_series(1, 20) c, generate_series(1, 5000) u");
    jdbc.update("INSERT INTO congress_register (process_instance_id, unit_code, campaign_id, original_last_day,"
        + " last_day, started_at, granted_groups) SELECT process_instance_id, unit_code, campaign_id, last_day,"
        + " last_day, started_at, 'unit-' || unit_code FROM congress_progress WHERE campaign_id LIKE 'XK-%'");
    jdbc.update("INSERT INTO campaign_escalation (campaign_id, subject, unit_code, last_day, escalated_at)"
        + " SELECT 'XK-' || c, 'CONGRESS', 'XC-' || u, DATE '2025-03-31', now() FROM generate_series(1, 20) c,"
        + " generate_series(1, 1000) u");
    jdbc.update("INSERT INTO notification_outbox (id, message_key, kind, process_instance_id, recipients, subject,"
        + " body, html, created_at, sent_at, attempts) SELECT 'id-' || m, 'mail-' || m, 'REMINDER',"
        + " 'XP-' || (1 + m % 20) || '-' || (m % 5000), 'a@example.vn', 'Nhắc việc', '', '', now(), now(), 1"
        + " FROM generate_series(1, 100000) m");
    // the reminders of the ended campaigns, sent, and this morning's of the running one, due
    jdbc.update("INSERT INTO congress_reminder (process_instance_id, kind, reminder_day, about_day, state, found_at,"
        + " done_at) SELECT process_instance_id, 'DEADLINE_REMINDER', last_day - o, last_day,"
        + " CASE WHEN campaign_id = 'XK-20' AND o = 7 THEN 'DUE' ELSE 'SENT' END, now(), now()"
        + " FROM congress_register, (VALUES (30), (7)) offsets(o) WHERE campaign_id LIKE 'XK-%'");
    for (String table : List.of("unit", "campaign", "congress_progress", "congress_register", "campaign_escalation",
        "notification_outbox", "congress_reminder")) {
      jdbc.execute("ANALYZE " + table);
    }
  }
}
