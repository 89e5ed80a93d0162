package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.support.PostgresTest;

/**
 * The outbox on PostgreSQL (V55, V70): a mail is recorded in the transaction of its step, so a step rolled back leaves
 * none; two nodes claiming at the same moment ({@code FOR UPDATE SKIP LOCKED}) never get one row both; a claim whose
 * node died is due again once its lease has run out; a mail marked sent is in the sent-mail log.
 *
 * <p>The rows of this test are due in 2001, on the engine clock: claims made "in 2001" see none of the other tests'.
 */
@PostgresTest
class NotificationOutboxOnPostgresTest {

  private static final Date MORNING = new Date(978_307_200_000L); // 01/01/2001 00:00 UTC
  private static final MailTemplates.RenderedMail MAIL = new MailTemplates.RenderedMail(
      "[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội", "Kính gửi…", "<p>Kính gửi…</p>");

  @Autowired
  NotificationOutbox outbox;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    jdbc.update("update notification_outbox set due_at = null, claimed_until = null where due_at <= ?",
        new Date(MORNING.getTime() + 3_600_000));
    ClockUtil.reset();
  }

  @Test
  void aMailRecordedInAStepThatRollsBackIsGoneAndACommittedOneIsDueWithItsRecipients() throws Exception {
    ClockUtil.setCurrentTime(MORNING);
    List<InternetAddress> to = List.of(address("hoa.noivu@tamduong.laichau.gov.vn", "Lò Thị Hoa"),
        address("su.thensin@laichau.gov.vn", "Tẩn Văn Sử"));
    new TransactionTemplate(transactionManager).executeWithoutResult(engineTransaction -> {
      outbox.record("act-rolled-back", MessageKind.OVERDUE_ESCALATION, "pi-1", "03394", to, MAIL, null, "-");
      engineTransaction.setRollbackOnly();
    });
    assertThat(outbox.exists("act-rolled-back")).isFalse();

    String id = new TransactionTemplate(transactionManager).execute(engineTransaction ->
        outbox.record("act-committed", MessageKind.OVERDUE_ESCALATION, "pi-1", "03394", to, MAIL,
            "Báo cáo quá hạn: Người dùng Vàng A Dơ chưa có địa chỉ e-mail", "-"));

    List<NotificationOutbox.Entry> claimed = outbox.claimDue("node-a", MORNING, plusMinutes(2), 10);
    assertThat(claimed).extracting(NotificationOutbox.Entry::id).containsExactly(id);
    assertThat(claimed.get(0).mail()).isEqualTo(MAIL);
    assertThat(claimed.get(0).recipients()).extracting(InternetAddress::getPersonal)
        .containsExactly("Lò Thị Hoa", "Tẩn Văn Sử");
    assertThat(claimed.get(0).attempts()).isEqualTo(1);
    assertThat(outbox.warnings("pi-1")).containsExactly("Báo cáo quá hạn: Người dùng Vàng A Dơ chưa có địa chỉ e-mail");

    assertThat(outbox.markSent(List.of(id))).isEqualTo(1);
    assertThat(outbox.markSent(List.of(id))).as("marked once").isZero();
    assertThat(jdbc.queryForObject("select subject from notification_sent where message_key = ?", String.class,
        "act-committed")).isEqualTo(MAIL.subject());
  }

  @Test
  void twoNodesClaimingAtOnceNeverGetOneRowBothAndADeadNodesClaimIsDueAgainAfterItsLease() throws Exception {
    ClockUtil.setCurrentTime(MORNING);
    List<InternetAddress> to = List.of(address("mai.thensin@laichau.gov.vn", "Lò Thị Mai"));
    List<String> ids = new TransactionTemplate(transactionManager).execute(engineTransaction ->
        IntStream.range(0, 40).mapToObj(i -> outbox.record("act-storm-" + i, MessageKind.OVERDUE_ESCALATION,
            "pi-storm", "S" + i, to, MAIL, null, "-")).toList());

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> claims = new ArrayList<>();
      for (String node : List.of("node-a", "node-b")) {
        Callable<List<String>> claim = () -> {
          List<String> mine = new ArrayList<>();
          together.await();
          List<NotificationOutbox.Entry> batch;
          while (!(batch = outbox.claimDue(node, MORNING, plusMinutes(2), 3)).isEmpty()) {
            batch.forEach(entry -> mine.add(entry.id()));
          }
          return mine;
        };
        claims.add(nodes.submit(claim));
      }
      List<String> a = claims.get(0).get();
      List<String> b = claims.get(1).get();
      Set<String> both = new HashSet<>(a);
      both.retainAll(b);
      assertThat(both).as("rows claimed by both nodes").isEmpty();
      assertThat(a.size() + b.size()).isEqualTo(ids.size());
      assertThat(new HashSet<>(a)).hasSize(a.size());
    } finally {
      nodes.shutdownNow();
    }

    // node-b dies with its claims: within the lease nobody takes them, after it they are due for node-a
    assertThat(outbox.claimDue("node-a", plusMinutes(1), plusMinutes(3), 100)).isEmpty();
    List<NotificationOutbox.Entry> again = outbox.claimDue("node-a", new Date(plusMinutes(2).getTime() + 1000),
        plusMinutes(5), 100);
    assertThat(again).hasSize(ids.size());
    assertThat(again).allSatisfy(entry -> assertThat(entry.attempts()).isEqualTo(2));
    outbox.markSent(ids);
  }

  private static Date plusMinutes(int minutes) {
    return new Date(MORNING.getTime() + minutes * 60_000L);
  }

  private static InternetAddress address(String email, String name) throws UnsupportedEncodingException {
    return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
  }
}
