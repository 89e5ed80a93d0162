package vn.laichau.thidua.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * Gives every engine REST request that asks for no page size the largest one allowed, {@code queryMaxResultsLimit}.
 *
 * <p>With the limit set (Camunda's Security Instructions), the engine refuses with 400 "An unbound number of results
 * is forbidden!" any list an authenticated user requests without {@code maxResults}, so
 * {@code GET /engine-rest/job?processInstanceId=…} of the public contract would fail. A request without
 * {@code maxResults} now means "up to the limit": the limit still bounds every answer, and a client that pages keeps
 * its own page size. The JAX-RS resources ignore the parameter where they take no page, so it is added to every
 * request of the engine's REST API. Only the query string is read and extended, never the request body.
 */
public class DefaultPageSizeFilter implements Filter {

  static final String MAX_RESULTS = "maxResults";

  private final IntSupplier limit;

  public DefaultPageSizeFilter(IntSupplier limit) {
    this.limit = limit;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest httpRequest = (HttpServletRequest) request;
    int maxResults = limit.getAsInt();
    if (maxResults == Integer.MAX_VALUE || asksForPageSize(httpRequest.getQueryString())) {
      chain.doFilter(request, response);
    } else {
      chain.doFilter(new WithMaxResults(httpRequest, Integer.toString(maxResults)), response);
    }
  }

  /** Reads the query string only: a request body (a form, a multipart upload) must stay unread for JAX-RS. */
  static boolean asksForPageSize(String queryString) {
    if (queryString == null) {
      return false;
    }
    for (String parameter : queryString.split("&")) {
      String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
      try {
        if (MAX_RESULTS.equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
          return true;
        }
      } catch (IllegalArgumentException malformed) {
        // not our parameter; JAX-RS answers the malformed query itself
      }
    }
    return false;
  }

  private static final class WithMaxResults extends HttpServletRequestWrapper {

    private final String maxResults;

    WithMaxResults(HttpServletRequest request, String maxResults) {
      super(request);
      this.maxResults = maxResults;
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      String added = MAX_RESULTS + "=" + maxResults;
      return query == null || query.isEmpty() ? added : query + "&" + added;
    }

    @Override
    public String getParameter(String name) {
      return MAX_RESULTS.equals(name) ? maxResults : super.getParameter(name);
    }
  }
}
