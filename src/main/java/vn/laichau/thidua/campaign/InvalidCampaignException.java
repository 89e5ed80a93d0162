package vn.laichau.thidua.campaign;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input for a campaign or for one of its tasks (a date out of order, an unknown province, a commune outside the
 * district): Vietnamese messages naming the field and the values, all found at once.
 *
 * <p>It is a {@link FormFieldValidationException} so that the engine's REST API answers 400 when it is thrown while a
 * start form or a task of {@code emulation-campaign} is submitted; thrown inside the engine's command it rolls the
 * whole submission back. {@code /api/campaigns} answers it with 400 ({@link CampaignApiExceptionHandler}).
 */
public class InvalidCampaignException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidCampaignException(String problem) {
    this(List.of(problem));
  }

  public InvalidCampaignException(List<String> problems) {
    super(List.copyOf(problems), String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
