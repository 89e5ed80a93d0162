package vn.laichau.thidua.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One real PostgreSQL server for the application nodes of a fault test, on a fixed port and data directory, so that
 * the test can stop it (the database lost) and start it again where the nodes expect it.
 */
final class FaultDatabase implements AutoCloseable {

  static final String USER = "postgres";
  static final String PASSWORD = "postgres";

  private final int port = freePort();
  private final Path dataDirectory;
  private EmbeddedPostgres server;

  FaultDatabase() {
    try {
      dataDirectory = Files.createTempDirectory("thidua-faults-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    start();
  }

  /** Starts the server on its port and data directory, with the data it had when stopped. */
  void start() {
    try {
      server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
          .setRegisterShutdownHook(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  /** Stops the server: every connection of the nodes breaks, new ones are refused. */
  void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL server", e);
    }
  }

  /** The URL the nodes use: the profile's timeouts, the test's port. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=10&socketTimeout=60&tcpKeepAlive=true";
  }

  /** The first column of every row of a query, as text. */
  List<String> column(String sql) {
    try (Connection connection = DriverManager.getConnection(url(), USER, PASSWORD);
        Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql) {
    return Long.parseLong(column(sql).get(0));
  }

  @Override
  public void close() throws IOException {
    server.close();
    try (var files = Files.walk(dataDirectory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
