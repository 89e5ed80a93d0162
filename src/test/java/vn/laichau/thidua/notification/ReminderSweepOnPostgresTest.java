package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.thidua.notification.EngineTime.at;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.support.PostgresTest;

/**
 * The daily reminder sweep's own SQL on a real PostgreSQL: its queries of the register, the progress and the open
 * tasks, its batch of reminders found due, its chunks' conditional marks, each reminder written once however often
 * the sweep runs.
 */
@PostgresTest
class ReminderSweepOnPostgresTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachReminderIsFoundRecordedAndWrittenOnceOnPostgresql() {
    at("2025-01-10T09:00");
    ProcessInstance congress = runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, "03400",
        Map.of("unitCode", "03400"));
    try {
      sweep("2025-03-01T06:00"); // R7: 30 days before 31/03/2025
      sweep("2025-03-01T18:00");
      sweep("2025-03-16T06:00"); // R6: 15 days before the last day, draftPlan open
      sweep("2025-03-17T06:00");

      assertThat(jdbc.queryForList("SELECT kind || ' ' || reminder_day || ' ' || state FROM congress_reminder"
              + " WHERE process_instance_id = ? ORDER BY reminder_day", String.class, congress.getId()))
          .containsExactly("DEADLINE_REMINDER 2025-03-01 SENT", "SUBMISSION_REMINDER 2025-03-16 SENT");
      assertThat(jdbc.queryForList("SELECT kind FROM notification_outbox WHERE process_instance_id = ?"
              + " AND kind IN ('DEADLINE_REMINDER', 'SUBMISSION_REMINDER') ORDER BY created_at", String.class,
          congress.getId())).containsExactly("DEADLINE_REMINDER", "SUBMISSION_REMINDER");
    } finally {
      runtimeService.deleteProcessInstance(congress.getId(), "test finished", true, true);
    }
  }

  /** The sweep's timer and chunks at this Vietnam time; its mails stay in the outbox (no mail server here). */
  void sweep(String vietnamDateTime) {
    at(vietnamDateTime);
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP)
        .timers().singleResult().getId());
    EngineTime.runSweepChunks(managementService);
  }
}
