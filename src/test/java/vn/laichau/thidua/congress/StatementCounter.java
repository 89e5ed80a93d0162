package vn.laichau.thidua.congress;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by kind, at the JDBC boundary: the {@code DataSource} bean is
 * wrapped in JDK proxies (DataSource, Connection, Statement) that count each {@code execute…} and each
 * {@code addBatch} (the engine batches its flush on PostgreSQL, so every batched row is a statement the server runs).
 *
 * <p>Why not datasource-proxy or pg_stat_statements: the first is not in the offline Maven repository, and the second
 * must be preloaded when PostgreSQL starts, which the shared {@code EmbeddedPostgresServer} does not do. Counting on the
 * client costs a few nanoseconds per statement and gives exact figures per phase.
 */
final class StatementCounter implements BeanPostProcessor {

  enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

  /** The table a statement writes or first reads: after INSERT INTO, UPDATE, DELETE FROM or the first FROM. */
  private static final Pattern TABLE = Pattern.compile(
      "(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|FROM)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);
  private final Map<String, LongAdder> byTable = new ConcurrentHashMap<>();

  /** A copy of the counts so far, indexed by {@link Kind#ordinal()}. */
  long[] snapshot() {
    long[] copy = new long[counts.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts.get(i);
    }
    return copy;
  }

  /** The counts so far by kind and table ("INSERT ACT_HI_VARINST"), to tell where a phase's statements go. */
  Map<String, Long> snapshotByTable() {
    Map<String, Long> copy = new TreeMap<>();
    byTable.forEach((key, count) -> copy.put(key, count.sum()));
    return copy;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection ? connection(connection) : result;
      });
    }
    return bean;
  }

  private Connection connection(Connection target) {
    return proxy(Connection.class, target, (t, method, args) -> {
      Object result = invoke(t, method, args);
      String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
      if (result instanceof CallableStatement statement) {
        return statement(CallableStatement.class, statement, sql);
      }
      if (result instanceof PreparedStatement statement) {
        return statement(PreparedStatement.class, statement, sql);
      }
      if (result instanceof Statement statement) {
        return statement(Statement.class, statement, null);
      }
      return result;
    });
  }

  private <S extends Statement> S statement(Class<S> type, S target, String preparedSql) {
    return proxy(type, target, (t, method, args) -> {
      String name = method.getName();
      boolean counted = name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
          && !name.equals("executeLargeBatch"));
      if (counted) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
        Kind kind = kind(sql);
        counts.incrementAndGet(kind.ordinal());
        byTable.computeIfAbsent(kind + " " + table(sql), k -> new LongAdder()).increment();
      }
      return invoke(t, method, args);
    });
  }

  static Kind kind(String sql) {
    if (sql == null) {
      return Kind.OTHER;
    }
    String start = sql.stripLeading().toUpperCase(Locale.ROOT);
    for (Kind kind : Kind.values()) {
      if (start.startsWith(kind.name())) {
        return kind;
      }
    }
    // the engine's queries sometimes open with a parenthesis or a WITH clause: still reads
    return start.startsWith("(") || start.startsWith("WITH") ? Kind.SELECT : Kind.OTHER;
  }

  static String table(String sql) {
    if (sql == null) {
      return "?";
    }
    Matcher matcher = TABLE.matcher(sql);
    return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : "?";
  }

  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (proxy, method, args) -> {
      if (method.getName().equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
        return System.identityHashCode(proxy);
      }
      return handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
