package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.support.PostgresTest;

/**
 * The outbox on PostgreSQL: Flyway's V55 creates it; a mail recorded while the engine's transaction is open stays
 * recorded, with its recipients' Vietnamese names, when that transaction rolls back, so the retried job hands over
 * that same mail; once marked sent it is in the sent-mail log and counts no more as unsent.
 */
@PostgresTest
class NotificationOutboxOnPostgresTest {

  @Autowired
  NotificationOutbox outbox;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aRecordedMailSurvivesTheRollbackOfTheTransactionThatRecordedItAndIsSentOnce() throws Exception {
    MailTemplates.RenderedMail mail = new MailTemplates.RenderedMail(
        "[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội", "Kính gửi…", "<p>Kính gửi…</p>");
    List<InternetAddress> to = List.of(address("hoa.noivu@tamduong.laichau.gov.vn", "Lò Thị Hoa"),
        address("su.thensin@laichau.gov.vn", "Tẩn Văn Sử"));
    long unsentBefore = outbox.unsent();
    String[] id = new String[1];
    new TransactionTemplate(transactionManager).executeWithoutResult(engineTransaction -> {
      id[0] = outbox.record("job-rolled-back", MessageKind.OVERDUE_ESCALATION, "pi-1", "03394", to, mail).id();
      engineTransaction.setRollbackOnly();
    });

    NotificationOutbox.Entry recorded = outbox.find("job-rolled-back").orElseThrow();
    assertThat(recorded.id()).isEqualTo(id[0]);
    assertThat(recorded.sent()).isFalse();
    assertThat(recorded.mail()).isEqualTo(mail);
    assertThat(recorded.recipients()).extracting(InternetAddress::getPersonal).containsExactly("Lò Thị Hoa",
        "Tẩn Văn Sử");
    assertThat(recorded.recipients()).isEqualTo(to);
    assertThat(outbox.find("job-never-recorded")).isEmpty();
    assertThat(outbox.unsent()).isEqualTo(unsentBefore + 1);

    outbox.markSent(id[0]);

    assertThat(outbox.find("job-rolled-back").orElseThrow().sent()).isTrue();
    assertThat(outbox.unsent()).isEqualTo(unsentBefore);
    assertThat(jdbc.queryForObject("select subject from notification_sent where message_key = ?", String.class,
        "job-rolled-back")).isEqualTo(mail.subject());
  }

  private static InternetAddress address(String email, String name) throws UnsupportedEncodingException {
    return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
  }
}
