package vn.laichau.thidua.notification;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;

/** The engine clock in Vietnam time, and the job executor's work done by the test itself. */
final class EngineTime {

  private EngineTime() {
  }

  /** Sets the engine clock, e.g. {@code at("2025-04-01T00:00:01")} in Vietnam time. */
  static void at(String vietnamDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamDateTime).atZone(VietnamTime.ZONE).toInstant()));
  }

  /**
   * Executes the instance's due jobs, as the job executor would, until none is due or one fails; returns the failures
   * (a failed job is retried only when its next try is due).
   */
  static List<Exception> runDueJobs(ManagementService managementService, String processInstanceId) {
    List<Exception> failures = new ArrayList<>();
    List<Job> due;
    while (failures.isEmpty()
        && !(due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list())
            .isEmpty()) {
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (Exception e) {
          failures.add(e);
        }
      }
    }
    return failures;
  }

  /**
   * Executes the instance's due jobs, then sends every mail due on the engine clock, as the job executor and the
   * mail dispatcher would; returns the jobs' failures.
   */
  static List<Exception> runDueJobs(ManagementService managementService, NotificationDispatcher dispatcher,
      String processInstanceId) {
    List<Exception> failures = runDueJobs(managementService, processInstanceId);
    dispatcher.dispatchDue();
    return failures;
  }

  /**
   * The daily reminder sweep at the engine clock's time, as the job executor would run it: its timer (which finds the
   * reminders due), then each chunk's job, then the mails due; returns how many chunks ran.
   */
  static int sweepReminders(ManagementService managementService, NotificationDispatcher dispatcher) {
    Job reminderDay = managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).timers()
        .singleResult();
    managementService.executeJob(reminderDay.getId());
    int chunks = runSweepChunks(managementService);
    dispatcher.dispatchDue();
    return chunks;
  }

  /** Executes the chunks of every sweep under way, until none is left; returns how many ran. */
  static int runSweepChunks(ManagementService managementService) {
    int chunks = 0;
    List<Job> due;
    while (!(due = managementService.createJobQuery().processDefinitionKey(ProcessKeys.REMINDER_SWEEP).messages()
        .executable().list()).isEmpty()) {
      for (Job job : due) {
        managementService.executeJob(job.getId());
        chunks++;
      }
    }
    return chunks;
  }

  /**
   * Sends what earlier tests of the same context left due (their engine clock stopped before its retry), at today's
   * time, so that a test's mail server receives only its own mails.
   */
  static void sendLeftovers(NotificationDispatcher dispatcher) {
    ClockUtil.reset();
    dispatcher.dispatchDue();
  }
}
