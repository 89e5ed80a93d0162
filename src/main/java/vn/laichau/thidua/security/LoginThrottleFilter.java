package vn.laichau.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-ins through HTTP Basic ({@code /engine-rest}, {@code /api}) and through the webapps' login page, counted per
 * client by {@link LoginThrottle}: a client that must wait gets 429 with {@code Retry-After} and a Vietnamese message,
 * before its password is even checked. A refused sign-in is a request that carried credentials (a Basic header, or
 * the webapps' login form) and was answered 401.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!signsIn(request)) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(client);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"message\": \"Đăng nhập sai nhiều lần từ máy này: vui lòng thử lại sau "
          + seconds + " giây. Tài khoản không bị khóa; sau thời gian chờ, mật khẩu đúng vẫn đăng nhập được.\"}")
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(client);
    }
  }

  private static boolean signsIn(HttpServletRequest request) {
    return request.getHeader("Authorization") != null
        || ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
            && request.getRequestURI().contains("/login/"));
  }
}
