package vn.laichau.thidua.security;

import jakarta.servlet.FilterConfig;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's own REST authentication filter (the one Camunda Run puts on {@code /engine-rest/*}): it authenticates the
 * request, sets the engine's authentication ({@code identityService.setAuthentication(user, groups, tenants)}) for the
 * request and clears it afterwards, and answers 401 with a Basic challenge otherwise. Used for {@code /engine-rest/*}
 * and for the application's own {@code /api/*}, so both enforce the same users and the engine's authorizations.
 *
 * <p>Two changes: no URL is exempt (Camunda's filter lets {@code /engine} through unauthenticated; the contract says
 * everything under {@code /engine-rest} requires authentication), and the engine is this application's engine
 * rather than one looked up by the name "default" (the engine name is configurable and unique in tests).
 */
public class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final Supplier<ProcessEngine> processEngine;

  public EngineAuthenticationFilter(Supplier<ProcessEngine> processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    authenticationProvider = new BasicAuthenticationProvider();
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  /**
   * The caller's groups and tenants are looked up as the system: a thread may still carry an authentication (a test,
   * a pooled thread), and queries of an authenticated user are filtered by their authorizations and limited by
   * {@code queryMaxResultsLimit}.
   */
  @Override
  protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds,
      List<String> tenantIds) {
    engine.getIdentityService().clearAuthentication();
    super.setAuthenticatedUser(engine, userId, groupIds, tenantIds);
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    // "default" is what the filter reports when the URL names no engine (/engine-rest/task, /api/units)
    ProcessEngine engine = processEngine.get();
    boolean unnamed = engineName == null || engineName.isEmpty() || DEFAULT_ENGINE_NAME.equals(engineName);
    return unnamed || engine.getName().equals(engineName) ? engine : null;
  }
}
