package vn.laichau.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.support.BenchmarkSummary;

/**
 * Two application nodes (two JVMs on loopback, {@code java -jar}) on one PostgreSQL, started at the same moment on an
 * empty database: both come up, and the schema, the registry's seed, the grants and the administrator exist once;
 * 1,000 deadline timers made due together (the deadline storm) fire exactly once in all, each escalation mail is sent
 * once; a task completed on one node is gone from the other node's list at once.
 */
class TwoNodesFaultIT {

  static final int TIMERS = Integer.getInteger("faults.timers", 1000);

  @Test
  void twoNodesStartedTogetherFireEachOfAThousandTimersExactlyOnce() throws Exception {
    try (FaultCluster cluster = new FaultCluster("two-nodes-a", "two-nodes-b")) {
      cluster.startAllAtOnce();
      AppNode a = cluster.node(0);
      AppNode b = cluster.node(1);
      FaultDatabase database = cluster.database;

      assertThat(database.count("select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
      assertThat(database.count("select count(*) from act_re_procdef where key_ = 'congress'"))
          .as("the models are deployed once").isEqualTo(1);
      assertThat(database.count("select count(*) from flyway_schema_history where not success")).isZero();
      assertThat(database.count("select count(*) from act_ge_schema_log")).as("the engine's schema is created once")
          .isEqualTo(1);
      long units = database.count("select count(*) from unit");
      assertThat(units).isGreaterThan(150);
      assertThat(FaultCluster.JSON.readTree(FaultCluster.ok(b.get("/api/units")))).hasSize((int) units);
      assertThat(database.count("select count(*) from (select group_id_, user_id_, resource_type_, resource_id_"
          + " from act_ru_authorization group by group_id_, user_id_, resource_type_, resource_id_"
          + " having count(*) > 1) twice")).as("grants given twice").isZero();

      cluster.prepare(TIMERS);
      // the storm: every deadline timer is created suspended, then all are released at one moment
      String deadlineTimers = FaultCluster.JSON.readTree(FaultCluster.ok(a.get(
          "/engine-rest/job-definition?processDefinitionKey=congress&activityIdIn=deadlinePassed"))).get(0)
          .get("id").asText();
      FaultCluster.created(a.send("PUT", "/engine-rest/job-definition/" + deadlineTimers + "/suspended",
          "{\"suspended\": true, \"includeJobs\": true}"));
      FaultCluster.Load load = cluster.load(4);
      load.awaitAcknowledged(TIMERS, Duration.ofMinutes(8));
      List<String> congresses = load.stop();
      assertThat(load.failures).as("no start fails while both nodes and the database are up").isEmpty();

      long stormStart = System.nanoTime();
      FaultCluster.created(b.send("PUT", "/engine-rest/job-definition/" + deadlineTimers + "/suspended",
          "{\"suspended\": false, \"includeJobs\": true}"));
      FaultCluster.Figures figures = cluster.awaitEscalatedExactlyOnce(congresses, Duration.ofMinutes(6));
      double seconds = (System.nanoTime() - stormStart) / 1e9;
      boolean exactlyOnce = figures.complete() && figures.lost() == 0 && figures.escalatedTwice() == 0;
      BenchmarkSummary.put(Map.of("storm2NodesCongresses", congresses.size(),
          "storm2NodesSeconds", Math.round(seconds * 10) / 10.0, "storm2NodesEscalatedExactlyOnce", exactlyOnce));

      figures.assertNothingLostOrTwice();
      assertThat(exactlyOnce).isTrue();

      // a task completed on one node is gone from the other's list at once
      String congress = congresses.get(0);
      String list = "/engine-rest/task?processInstanceId=" + congress + "&taskDefinitionKey=handleOverdue";
      JsonNode onB = FaultCluster.JSON.readTree(FaultCluster.ok(b.get(list)));
      assertThat(onB).hasSize(1);
      FaultCluster.created(a.send("POST", "/engine-rest/task/" + onB.get(0).get("id").asText() + "/complete", """
          {"variables": {"decision": {"value": "NOT_HELD"}, "reason": {"value": "Đơn vị sáp nhập"}}}"""));
      assertThat(FaultCluster.JSON.readTree(FaultCluster.ok(b.get(list)))).isEmpty();
    }
  }
}
