package vn.laichau.thidua.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of e-mails (table {@code notification_outbox}): record, then send, then mark sent.
 *
 * <p>Why: handing a mail to an SMTP server is not part of any database transaction. The sending job records the
 * rendered mail and its recipients first, and commits that record on its own, before it speaks to the SMTP server;
 * only then is the mail handed over, under a Message-ID made from the record's id, and marked sent, again on its own.
 * So whatever fails afterwards (the engine's transaction rolled back by an unrelated error, the database gone, the JVM
 * killed), the retried job finds the record: marked sent, it sends nothing; not yet marked, it hands over the same
 * recorded mail with the same Message-ID, never a second composition. Only a crash in the instant between the SMTP
 * server's acceptance and the mark can hand a mail over twice, and then it is one Message-ID that mail programs
 * show once. A recorded mail that is never marked sent is a mail not (yet) delivered: {@link #unsent()} counts them.
 */
@Component
public class NotificationOutbox {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A recorded mail. */
  public record Entry(String id, List<InternetAddress> recipients, MailTemplates.RenderedMail mail, boolean sent) {
  }

  /** The mail recorded for this sending job, if any, read outside the engine's transaction. */
  public Optional<Entry> find(String messageKey) {
    return ownTransaction.execute(status -> jdbc.query(
        "select id, recipients, subject, body, html, sent_at from notification_outbox where message_key = ?",
        (row, n) -> new Entry(row.getString("id"), parse(row.getString("recipients")),
            new MailTemplates.RenderedMail(row.getString("subject"), row.getString("body"), row.getString("html")),
            row.getTimestamp("sent_at") != null),
        messageKey).stream().findFirst());
  }

  /** Records a mail before it is sent, committed at once: it outlives a rollback of the engine's transaction. */
  public Entry record(String messageKey, MessageKind kind, String processInstanceId, String businessKey,
      List<InternetAddress> recipients, MailTemplates.RenderedMail mail) {
    String id = UUID.randomUUID().toString();
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into notification_outbox (id, message_key, kind, process_instance_id, business_key, recipients,"
            + " subject, body, html, created_at, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id, messageKey, kind.name(), processInstanceId, businessKey,
        InternetAddress.toString(recipients.toArray(InternetAddress[]::new)), mail.subject(), mail.body(),
        mail.html(), now()));
    return new Entry(id, recipients, mail, false);
  }

  /** Counts a hand-over about to start, committed at once: a mail tried more than once shows it. */
  public void attempting(String id) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update notification_outbox set attempts = attempts + 1 where id = ?", id));
  }

  /** Marks a mail sent once the SMTP server has accepted it, committed at once. */
  public void markSent(String id) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update notification_outbox set sent_at = ? where id = ? and sent_at is null", now(), id));
  }

  /** Recorded mails not marked sent: their jobs are still trying, or an incident waits for an administrator. */
  public long unsent() {
    Long count = jdbc.queryForObject("select count(*) from notification_outbox where sent_at is null", Long.class);
    return count == null ? 0 : count;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static List<InternetAddress> parse(String recipients) {
    try {
      return List.of(InternetAddress.parse(recipients, false));
    } catch (AddressException e) {
      throw new IllegalStateException("notification_outbox holds an address list that does not parse: " + recipients,
          e);
    }
  }
}
