package vn.laichau.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;

/**
 * The user signed in to the webapps (Cockpit's form login), for a request to the application's own {@code /api}: the
 * Cockpit plugin calls {@code /api/campaigns/…} with the browser's session cookie and no password. The session is the
 * one the webapps keep ({@link AuthenticationUtil#getAuthsFromSession}), with the user and groups Camunda resolved at
 * login. A request carrying an {@code Authorization} header is left to HTTP Basic. A request that changes something must
 * carry the webapps' CSRF token in {@code X-XSRF-TOKEN}, as the webapps' own API demands.
 */
final class WebappSessionAuthentication {

  private WebappSessionAuthentication() {
  }

  /** The webapp user of the request's session for this engine; empty without a session or with a Basic header. */
  static Optional<UserAuthentication> of(HttpServletRequest request, String engineName) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
  }

  /** True for a reading request, or one that carries the session's CSRF token. */
  static boolean csrfSatisfied(HttpServletRequest request) {
    if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
