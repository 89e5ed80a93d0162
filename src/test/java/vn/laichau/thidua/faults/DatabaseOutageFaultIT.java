package vn.laichau.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.support.BenchmarkSummary;

/**
 * PostgreSQL stopped for 30 seconds under a load of congress starts, then started again on the same port and data: the
 * node, never restarted, serves again (its pool reconnects), the jobs that failed in the outage run again, and every
 * congress it acknowledged is there with its timer fired once and its mail received once: a mail accepted by the SMTP
 * server while the database could not be told is kept by the node as accepted, marked later, never sent again.
 */
class DatabaseOutageFaultIT {

  static final int STARTS = Integer.getInteger("faults.starts", 120);
  static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void thirtySecondsWithoutTheDatabaseUnderLoadLoseNothingAndNeedNoRestart() throws Exception {
    try (FaultCluster cluster = new FaultCluster("outage")) {
      cluster.startAllAtOnce();
      cluster.prepare(STARTS * 2);
      AppNode node = cluster.node(0);

      FaultCluster.Load load = cluster.load(4);
      load.awaitAcknowledged(STARTS / 2, Duration.ofMinutes(4));
      cluster.database.stop();
      // the outage itself lasts its 30 s, whatever the load does meanwhile
      AppNode.pause(OUTAGE.toMillis());
      int acknowledgedBeforeRecovery = load.acknowledged.size();
      cluster.database.start();
      load.awaitAcknowledged(Math.max(STARTS, acknowledgedBeforeRecovery + STARTS / 2), Duration.ofMinutes(4));
      List<String> acknowledged = load.stop();
      boolean recoveredWithoutRestart = node.alive() && node.healthy();

      FaultCluster.Figures figures = cluster.awaitEscalatedExactlyOnce(acknowledged, Duration.ofMinutes(4));
      BenchmarkSummary.put(Map.of("databaseOutageStarts", acknowledged.size(),
          "databaseOutageFailedRequests", load.failed.get(), "databaseOutageFailuresByStatus", load.failures,
          "databaseOutageLost", figures.lost(),
          "databaseOutageEscalatedTwice", figures.escalatedTwice(),
          "databaseOutageRecoveredWithoutRestart", recoveredWithoutRestart,
          "databaseOutageMailsLost", figures.mailsLost(), "databaseOutageMailsDuplicated", figures.mailsDuplicated()));

      assertThat(recoveredWithoutRestart).isTrue();
      assertThat(load.failed.get()).as("requests during the outage fail instead of hanging").isPositive();
      // the node lived through the outage: what the SMTP server accepted it knows, and never sends again
      figures.assertNothingLostOrTwice();
    }
  }
}
