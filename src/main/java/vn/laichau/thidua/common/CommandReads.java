package vn.laichau.thidua.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * The application's rows read once per engine command. One step of a congress (its start, a task's completion, a
 * timer) runs many listeners and delegates in one command, and each used to read the same unit, campaign, pilot,
 * register and progress rows again: 11 reads of {@code campaign_pilot} in one start. A repository asks
 * {@link #read} instead of the database when the row is one the command already read.
 *
 * <p>Never stale: what is kept lives in a {@link Session} of the engine's {@link CommandContext} and is dropped with
 * it, so nothing outlives the command (another node, another transaction, the next command of the same thread all read
 * the database again); a repository that writes a table calls {@link #written} (or {@link #keep} with the value it
 * wrote) in the same command, so a read after a write sees the write. Outside a command (a REST controller, a start-up
 * task) nothing is kept and every read goes to the database.
 *
 * <p>Only values that cannot change in the caller's hands are kept (records, unmodifiable collections): every reader
 * of a row gets the same object.
 */
@Component
public class CommandReads extends AbstractProcessEnginePlugin {

  /** Registers the session with the engine, so that every command has one. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new KeptFactory());
    configuration.setCustomSessionFactories(factories);
  }

  /**
   * The value of {@code key} in {@code table} as this command first read it, or read now by {@code reader} and kept
   * for the rest of the command.
   */
  @SuppressWarnings("unchecked")
  public static <V> V read(String table, Object key, Supplier<V> reader) {
    Kept kept = current();
    if (kept == null) {
      return reader.get();
    }
    Map<Object, Object> rows = kept.tables.computeIfAbsent(table, t -> new HashMap<>());
    if (rows.containsKey(key)) {
      return (V) rows.get(key);
    }
    V value = reader.get();
    rows.put(key, value);
    return value;
  }

  /** Whether a command is running that keeps what it reads. */
  public static boolean active() {
    return current() != null;
  }

  /** Whether this command has read (or kept) the value of {@code key} in {@code table}. */
  public static boolean has(String table, Object key) {
    Kept kept = current();
    return kept != null && kept.tables.getOrDefault(table, Map.of()).containsKey(key);
  }

  /** The command wrote this value of {@code key} (or locked and read it): later reads in the command get it. */
  public static void keep(String table, Object key, Object value) {
    Kept kept = current();
    if (kept != null) {
      kept.tables.computeIfAbsent(table, t -> new HashMap<>()).put(key, value);
    }
  }

  /** The command wrote {@code table}: whatever it read of it is read again from the database. */
  public static void written(String table) {
    Kept kept = current();
    if (kept != null) {
      kept.tables.remove(table);
    }
  }

  private static Kept current() {
    CommandContext command = Context.getCommandContext();
    if (command == null || !command.getSessionFactories().containsKey(Kept.class)) {
      return null;
    }
    return command.getSession(Kept.class);
  }

  /** What one command has read, by table and key. Nothing to flush: it only holds what the database returned. */
  static final class Kept implements Session {

    private final Map<String, Map<Object, Object>> tables = new HashMap<>();

    @Override
    public void flush() {
      // the repositories wrote through JDBC themselves; nothing kept here is to be written
    }

    @Override
    public void close() {
      tables.clear();
    }
  }

  private static final class KeptFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return Kept.class;
    }

    @Override
    public Session openSession() {
      return new Kept();
    }
  }
}
