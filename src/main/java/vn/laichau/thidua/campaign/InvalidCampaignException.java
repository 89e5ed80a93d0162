package vn.laichau.thidua.campaign;

import java.util.List;
import vn.laichau.thidua.campaign.api.CampaignApiExceptionHandler;
import vn.laichau.thidua.congress.RuleViolationException;

/**
 * Bad input for a campaign or for one of its tasks (a date out of order, an unknown province, a commune outside the
 * district): Vietnamese messages naming the field and the values, all found at once.
 *
 * <p>It is the project's {@link RuleViolationException}: thrown inside the engine's command it rolls the whole
 * submission back and the engine's REST API answers 400 with the message, also when the engine wrapped it (a task
 * listener's exception is wrapped in ENGINE-03051). {@code /api/campaigns} answers it with 400
 * ({@link CampaignApiExceptionHandler}).
 */
public class InvalidCampaignException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public InvalidCampaignException(String problem) {
    this(List.of(problem));
  }

  public InvalidCampaignException(List<String> problems) {
    super(problems);
  }

  public List<String> problems() {
    return getViolations();
  }
}
