package vn.laichau.thidua.congress;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An input that breaks a rule of the plan (R2–R9). Its message is Vietnamese, names the rule and the numbers,
 * and is meant for the person who filled the form.
 *
 * <p>It extends {@link FormFieldValidationException} so that the engine's REST API answers 400 where it catches that
 * type itself ({@code /submit-form}); everywhere else {@link RuleViolationExceptionMapper} finds it in the cause chain
 * and answers 400 as well. Thrown inside the engine command, it rolls back the whole completion or start: the task stays
 * open and nothing of the refused input is stored.
 */
public class RuleViolationException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final List<String> violations;

  /** One violation, e.g. {@code "R3 – Số đại biểu 250 vượt quá mức tối đa 200 ..."}. */
  public RuleViolationException(String violation) {
    this(List.of(violation));
  }

  /** Every violation found in one input, so the user can correct them all at once. */
  public RuleViolationException(List<String> violations) {
    super(List.copyOf(violations), String.join("\n", violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
    this.violations = List.copyOf(violations);
  }

  /** The separate violations, in the order they were found; also the exception's {@code detail}. */
  public List<String> getViolations() {
    return violations;
  }

  /** The refusal in the cause chain of an engine exception, if there is one. */
  public static RuleViolationException findIn(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof RuleViolationException violation) {
        return violation;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
