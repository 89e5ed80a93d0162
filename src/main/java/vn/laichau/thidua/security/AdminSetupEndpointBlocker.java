package vn.laichau.thidua.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes CVE-2026-77226: the Admin webapp's first-run setup endpoint ({@code POST /camunda/api/admin/setup/{engine}/
 * user/create}) creates a member of {@code camunda-admin} for anyone, unauthenticated, whenever that group has no
 * direct member, although the system is administered (by members the check does not count, or after the last direct
 * member was removed). An anonymous GET hands out the XSRF token the request needs.
 *
 * <p>This application never needs the setup: the administrator is created at start from
 * {@code camunda.bpm.admin-user.*}. So the whole setup path answers 403 to everyone, before the webapp's own filters
 * and whatever the state of the group.
 */
public class AdminSetupEndpointBlocker implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger("vn.laichau.thidua.security.authentication");
  private static final String ANSWER = "{\"type\":\"Forbidden\",\"message\":\"Chức năng khởi tạo quản trị viên đã bị "
      + "tắt: quản trị viên được tạo khi hệ thống khởi động.\"}";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
    HttpServletRequest httpRequest = (HttpServletRequest) request;
    LOG.warn("Refused a call of the Admin setup endpoint: {} {} from {}", httpRequest.getMethod(),
        httpRequest.getRequestURI(), httpRequest.getRemoteAddr());
    HttpServletResponse httpResponse = (HttpServletResponse) response;
    httpResponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
    httpResponse.setContentType("application/json");
    httpResponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
    httpResponse.getWriter().write(ANSWER);
  }
}
