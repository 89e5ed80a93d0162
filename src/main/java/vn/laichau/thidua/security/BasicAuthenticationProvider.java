package vn.laichau.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic against the engine's identity service, as Camunda's {@code HttpBasicAuthenticationProvider}, with two
 * differences: credentials are decoded as UTF-8 (a Vietnamese password must not depend on the server's default
 * charset), and every refused attempt is logged with the user id and the client address (never the password), so
 * that guessing is visible in the log like the webapps' logins ({@code webappsAuthenticationLoggingEnabled}).
 *
 * <p>The identity service counts failed attempts and delays or locks the account after {@code loginMaxAttempts}.
 */
public class BasicAuthenticationProvider implements AuthenticationProvider {

  static final Logger LOG = LoggerFactory.getLogger("vn.laichau.thidua.security.authentication");
  private static final String BASIC = "Basic ";
  private static final String NOT_SIGNED_IN = "{\"message\":\"Cần đăng nhập (HTTP Basic) bằng tên đăng nhập và mật "
      + "khẩu của hệ thống.\"}";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return AuthenticationResult.unsuccessful();
    }
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      LOG.warn("REST authentication refused: malformed Basic credentials from {}", request.getRemoteAddr());
      return AuthenticationResult.unsuccessful();
    }
    int colon = credentials.indexOf(':');
    if (colon <= 0) {
      LOG.warn("REST authentication refused: malformed Basic credentials from {}", request.getRemoteAddr());
      return AuthenticationResult.unsuccessful();
    }
    String userId = credentials.substring(0, colon);
    if (engine.getIdentityService().checkPassword(userId, credentials.substring(colon + 1))) {
      LOG.debug("REST authentication of '{}' from {}", userId, request.getRemoteAddr());
      return AuthenticationResult.successful(userId);
    }
    LOG.warn("REST authentication refused for user '{}' from {} ({} {})", printable(userId), request.getRemoteAddr(),
        request.getMethod(), request.getRequestURI());
    return AuthenticationResult.unsuccessful(userId);
  }

  /** The challenge, and a sentence for the person who reads the answer ({@code {"message": …}}, as /api errors). */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", BASIC + "realm=\"" + engine.getName() + "\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(NOT_SIGNED_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A user id comes from the client: keep line breaks and control characters out of the log. */
  private static String printable(String userId) {
    String cut = userId.length() > 64 ? userId.substring(0, 64) + "…" : userId;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
