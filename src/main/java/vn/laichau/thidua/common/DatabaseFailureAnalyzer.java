package vn.laichau.thidua.common;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * A database that cannot be reached at start (a wrong SPRING_DATASOURCE_URL, a server that is down, a wrong user or
 * password, a database that does not exist, the H2 file held by another running copy) is said in one paragraph,
 * Vietnamese then English, with the URL (its password hidden) and the driver's own reason, instead of a stack trace.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

  /** H2's "database may be already in use" (another process holds the file) and "database not found". */
  private static final String H2_FILE_IN_USE = "90020";
  private static final String H2_NOT_FOUND = "90146";

  private final Environment environment;

  public DatabaseFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isConnectionProblem(sql)) {
        return analysis(reason(sql), sql);
      }
      if (cause.getMessage() != null && cause.getMessage().contains("claims to not accept jdbcUrl")) {
        return analysis(cause.getMessage(), cause);
      }
    }
    return null;
  }

  private static boolean isConnectionProblem(SQLException sql) {
    String state = sql.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
        || state.equals(H2_FILE_IN_USE) || state.equals(H2_NOT_FOUND));
  }

  /** The driver's first line: H2 appends its SQL state and version, PostgreSQL its causes. */
  private static String reason(SQLException sql) {
    String message = sql.getMessage() == null ? sql.getClass().getSimpleName() : sql.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private FailureAnalysis analysis(String reason, Throwable cause) {
    String url = hidePassword(environment.getProperty("spring.datasource.url", "(chưa đặt / not set)"));
    String user = environment.getProperty("spring.datasource.username", "");
    String description = "Không khởi động được: không kết nối được cơ sở dữ liệu " + url + " (người dùng '" + user
        + "'; SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD). Lý do: " + reason
        + ".\n\n"
        + "The application did not start: it cannot connect to the database " + url + " (user '" + user
        + "'; SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD). Reason: " + reason
        + ".";
    String action = "Kiểm tra địa chỉ (với hồ sơ postgres: jdbc:postgresql://<máy chủ>:5432/<tên cơ sở dữ liệu>),"
        + " máy chủ cơ sở dữ liệu đang chạy và cho phép kết nối, cơ sở dữ liệu đã được tạo, tên người dùng và mật"
        + " khẩu đúng. Với H2 mặc định (./data): chỉ một bản ứng dụng được dùng thư mục này cùng lúc.\n\n"
        + "Check the URL (with the postgres profile: jdbc:postgresql://<host>:5432/<database>), that the database"
        + " server runs and accepts connections, that the database exists, and the user and password. With the"
        + " default H2 (./data): only one copy of the application may use that folder at a time.";
    return new FailureAnalysis(description, action, cause);
  }

  static String hidePassword(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  /** Before Spring Boot's own analyzers, which would describe only the wrapping bean failure. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
