package vn.laichau.thidua.notification;

import org.springframework.stereotype.Component;

/**
 * The timer cycle of the {@code review-digest} process ({@code thidua.notification.daily-digest-cycle}). A bean of its
 * own, needing nothing of the engine: the engine reads it while it deploys the process, before its own services exist.
 */
@Component("digestSchedule")
public class DigestSchedule {

  private final NotificationProperties properties;

  public DigestSchedule(NotificationProperties properties) {
    this.properties = properties;
  }

  public String cycle() {
    return properties.dailyDigestCycle();
  }
}
