package vn.laichau.thidua.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;

/**
 * Strong random passwords for accounts the system creates (the first administrator, imported officials, demo users),
 * so that no password is ever built into the application. 20 characters from upper and lower case letters, digits and
 * signs (at least one of each), without look-alikes (I, l, O, 0, 1) because officials may have to type them from
 * paper. A candidate that breaks the engine's password policy for that user (it may not contain the user's id or
 * names) is drawn again.
 */
public class PasswordGenerator {

  static final int LENGTH = 20;
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SIGNS = "!#%*+-=?@_";
  private static final String ALL = UPPER + LOWER + DIGITS + SIGNS;

  private final SecureRandom random = new SecureRandom();

  /** A password that passes the engine's password policy for this user (when the policy is on). */
  public String forUser(IdentityService identityService, User user) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    while (true) {
      String candidate = next();
      if (policy == null || identityService.checkPasswordAgainstPolicy(policy, candidate, user).isValid()) {
        return candidate;
      }
    }
  }

  String next() {
    List<Character> characters = new ArrayList<>(LENGTH);
    for (String mandatory : new String[] {UPPER, LOWER, DIGITS, SIGNS}) {
      characters.add(pick(mandatory));
    }
    while (characters.size() < LENGTH) {
      characters.add(pick(ALL));
    }
    Collections.shuffle(characters, random);
    StringBuilder password = new StringBuilder(LENGTH);
    characters.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
