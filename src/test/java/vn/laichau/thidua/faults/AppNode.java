package vn.laichau.thidua.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application as operators run it, {@code java -jar} of the repackaged jar, in a JVM of its own (profile
 * {@code postgres}) on a free port, which a test starts, kills with SIGKILL ({@code kill -9}) and starts again. Its
 * console goes to {@code target/faults/<name>.log}.
 */
final class AppNode implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Faults-Only-2025!";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port = FaultDatabase.freePort();
  private final List<String> arguments;
  private final Path log;
  private Process process;

  AppNode(String name, FaultDatabase database, int smtpPort) {
    this.name = name;
    this.log = Path.of("target", "faults", name + ".log");
    this.arguments = List.of(
        "--server.port=" + port,
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + FaultDatabase.USER,
        "--spring.datasource.password=" + FaultDatabase.PASSWORD,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--camunda.bpm.admin-user.id=" + ADMIN,
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
        // a job locked by a node that was killed is taken over after 20 s instead of the default 5 minutes
        "--camunda.bpm.job-execution.lock-time-in-millis=20000",
        // each node its own journal of mails the SMTP server accepted, kept across its restarts
        "--thidua.notification.dispatch.journal=" + Path.of("target", "faults", name + ".journal").toAbsolutePath());
  }

  /** Starts the JVM; {@link #awaitUp} waits for it to answer. */
  AppNode start() {
    try {
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-Xmx768m", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-jar", jar().toString()));
      command.addAll(arguments);
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code /actuator/health} answers 200; fails with the end of the node's log when it died. */
  AppNode awaitUp(Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended with " + process.exitValue() + ":\n" + logTail());
      }
      if (healthy()) {
        return this;
      }
      pause(500);
    }
    throw new AssertionError(name + " did not come up within " + timeout + ":\n" + logTail());
  }

  boolean healthy() {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code kill -9}: no shutdown hook, no commit, no goodbye. */
  void kill() {
    process.destroyForcibly();
    waitForEnd();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    return HTTP.send(request(path).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(90)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  String logTail() {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the node as an operator does (SIGTERM), killing it when it does not end within 30 s. */
  @Override
  public void close() {
    if (alive()) {
      process.destroy();
      try {
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      waitForEnd();
    }
  }

  private void waitForEnd() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("thi-dua-dai-hoi-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "No application jar in target/: the fault tests run after `package` (./mvnw verify -Pfaults)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
