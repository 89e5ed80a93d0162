package vn.laichau.thidua.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Failed sign-ins per client (its address): the first {@code freeAttempts} within {@code window} cost nothing; each
 * further one makes the client wait before the next try, twice as long as before, up to {@code maxDelay}. Nothing is
 * ever locked for good: once the delay has passed the right password works again, and failures older than the window
 * are forgotten. The engine clock measures the time, so that the behaviour is testable without waiting.
 *
 * <p>The identity service adds its own delay per account ({@code loginDelay…}); its permanent lock after
 * {@code loginMaxAttempts} is switched off in the configuration, since it would let anyone lock an official or the
 * administrator out by guessing wrong on purpose.
 */
public class LoginThrottle {

  private static final int MAX_CLIENTS = 10_000;

  private final int freeAttempts;
  private final Duration window;
  private final Duration maxDelay;
  private final Map<String, Failures> clients = new ConcurrentHashMap<>();

  public LoginThrottle(int freeAttempts, Duration window, Duration maxDelay) {
    this.freeAttempts = freeAttempts;
    this.window = window;
    this.maxDelay = maxDelay;
  }

  /** How long the client must still wait before it may try again; empty when it may try now. */
  public Optional<Duration> waitFor(String client) {
    Failures failures = current(client);
    if (failures == null || failures.count() <= freeAttempts) {
      return Optional.empty();
    }
    long remaining = failures.last() + delay(failures.count()).toMillis() - now();
    return remaining > 0 ? Optional.of(Duration.ofMillis(remaining)) : Optional.empty();
  }

  public void failed(String client) {
    if (clients.size() > MAX_CLIENTS) {
      clients.entrySet().removeIf(entry -> expired(entry.getValue()));
    }
    clients.compute(client, (key, failures) -> new Failures(
        failures == null || expired(failures) ? 1 : failures.count() + 1, now()));
  }

  /** Forgets every client (a restart does the same). */
  public void forgetAll() {
    clients.clear();
  }

  Duration delay(int count) {
    int beyond = Math.min(count - freeAttempts - 1, 30);
    Duration delay = Duration.ofSeconds(1L << beyond);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private Failures current(String client) {
    Failures failures = clients.get(client);
    return failures == null || expired(failures) ? null : failures;
  }

  private boolean expired(Failures failures) {
    return now() - failures.last() > window.toMillis();
  }

  private static long now() {
    return ClockUtil.getCurrentTime().getTime();
  }

  private record Failures(int count, long last) {
  }
}
