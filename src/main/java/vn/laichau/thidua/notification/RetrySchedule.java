package vn.laichau.thidua.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the dispatcher tries a mail, read from {@code thidua.notification.retry-cycle} in the notation of
 * Camunda's {@code failedJobRetryTimeCycle}, which the sending jobs used before: {@code R5/PT5M} is five attempts
 * five minutes apart; a list of durations, {@code PT1M,PT10M,PT1H}, is one attempt and then one more after each
 * duration (a back-off). After the last attempt the mail is given up: the administrators' list of failed mails.
 */
public record RetrySchedule(int attempts, List<Duration> waits) {

  private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(P\\S+)");

  public static RetrySchedule parse(String cycle) {
    Matcher repeat = REPEAT.matcher(cycle.trim());
    if (repeat.matches()) {
      int attempts = Integer.parseInt(repeat.group(1));
      if (attempts < 1) {
        throw new IllegalArgumentException("thidua.notification.retry-cycle: ít nhất một lần gửi, không phải " + cycle);
      }
      return new RetrySchedule(attempts, List.of(Duration.parse(repeat.group(2))));
    }
    List<Duration> waits = Arrays.stream(cycle.split(",")).map(String::trim).map(Duration::parse).toList();
    return new RetrySchedule(waits.size() + 1, waits);
  }

  /** How long to wait after the given failed attempt (1 for the first) before the next one. */
  public Duration waitAfter(int attempt) {
    return waits.get(Math.min(attempt, waits.size()) - 1);
  }
}
