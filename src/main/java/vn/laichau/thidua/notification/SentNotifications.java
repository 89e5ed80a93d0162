package vn.laichau.thidua.notification;

import java.sql.Timestamp;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails that have been handed to the SMTP server, one row per sending job (table {@code notification_sent}).
 *
 * <p>Why: sending is not transactional. When the engine's transaction fails after the SMTP server has accepted a mail
 * (an optimistic-locking conflict with an official completing a task at the same moment, a database hiccup at
 * commit), the job is retried, and without this record the mail would go out again. The row is written in a
 * transaction of its own, so it stays when the engine's transaction rolls back; a retry finds it and sends nothing.
 * It also tells an administrator who was sent what and when.
 */
@Component
public class SentNotifications {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public SentNotifications(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public boolean wasSent(String messageKey) {
    Integer count = jdbc.queryForObject("select count(*) from notification_sent where message_key = ?",
        Integer.class, messageKey);
    return count != null && count > 0;
  }

  public void recordSent(String messageKey, MessageKind kind, String processInstanceId, String businessKey,
      String recipients, String subject) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into notification_sent (message_key, kind, process_instance_id, business_key, recipients, subject,"
            + " sent_at) values (?, ?, ?, ?, ?, ?, ?)",
        messageKey, kind.name(), processInstanceId, businessKey, recipients, subject,
        new Timestamp(ClockUtil.getCurrentTime().getTime())));
  }
}
