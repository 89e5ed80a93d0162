package vn.laichau.thidua.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Closes CVE-2026-109432: Camunda 7.24.0 validates expressions only on the top level of a task query, while the
 * queries under {@code orQueries} ({@code TaskQuery#or()}, {@code TaskQueryDto#orQueries}) are created without the
 * ad-hoc validator and their expressions are evaluated anyway, so any authenticated user reaches the expression
 * engine (and through it {@code Runtime.exec}) with {@code POST /engine-rest/task} or the webapps' own
 * {@code /camunda/api/engine/...}.
 *
 * <p>The fix sits where the flaw is, in the engine: an ad-hoc task query is itself the command the service executes,
 * so this interceptor sees every one of them, whichever API it came through, and applies to each or-query the rule
 * the engine applies to the top level. The refusal is the engine's own {@link BadUserRequestException} (HTTP 400),
 * exactly what the same expression gets on the top level.
 */
public class OrQueryExpressionGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  public OrQueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    // only ad-hoc queries are executed as commands of their own (they carry a command executor)
    if (command instanceof TaskQueryImpl query) {
      refuseAdhocExpressions(query, configuration);
    }
    return next.execute(command);
  }

  /** An ad-hoc query: built by a caller and executed at once (REST, webapps, Java API, a filter's extension). */
  static void refuseAdhocExpressions(Query<?, ?> query, ProcessEngineConfigurationImpl configuration) {
    if (!configuration.isEnableExpressionsInAdhocQueries()) {
      refuseExpressions(query, "adhoc");
    }
  }

  /** A stored query: the query of a saved filter. */
  static void refuseStoredExpressions(Query<?, ?> query, ProcessEngineConfigurationImpl configuration) {
    if (!configuration.isEnableExpressionsInStoredQueries()) {
      refuseExpressions(query, "stored");
    }
  }

  private static void refuseExpressions(Query<?, ?> query, String kind) {
    if (query instanceof TaskQueryImpl taskQuery) {
      // index 0 is the query itself; the others are its or-queries
      for (TaskQueryImpl part : taskQuery.getQueries()) {
        if (!part.getExpressions().isEmpty()) {
          throw new BadUserRequestException("Expressions are forbidden in " + kind + " queries. This behavior can be "
              + "toggled in the process engine configuration");
        }
      }
    }
  }
}
