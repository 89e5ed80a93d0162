package vn.laichau.thidua.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 */
@Component
public class PostgresEngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresEngineIndexes.class);

  static final String TASK_PARENT_INDEX =
      "CREATE INDEX IF NOT EXISTS act_idx_task_parent_task ON act_ru_task (parent_task_id_)";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(TASK_PARENT_INDEX);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // another node made it at the same moment, or the database refuses DDL to this user: the engine works without
      // it, only slower, so the start goes on and the operator is told
      LOG.warn("Index act_idx_task_parent_task not created ({}); create it by hand: {}", e.getMessage(),
          TASK_PARENT_INDEX);
    }
  }
}
