package vn.laichau.thidua.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes that Camunda's PostgreSQL schema lacks and this product's volumes need, made once the engine has created
 * its tables. {@code ACT_RU_TASK.PARENT_TASK_ID_} is a foreign key to the same table without an index: PostgreSQL
 * (unlike H2, which indexes every foreign key) checks it at every task deletion, that is every completion, by reading
 * the whole table, so a completion slows down with the number of open tasks (10,000 after a deadline storm).
 *
 * <p>{@code act_idx_auth_task_read}: the grants a task list is checked against, and only those. The engine checks a
 * task query by matching each task's id, its process definition's key and {@code '*'} against the reader's grants of
 * READ on tasks or READ_TASK on process definitions; its own index on {@code RESOURCE_ID_} also holds every grant on
 * instances and histories (four of five rows) and every group's READ on the congress definition (one per unit), which
 * the key and {@code '*'} lookups read for each task. This partial index holds the rows of exactly that check (its
 * predicate is the engine's own condition, so PostgreSQL proves it from the query), one or two per task.
 */
@Component
public class PostgresEngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresEngineIndexes.class);

  static final String TASK_PARENT_INDEX =
      "CREATE INDEX IF NOT EXISTS act_idx_task_parent_task ON act_ru_task (parent_task_id_)";

  static final String TASK_READ_GRANTS_INDEX = "CREATE INDEX IF NOT EXISTS act_idx_auth_task_read"
      + " ON act_ru_authorization (resource_id_) WHERE type_ < 2"
      + " AND (resource_type_ = 7 AND (perms_ & 2) = 2 OR resource_type_ = 6 AND (perms_ & 64) = 64)";

  private static final List<String> INDEXES = List.of(TASK_PARENT_INDEX, TASK_READ_GRANTS_INDEX);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    for (String index : INDEXES) {
      try (Connection connection = configuration.getDataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(index);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException e) {
        // another node made it at the same moment, or the database refuses DDL to this user: the engine works without
        // it, only slower, so the start goes on and the operator is told
        LOG.warn("Index not created ({}); create it by hand: {}", e.getMessage(), index);
      }
    }
  }
}
