package vn.laichau.thidua.congress;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule an input breaks, so a user who filled a long form learns all that is wrong at once, then refuses
 * the input with one {@link RuleViolationException}.
 */
public final class Violations {

  private final List<String> messages = new ArrayList<>();

  /** Records a violation of a rule; the message reads "R3 – Số đại biểu ...". */
  public void add(String rule, String message) {
    messages.add(rule + " – " + message);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new RuleViolationException(messages);
    }
  }
}
