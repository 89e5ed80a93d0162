package vn.laichau.thidua.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/** A port already taken at start, said in Vietnamese and English, with the setting that moves the application. */
public class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
    int port = cause.getPort();
    String description = "Không khởi động được: cổng " + port + " đã có một chương trình khác dùng (có thể là một"
        + " bản ứng dụng đang chạy).\n\n"
        + "The application did not start: port " + port + " is already used by another program (perhaps a copy of"
        + " the application that is still running).";
    String action = "Dừng chương trình đang dùng cổng " + port + " (tìm nó bằng: ss -ltnp 'sport = :" + port + "'),"
        + " hoặc chạy ứng dụng ở cổng khác: SERVER_PORT=8081 (với docker-compose: APP_PORT=8081).\n\n"
        + "Stop the program that uses port " + port + " (find it with: ss -ltnp 'sport = :" + port + "'), or run the"
        + " application on another port: SERVER_PORT=8081 (with docker-compose: APP_PORT=8081).";
    return new FailureAnalysis(description, action, cause);
  }

  /** Before Spring Boot's own, English-only, analyzer of the same failure. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
