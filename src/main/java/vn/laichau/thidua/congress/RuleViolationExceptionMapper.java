package vn.laichau.thidua.congress;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * CONTRACT "Refusals": over REST a refused input is a 4xx with the Vietnamese message, never a 5xx.
 *
 * <p>The engine REST API answers 400 only where it catches a {@code FormFieldValidationException} itself; but the
 * engine wraps an exception thrown by a task listener in a plain {@code ProcessEngineException} ("ENGINE-03051 There
 * was an exception while invoking the TaskListener"), and {@code /process-definition/…/start} turns every engine
 * exception into a 500. These mappers look for a {@link RuleViolationException} in the cause chain and answer 400
 * with its own message (and the separate violations); anything else goes to Camunda's own handling unchanged
 * ({@link ExceptionHandlerHelper}, exactly what Camunda's {@code RestExceptionHandler} and
 * {@code ProcessEngineExceptionHandler} do).
 *
 * <p>Camunda registers mappers for the same exception types; Jersey picks among equally specific mappers the one
 * with the lowest {@link Priority} value, hence {@code Priorities.USER - 1000} (Camunda's are unannotated, USER).
 */
public abstract class RuleViolationExceptionMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Override
  public Response toResponse(E exception) {
    RuleViolationException violation = RuleViolationException.findIn(exception);
    if (violation == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(RuleViolationDto.of(violation))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /** {@code /task/{id}/complete}, {@code /submit-form}, {@code /process-definition/…/start}: a RestException. */
  @Priority(Priorities.USER - 1000)
  public static class ForRestException extends RuleViolationExceptionMapper<RestException> {
  }

  /** Endpoints that let the engine's exception through unwrapped. */
  @Priority(Priorities.USER - 1000)
  public static class ForProcessEngineException extends RuleViolationExceptionMapper<ProcessEngineException> {
  }

  /** Camunda's error body ({@code type}, {@code message}, {@code code}) plus the separate violations. */
  public static class RuleViolationDto extends ExceptionDto {

    private List<String> violations;

    static RuleViolationDto of(RuleViolationException violation) {
      RuleViolationDto dto = new RuleViolationDto();
      dto.setType(RuleViolationException.class.getSimpleName());
      dto.setMessage(violation.getMessage());
      dto.setCode(violation.getCode());
      dto.violations = violation.getViolations();
      return dto;
    }

    public List<String> getViolations() {
      return violations;
    }
  }
}
