package vn.laichau.thidua.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Nodes that share one PostgreSQL database start one after the other: each holds a PostgreSQL advisory lock from
 * before its first bean until it is ready (or has failed), so the second node finds the engine's schema, the Flyway
 * migrations, the models' deployment, the registry's seed, the groups, grants, filters and the administrator made by
 * the first, instead of racing it to create them (Camunda creates its schema without any lock: two nodes started on
 * an empty database at the same moment would both try, and one would fail).
 *
 * <p>The lock belongs to the database session: a node killed while starting releases it with its connection. It is
 * per database, so nodes of other databases on the same server never wait. Other databases than PostgreSQL (the
 * embedded H2 file, which one JVM at a time can open) take no lock. When the database cannot be reached the start
 * goes on without the lock and fails with the database's own message.
 */
public class StartupLock implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

  /** Any number the application owns among the database's advisory locks: "thidua" in ASCII. */
  static final long LOCK_KEY = 0x746869647561L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  private static final Duration WAIT = Duration.ofMinutes(10);

  /** Last among the initializers: a test's or a platform's initializer may still be setting the database's address. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Environment environment = context.getEnvironment();
    Connection connection;
    try {
      String url = environment.getProperty("spring.datasource.url", "");
      if (!url.startsWith("jdbc:postgresql:")) {
        return;
      }
      connection = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
          environment.getProperty("spring.datasource.password"));
    } catch (SQLException | IllegalArgumentException e) {
      // an unreachable database or an address not yet configured: the data source fails with its own message
      LOG.debug("No start-up lock: the database cannot be reached yet", e);
      return;
    }
    try {
      acquire(connection);
    } catch (SQLException | RuntimeException e) {
      close(connection);
      throw new IllegalStateException("Cannot take the start-up lock in the database", e);
    }
    context.addApplicationListener(event -> {
      if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
          || event instanceof ContextClosedEvent) {
        close(connection);
      }
    });
  }

  private static void acquire(Connection connection) throws SQLException {
    // polled rather than blocking, so the URL's socketTimeout never cuts a wait for a node that takes long to start
    Instant end = Instant.now().plus(WAIT);
    boolean logged = false;
    try (PreparedStatement tryLock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      tryLock.setLong(1, LOCK_KEY);
      while (true) {
        try (ResultSet result = tryLock.executeQuery()) {
          result.next();
          if (result.getBoolean(1)) {
            return;
          }
        }
        if (Instant.now().isAfter(end)) {
          throw new IllegalStateException("Another node has been starting on this database for " + WAIT);
        }
        if (!logged) {
          LOG.info("Một máy chủ khác đang khởi động trên cùng cơ sở dữ liệu: chờ máy đó khởi động xong");
          logged = true;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Ending the session releases the lock. */
  private static void close(Connection connection) {
    try {
      if (!connection.isClosed()) {
        connection.close();
      }
    } catch (SQLException e) {
      LOG.debug("Closing the start-up lock's connection", e);
    }
  }
}
