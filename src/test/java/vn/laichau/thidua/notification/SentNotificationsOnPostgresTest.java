package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.support.PostgresTest;

/**
 * The sent-log on PostgreSQL: Flyway's V20 creates it, and a mail recorded while the engine's transaction is open
 * stays recorded when that transaction rolls back, so the retried job does not send it again.
 */
@PostgresTest
class SentNotificationsOnPostgresTest {

  @Autowired
  SentNotifications sent;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aRecordedMailSurvivesTheRollbackOfTheTransactionThatSentIt() {
    new TransactionTemplate(transactionManager).executeWithoutResult(engineTransaction -> {
      sent.recordSent("job-rolled-back", MessageKind.OVERDUE_ESCALATION, "pi-1", "03394",
          "hoa.noivu@tamduong.laichau.gov.vn", "[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội");
      engineTransaction.setRollbackOnly();
    });

    assertThat(sent.wasSent("job-rolled-back")).isTrue();
    assertThat(sent.wasSent("job-never-sent")).isFalse();
    assertThat(jdbc.queryForObject("select subject from notification_sent where message_key = ?", String.class,
        "job-rolled-back")).isEqualTo("[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội");
  }
}
