package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.identity.Groups;

/**
 * Someone guesses passwords: the client is slowed down (429 with {@code Retry-After}, over REST and on the webapps'
 * login page alike), but no account is locked for good: once the delay has passed, the right password works again,
 * however many wrong ones came before. The engine clock stands still and moves when the test says.
 */
class LoginGuessingAttackTest extends WebSecurityTestSupport {

  private static final String OFFICIAL = "tc-doan-mat-khau";
  private static final String WRONG = "Sai-Mat-Khau-2025!";

  @Autowired
  LoginThrottle throttle;

  private long now;

  @BeforeEach
  void clockStandsStill() {
    ensureUser(OFFICIAL, Groups.unit("03424"));
    throttle.forgetAll();
    now = System.currentTimeMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void cleanUp() {
    throttle.forgetAll();
    ClockUtil.reset();
    engine.getIdentityService().unlockUser(OFFICIAL);
  }

  @Test
  void aClientThatKeepsGuessingWaitsThenTheRightPasswordWorks() {
    Caller guesser = Caller.basic(port, OFFICIAL, WRONG);
    for (int attempt = 1; attempt <= 11; attempt++) {
      Caller.Response answer = guesser.get(restApi() + "/task");
      assertThat(answer.status()).as("attempt " + attempt + ": " + answer).isEqualTo(401);
    }
    Caller.Response slowed = guesser.get(restApi() + "/task");
    assertThat(slowed.status()).as(slowed.toString()).isEqualTo(429);
    assertThat(slowed.header("Retry-After")).isNotNull();
    assertThat(slowed.body()).contains("thử lại sau", "không bị khóa");
    // the same client on the webapps' login page, and even with the right password: it waits first
    Caller tasklist = Caller.webapp(port, engine.getName(), OFFICIAL, PASSWORD, "tasklist");
    assertThat(tasklist.lastLogin.status()).as(tasklist.lastLogin.toString()).isEqualTo(429);
    assertThat(rest(OFFICIAL).get(restApi() + "/task").status()).isEqualTo(429);

    moveClockSeconds(61);
    assertThat(rest(OFFICIAL).get(restApi() + "/task").status()).isEqualTo(200);
    assertThat(Caller.webapp(port, engine.getName(), OFFICIAL, PASSWORD, "tasklist").lastLogin.status())
        .isEqualTo(200);
  }

  @Test
  void manyWrongPasswordsNeverLockAnOfficialOutForGood() {
    Caller guesser = Caller.basic(port, OFFICIAL, WRONG);
    // each guess after the account's own delay, so that every one of them counts: more than the engine's
    // default limit of 10 attempts, after which it would lock the account until an administrator unlocks it
    for (int attempt = 1; attempt <= 12; attempt++) {
      moveClockSeconds(61);
      assertThat(guesser.get(restApi() + "/task").status()).as("attempt " + attempt).isEqualTo(401);
    }
    moveClockSeconds(61);
    Caller.Response official = rest(OFFICIAL).get(restApi() + "/task");
    assertThat(official.status()).as(official.toString()).isEqualTo(200);
  }

  private void moveClockSeconds(int seconds) {
    now += seconds * 1000L;
    ClockUtil.setCurrentTime(new Date(now));
  }
}
