package vn.laichau.thidua.congress;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers the {@link RuleViolationExceptionMapper}s in the Jersey applications that Spring does not configure: the
 * Camunda webapps' own APIs under /camunda/api/*, among them the engine API through which Tasklist submits a form
 * ({@code /camunda/api/engine/engine/{name}/task/{id}/submit-form}). A unit filling draft-plan.html in Tasklist thus
 * gets the same 400 and the same Vietnamese message as a client of /engine-rest, where
 * {@link CongressRestConfiguration} registers them (and this discovery then finds them already there).
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class RuleViolationMappersDiscovery implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {RuleViolationExceptionMapper.ForRestException.class,
        RuleViolationExceptionMapper.ForProcessEngineException.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
