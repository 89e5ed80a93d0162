package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.thidua.ThiDuaApplication;

/**
 * What an operator sees when the application refuses to start: one paragraph in Vietnamese and one in English, with
 * what to do, and no stack trace. Each case starts the real application in a JVM of its own, as {@code java -jar}
 * or {@code spring-boot:run} would, and reads its console.
 */
class StartupRefusalTest {

  @TempDir
  Path workingDirectory;

  @Test
  void aPasswordContainingTheUserIdNamesThatRule() throws Exception {
    String console = start("--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin-Secret-1");

    assertRefusal(console,
        "Không khởi động được: mật khẩu của quản trị viên 'admin' (CAMUNDA_BPM_ADMINUSER_PASSWORD) vi phạm chính sách"
            + " mật khẩu: mật khẩu không được chứa tên đăng nhập 'admin' của chính người dùng.",
        "The application did not start: the password of the administrator 'admin' (CAMUNDA_BPM_ADMINUSER_PASSWORD)"
            + " breaks the password policy: it must not contain the user id 'admin' of the user.",
        "Đặt CAMUNDA_BPM_ADMINUSER_PASSWORD là một mật khẩu có ít nhất 10 ký tự");
  }

  @Test
  void aShortPasswordNamesEveryRuleItBreaks() throws Exception {
    String console = start("--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=abc");

    assertRefusal(console,
        "vi phạm chính sách mật khẩu: mật khẩu phải có ít nhất 10 ký tự (mật khẩu này có 3); phải có ít nhất 1 chữ hoa"
            + " (A–Z); phải có ít nhất 1 chữ số (0–9); phải có ít nhất 1 ký tự đặc biệt (ví dụ ! - _ @ #).",
        "breaks the password policy: it must have at least 10 characters (this one has 3); must have at least 1"
            + " upper-case letter; must have at least 1 digit; must have at least 1 special character (e.g. ! - _ @ #).");
    assertThat(console).as("the lower-case letters are there").doesNotContain("ít nhất 1 chữ thường");
  }

  @Test
  void aDatabaseThatCannotBeReachedIsNamedWithItsUrl() throws Exception {
    int closedPort = freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/thidua?password=bi-mat";

    String console = start("--spring.datasource.url=" + url, "--spring.datasource.username=thidua");

    assertRefusal(console,
        "Không khởi động được: không kết nối được cơ sở dữ liệu jdbc:postgresql://127.0.0.1:" + closedPort
            + "/thidua?password=*** (người dùng 'thidua'; SPRING_DATASOURCE_URL",
        "The application did not start: it cannot connect to the database jdbc:postgresql://127.0.0.1:" + closedPort,
        "Kiểm tra địa chỉ (với hồ sơ postgres: jdbc:postgresql://<máy chủ>:5432/<tên cơ sở dữ liệu>)");
    assertThat(console).doesNotContain("bi-mat");
  }

  @Test
  void aPortInUseIsNamedWithHowToMoveTheApplication() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      String console = start("--server.port=" + port, "--server.address=127.0.0.1");

      assertRefusal(console,
          "Không khởi động được: cổng " + port + " đã có một chương trình khác dùng",
          "The application did not start: port " + port + " is already used by another program",
          "hoặc chạy ứng dụng ở cổng khác: SERVER_PORT=8081");
    }
  }

  private static void assertRefusal(String console, String... paragraphs) {
    assertThat(console).contains("APPLICATION FAILED TO START").contains(paragraphs);
    // no stack trace: neither frames nor a chain of causes
    assertThat(console.lines()).as(console).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
  }

  /** Starts the application with profile test and the arguments, waits for it to stop, and returns its console. */
  private String start(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"),
        ThiDuaApplication.class.getName(),
        "--spring.profiles.active=test"));
    command.addAll(List.of(arguments));
    File console = workingDirectory.resolve("console.txt").toFile();
    Process application = new ProcessBuilder(command).directory(workingDirectory.toFile())
        .redirectErrorStream(true).redirectOutput(console).start();
    try {
      assertThat(application.waitFor(180, TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
      assertThat(application.exitValue()).isNotZero();
      return Files.readString(console.toPath(), StandardCharsets.UTF_8);
    } finally {
      application.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
