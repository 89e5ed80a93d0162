package vn.laichau.thidua.notification;

import org.springframework.stereotype.Component;

/**
 * The timer cycle of the {@code reminder-sweep} process ({@code thidua.reminders.sweep-cycle}). A bean of its own,
 * needing nothing of the engine: the engine reads it while it deploys the process, before its own services exist.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

  private final ReminderSweepProperties properties;

  public ReminderSchedule(ReminderSweepProperties properties) {
    this.properties = properties;
  }

  public String cycle() {
    return properties.sweepCycle();
  }
}
