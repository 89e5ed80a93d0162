package vn.laichau.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API reads a request body whole into memory (a file variable's {@code /data} upload, a completion
 * carrying its documents as Base64), whatever its size. Bodies larger than a dossier can need are therefore refused
 * with a 413 before they are read: by their declared length at once, and a body sent without a length stops being
 * read at the limit.
 *
 * <p>Two limits follow from the largest document ({@code thidua.dossier.max-file-size}, R6): a completion of a task
 * ({@code /complete}, {@code /submit-form}) may carry all of the dossier's documents, Base64-encoded as Tasklist's
 * forms send them; any other body at most one document. Each has a margin of 1 MB for the rest of the request.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  static final long MARGIN = 1024 * 1024;
  private static final Pattern COMPLETION = Pattern.compile(".*/task/[^/]+/(complete|submit-form)$");

  private final long maxBody;
  private final long maxCompletion;

  /**
   * @param maxDocumentBytes the largest document of a dossier
   * @param documents how many documents a completion may carry at most
   */
  public RequestSizeLimitFilter(long maxDocumentBytes, int documents) {
    this.maxBody = maxDocumentBytes + MARGIN;
    // Base64: 4 characters for every 3 bytes
    this.maxCompletion = documents * ((maxDocumentBytes + 2) / 3 * 4) + MARGIN;
  }

  long limitFor(HttpServletRequest request) {
    return COMPLETION.matcher(request.getRequestURI()).matches() ? maxCompletion : maxBody;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitFor(request);
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(response, limit);
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, limit);
    try {
      chain.doFilter(limited, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!limited.exceeded || response.isCommitted()) {
        throw e;
      }
    }
    if (limited.exceeded && !response.isCommitted()) {
      response.reset();
      refuse(response, limit);
    }
  }

  private static void refuse(HttpServletResponse response, long limit) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Connection", "close");
    String megabytes = String.format(Locale.ROOT, "%.1f", limit / (1024.0 * 1024.0)).replace('.', ',');
    response.getOutputStream().write(("{\"type\": \"PayloadTooLarge\", \"message\": \"Nội dung gửi lên vượt quá "
        + megabytes + " MB, giới hạn của một yêu cầu (mỗi tài liệu của hồ sơ tối đa theo quy định R6). Không có gì"
        + " được lưu.\"}").getBytes(StandardCharsets.UTF_8));
  }

  /** A body without a declared length, read up to the limit and no further. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private boolean exceeded;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
              exceeded = true;
              throw new IOException("request body over " + limit + " bytes");
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
