package vn.laichau.thidua.security;

import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.query.Query;

/**
 * The other road of CVE-2026-109432: a Tasklist filter runs its stored query extended by an ad-hoc query sent by the
 * client ({@code POST /filter/{id}/list}); the engine validates only the top level of that extension, then evaluates
 * the expressions of its or-queries. Saving a filter does not look at or-queries at all, so a stored query could carry
 * them too. Both are refused here with the rules the engine applies to the top level
 * ({@code enableExpressionsInAdhocQueries}, {@code enableExpressionsInStoredQueries}).
 */
public class ExpressionGuardedFilterService extends FilterServiceImpl {

  private final ProcessEngineConfigurationImpl configuration;

  public ExpressionGuardedFilterService(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public Filter saveFilter(Filter filter) {
    if (filter != null && filter.getQuery() != null) {
      OrQueryExpressionGuard.refuseStoredExpressions(filter.getQuery(), configuration);
    }
    return super.saveFilter(filter);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    refuse(extendingQuery);
    return super.list(filterId, extendingQuery);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
      int maxResults) {
    refuse(extendingQuery);
    return super.listPage(filterId, extendingQuery, firstResult, maxResults);
  }

  @Override
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    refuse(extendingQuery);
    return super.singleResult(filterId, extendingQuery);
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    refuse(extendingQuery);
    return super.count(filterId, extendingQuery);
  }

  protected void refuse(Query<?, ?> extendingQuery) {
    if (extendingQuery != null) {
      OrQueryExpressionGuard.refuseAdhocExpressions(extendingQuery, configuration);
    }
  }
}
