package vn.laichau.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.support.BenchmarkSummary;

/**
 * {@code kill -9} of one of two nodes in the middle of a load of congress starts, whose deadline timers and
 * escalation mails are due at once, then the node started again: every congress a node acknowledged is there, its
 * timer fired once, its overdue task open once, its escalation mail sent once (by Message-ID), whichever node had
 * taken the work when the other was killed.
 */
class KilledNodeFaultIT {

  static final int STARTS = Integer.getInteger("faults.starts", 120);

  @Test
  void aNodeKilledUnderLoadAndStartedAgainLosesNothingAndResendsOnlyTheMailsInFlight() throws Exception {
    try (FaultCluster cluster = new FaultCluster("killed-a", "killed-b")) {
      cluster.startAllAtOnce();
      cluster.prepare(STARTS * 2);
      AppNode victim = cluster.node(1);

      FaultCluster.Load load = cluster.load(4);
      load.awaitAcknowledged(STARTS / 3, Duration.ofMinutes(4));
      victim.kill();
      load.awaitAcknowledged(STARTS * 2 / 3, Duration.ofMinutes(4));
      victim.start().awaitUp(Duration.ofMinutes(8));
      load.awaitAcknowledged(STARTS, Duration.ofMinutes(4));
      List<String> acknowledged = load.stop();

      FaultCluster.Figures figures = cluster.awaitEscalatedExactlyOnce(acknowledged, Duration.ofMinutes(4));
      BenchmarkSummary.put(Map.of("killedNodeStarts", acknowledged.size(), "killedNodeLost", figures.lost(),
          "killedNodeEscalatedTwice", figures.escalatedTwice(), "mailsLost", figures.mailsLost(),
          "mailsDuplicated", figures.mailsDuplicated()));

      figures.assertNothingLostAndOnlyMailsInFlightResent(FaultCluster.SENDING_THREADS_PER_NODE);
      assertThat(cluster.database.count("select count(*) from notification_outbox where sent_at is null"
          + " and failed_at is null")).as("no recorded mail left waiting").isZero();
      assertThat(cluster.database.count("select count(*) from notification_outbox where failed_at is not null"
          + " and recipients <> ''")).as("no mail given up but those with nobody to send them to").isZero();
    }
  }
}
