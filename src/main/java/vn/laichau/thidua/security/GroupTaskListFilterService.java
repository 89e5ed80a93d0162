package vn.laichau.thidua.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;

/**
 * Tasklist's filters at national scale. The engine decides which tasks a reader may see by joining every open task to
 * the reader's authorizations on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}; PostgreSQL can neither hash nor
 * merge on such a condition, so a filter of 10,000 open tasks compared each task with each of the reader's 1,250 task
 * grants (12.5 million comparisons, seconds per page and again per count). Two things make it a matter of milliseconds,
 * and neither widens what anyone sees:
 *
 * <ul>
 *   <li>A reader who may read tasks only through their groups (no READ on every task, no READ_TASK on every process
 *   definition: every official, Phòng Nội vụ and Sở Nội vụ) gets their filters' tasks narrowed to those their groups
 *   are candidates for, assigned or not ({@code taskCandidateGroupIn}, {@code includeAssignedTasks}). The engine grants
 *   a task's READ to its candidate groups, so these are the tasks the reader could see anyway, and the authorization
 *   check still runs on them; PostgreSQL now starts from the groups' identity links instead of from every task.
 *   Supervisors and administrators, who read every task, keep the whole list.</li>
 *   <li>On PostgreSQL the narrowed filter's command asks the planner, for its own transaction only, to look each
 *   remaining task's grants up through the index of task grants ({@code common.PostgresEngineIndexes}) rather than to
 *   compare it with a materialized copy of all the reader's grants, and to plan with the actual parameters (the index
 *   is partial: a plan made for unknown parameters could not use it).</li>
 * </ul>
 */
public class GroupTaskListFilterService extends ExpressionGuardedFilterService {

  /** The planner settings of a filter's transaction (SET LOCAL: they end with it). */
  public static final String PLANNER_SETTINGS =
      "SET LOCAL enable_material = off; SET LOCAL plan_cache_mode = force_custom_plan";

  private final ProcessEngineConfigurationImpl configuration;

  public GroupTaskListFilterService(ProcessEngineConfigurationImpl configuration) {
    super(configuration);
    this.configuration = configuration;
  }

  @Override
  public <T> List<T> list(String filterId) {
    return list(filterId, null);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    return inFilterTransaction(filterId, extendingQuery, query -> super.list(filterId, query));
  }

  @Override
  public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
    return listPage(filterId, null, firstResult, maxResults);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
      int maxResults) {
    return inFilterTransaction(filterId, extendingQuery,
        query -> super.listPage(filterId, query, firstResult, maxResults));
  }

  @Override
  public <T> T singleResult(String filterId) {
    return singleResult(filterId, null);
  }

  @Override
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    return inFilterTransaction(filterId, extendingQuery, query -> super.singleResult(filterId, query));
  }

  @Override
  public Long count(String filterId) {
    return count(filterId, null);
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    return inFilterTransaction(filterId, extendingQuery, query -> super.count(filterId, query));
  }

  private interface FilterCall<R, Q> {
    R run(Q extendingQuery);
  }

  /**
   * Runs the filter in one command: the reader's narrowed query with the planner settings. A reader of every task keeps
   * the engine's plan: their few grants of every task (READ_TASK on {@code '*'}) are best compared with each task in
   * memory.
   */
  private <R, Q extends Query<?, ?>> R inFilterTransaction(String filterId, Q extendingQuery, FilterCall<R, Q> call) {
    // the client's own query is refused before anything is added to it
    refuse(extendingQuery);
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      Q narrowed = narrowed(filterId, extendingQuery);
      if (narrowed != extendingQuery) {
        plannerSettings(commandContext);
      }
      return call.run(narrowed);
    });
  }

  private void plannerSettings(CommandContext commandContext) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute(PLANNER_SETTINGS);
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot set the task list's planner settings", e);
    }
  }

  /**
   * The client's query, narrowed to the reader's candidate groups when the reader may read tasks through them only;
   * the authorization check still decides what it may see.
   */
  @SuppressWarnings("unchecked")
  private <Q extends Query<?, ?>> Q narrowed(String filterId, Q extendingQuery) {
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null || authentication.getGroupIds().isEmpty()
        || (extendingQuery != null && !(extendingQuery instanceof TaskQueryImpl))) {
      return extendingQuery;
    }
    Filter filter = getFilter(filterId);
    if (filter == null || !(filter.getQuery() instanceof TaskQueryImpl stored) || choosesCandidates(stored)
        || (extendingQuery != null && choosesCandidates((TaskQueryImpl) extendingQuery))
        || readsEveryTask(authentication)) {
      return extendingQuery;
    }
    TaskQueryImpl groups = (TaskQueryImpl) configuration.getTaskService().createTaskQuery()
        .taskCandidateGroupIn(authentication.getGroupIds()).includeAssignedTasks();
    return (Q) (extendingQuery == null ? groups : groups.extend((TaskQueryImpl) extendingQuery));
  }

  /**
   * A query that names candidates itself (Tasklist's search by candidate group or user) is left as it is: the engine
   * refuses a candidate group and a list of them together, and the authorization check decides anyway.
   */
  private static boolean choosesCandidates(TaskQueryImpl query) {
    return query.getCandidateUser() != null || query.getCandidateGroup() != null
        || query.getCandidateGroupsInternal() != null || query.getCandidateGroupLike() != null
        || query.getInvolvedUser() != null || Boolean.TRUE.equals(query.isWithCandidateGroupsInternal())
        || Boolean.TRUE.equals(query.isWithoutCandidateGroupsInternal())
        || Boolean.TRUE.equals(query.isWithCandidateUsers()) || Boolean.TRUE.equals(query.isWithoutCandidateUsers());
  }

  private boolean readsEveryTask(Authentication authentication) {
    String user = authentication.getUserId();
    List<String> groups = authentication.getGroupIds();
    return configuration.getAuthorizationService().isUserAuthorized(user, groups, Permissions.READ, Resources.TASK)
        || configuration.getAuthorizationService().isUserAuthorized(user, groups,
            ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION);
  }
}
