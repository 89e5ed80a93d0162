package vn.laichau.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's own REST authentication filter (the one Camunda Run puts on {@code /engine-rest/*}): it authenticates the
 * request, sets the engine's authentication ({@code identityService.setAuthentication(user, groups, tenants)}) for the
 * request and clears it afterwards, and answers 401 with a Basic challenge otherwise. Used for {@code /engine-rest/*}
 * and for the application's own {@code /api/*}, so both enforce the same users and the engine's authorizations.
 *
 * <p>For {@code /api/*} and the metrics, the user signed in to the webapps in the same browser session is accepted as
 * well ({@link WebappSessionAuthentication}), so that the Cockpit plugin reads the application's API as the Cockpit user.
 *
 * <p>Two changes: no URL is exempt (Camunda's filter lets {@code /engine} through unauthenticated; the contract says
 * everything under {@code /engine-rest} requires authentication), and the engine is this application's engine
 * rather than one looked up by the name "default" (the engine name is configurable and unique in tests).
 */
public class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String CSRF_REFUSED = "Thiếu mã chống giả mạo yêu cầu (X-XSRF-TOKEN) của phiên đăng nhập.";

  private final Supplier<ProcessEngine> processEngine;
  private final boolean webappSession;

  public EngineAuthenticationFilter(Supplier<ProcessEngine> processEngine) {
    this(processEngine, false);
  }

  /**
   * @param webappSession also accept the user signed in to the webapps in this browser session (for the application's
   *                      own API, which the Cockpit plugin calls); never for {@code /engine-rest}
   */
  public EngineAuthenticationFilter(Supplier<ProcessEngine> processEngine, boolean webappSession) {
    this.processEngine = processEngine;
    this.webappSession = webappSession;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    ProcessEngine engine = processEngine.get();
    Optional<UserAuthentication> sessionUser = webappSession
        ? WebappSessionAuthentication.of(http, engine.getName()) : Optional.empty();
    if (sessionUser.isEmpty()) {
      super.doFilter(request, response, chain);
      return;
    }
    if (!WebappSessionAuthentication.csrfSatisfied(http)) {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, CSRF_REFUSED);
      return;
    }
    UserAuthentication user = sessionUser.get();
    setAuthenticatedUser(engine, user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
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
