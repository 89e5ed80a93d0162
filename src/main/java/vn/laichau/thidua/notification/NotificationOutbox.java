package vn.laichau.thidua.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of e-mails (table {@code notification_outbox}), a transactional outbox: a sending task records its
 * rendered mail in the engine's own transaction, and the {@link NotificationDispatcher} of any node sends it after
 * that transaction has committed.
 *
 * <p>Why: handing a mail to an SMTP server is not part of any database transaction. Recorded with the step that
 * caused it, a mail exists exactly when its step committed: a step rolled back (a failed completion, a database lost
 * mid-way, a node killed) leaves no mail behind, and a committed one always has its mail, which the dispatcher sends
 * under a Message-ID made from the row's id however often it has to try.
 *
 * <p>A row is due ({@code due_at}), claimed by one node for a lease ({@code claimed_by}, {@code claimed_until}), sent
 * ({@code sent_at}) or given up after its attempts ({@code failed_at}, {@code last_error}): the list of
 * {@link #failed() failed mails} an administrator reads and {@link #retry retries}. Claims take the due rows with
 * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL: two nodes claiming at once get different rows, never one row both.
 */
@Component
public class NotificationOutbox {

  private static final String COLUMNS = "id, recipients, subject, body, html, attempts, max_attempts";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private volatile Boolean postgres;

  public NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A recorded mail as the dispatcher sends it. */
  public record Entry(String id, List<InternetAddress> recipients, MailTemplates.RenderedMail mail, int attempts,
      Integer maxAttempts) {
  }

  /** A mail given up, for the administrators. */
  public record Failed(String id, String kind, String businessKey, String processInstanceId, String subject,
      String recipients, int attempts, Date createdAt, Date failedAt, String lastError, String warnings) {
  }

  /** Whether a mail is recorded under this key (the key of a sending job of a model before the dispatcher). */
  public boolean exists(String messageKey) {
    Integer count = jdbc.queryForObject("select count(*) from notification_outbox where message_key = ?",
        Integer.class, messageKey);
    return count != null && count > 0;
  }

  /**
   * Records a mail in the caller's transaction (the engine's): it is due at once, or, with nobody to send it to,
   * recorded as failed with the reason, so that the administrators see who was not told.
   *
   * @param warnings who could not be reached, one line each; null when everybody could
   */
  public String record(String messageKey, MessageKind kind, String processInstanceId, String businessKey,
      List<InternetAddress> recipients, MailTemplates.RenderedMail mail, String warnings, String nobodyReason) {
    String id = UUID.randomUUID().toString();
    Timestamp now = now();
    boolean nobody = recipients.isEmpty();
    jdbc.update("insert into notification_outbox (id, message_key, kind, process_instance_id, business_key, recipients,"
            + " subject, body, html, created_at, attempts, due_at, failed_at, last_error, warnings)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        id, messageKey, kind.name(), processInstanceId, businessKey,
        nobody ? "" : InternetAddress.toString(recipients.toArray(InternetAddress[]::new)), mail.subject(), mail.body(),
        mail.html(), now, nobody ? null : now, nobody ? now : null, nobody ? nobodyReason : null, warnings);
    return id;
  }

  /**
   * Claims up to {@code limit} due rows for this node until {@code leaseUntil}, counting an attempt on each, in a
   * transaction of its own: rows another node is claiming at the same moment are skipped, rows whose lease has run out
   * (their node died or lost the database) are due again.
   */
  public List<Entry> claimDue(String node, Date now, Date leaseUntil, int limit) {
    String skipLocked = isPostgres() ? " skip locked" : "";
    return ownTransaction.execute(status -> {
      List<Entry> claimed = jdbc.query("select " + COLUMNS + " from notification_outbox"
              + " where due_at <= ? and (claimed_until is null or claimed_until < ?)"
              + " order by due_at fetch first " + limit + " rows only for update" + skipLocked,
          (row, n) -> new Entry(row.getString("id"), parse(row.getString("recipients")),
              new MailTemplates.RenderedMail(row.getString("subject"), row.getString("body"), row.getString("html")),
              row.getInt("attempts") + 1, (Integer) row.getObject("max_attempts")),
          new Timestamp(now.getTime()), new Timestamp(now.getTime()));
      if (!claimed.isEmpty()) {
        jdbc.batchUpdate("update notification_outbox set claimed_by = ?, claimed_until = ?, attempts = attempts + 1"
                + " where id = ?", claimed.stream()
            .map(entry -> new Object[] {node, new Timestamp(leaseUntil.getTime()), entry.id()}).toList());
      }
      return claimed;
    });
  }

  /**
   * Marks mails sent once the SMTP server has accepted them, committed at once; returns how many were marked now. On
   * PostgreSQL a batch is one statement ({@code id = any(?)} with the ids as an array), elsewhere one row each.
   */
  public int markSent(Collection<String> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    Timestamp now = now();
    String set = "update notification_outbox set sent_at = ?, due_at = null, claimed_by = null, claimed_until = null,"
        + " failed_at = null where ";
    if (isPostgres()) {
      Integer marked = ownTransaction.execute(status -> jdbc.execute((ConnectionCallback<Integer>) connection -> {
        try (PreparedStatement statement = connection.prepareStatement(set + "id = any(?) and sent_at is null")) {
          statement.setTimestamp(1, now);
          statement.setArray(2, connection.createArrayOf("varchar", ids.toArray()));
          return statement.executeUpdate();
        }
      }));
      return marked == null ? 0 : marked;
    }
    int[][] counts = ownTransaction.execute(status -> jdbc.batchUpdate(set + "id = ? and sent_at is null", ids,
        ids.size(), (statement, id) -> {
          statement.setTimestamp(1, now);
          statement.setString(2, id);
        }));
    int marked = 0;
    for (int[] batch : counts) {
      for (int count : batch) {
        marked += Math.max(count, 0);
      }
    }
    return marked;
  }

  /** A failed attempt with attempts left: due again at {@code dueAt}, the claim released. */
  public void retryLater(String id, String node, Date dueAt, String error) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("update notification_outbox set due_at = ?,"
            + " claimed_by = null, claimed_until = null, last_error = ? where id = ? and claimed_by = ?",
        new Timestamp(dueAt.getTime()), truncate(error), id, node));
  }

  /** The last attempt failed: the mail is given up until an administrator {@link #retry retries} it. */
  public void giveUp(String id, String node, String error) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("update notification_outbox set due_at = null,"
            + " claimed_by = null, claimed_until = null, failed_at = ?, last_error = ? where id = ? and claimed_by = ?",
        now(), truncate(error), id, node));
  }

  /** The mails given up, newest first. */
  public List<Failed> failed() {
    return jdbc.query("select id, kind, business_key, process_instance_id, subject, recipients, attempts, created_at,"
            + " failed_at, last_error, warnings from notification_outbox"
            + " where failed_at is not null and sent_at is null order by failed_at desc",
        (row, n) -> new Failed(row.getString("id"), row.getString("kind"), row.getString("business_key"),
            row.getString("process_instance_id"), row.getString("subject"), row.getString("recipients"),
            row.getInt("attempts"), row.getTimestamp("created_at"), row.getTimestamp("failed_at"),
            row.getString("last_error"), row.getString("warnings")));
  }

  /**
   * An administrator's "retry" of a mail given up: one more attempt, due now (what Cockpit's "Retry" of a failed job
   * did). A mail with nobody to send it to stays failed: there is nothing to try.
   *
   * @return whether the mail was given up and is due again
   */
  public boolean retry(String id) {
    return jdbc.update("update notification_outbox set failed_at = null, due_at = ?, max_attempts = attempts + 1"
        + " where id = ? and failed_at is not null and sent_at is null and recipients <> ''", now(), id) == 1;
  }

  /** Who could not be reached by the mails of one instance, one line each, in the order the mails were recorded. */
  public List<String> warnings(String processInstanceId) {
    return jdbc.queryForList("select warnings from notification_outbox where process_instance_id = ?"
            + " and warnings is not null order by created_at, id", String.class, processInstanceId).stream()
        .flatMap(lines -> lines.lines())
        .toList();
  }

  /** Recorded mails not marked sent: waiting for the dispatcher, or given up. */
  public long unsent() {
    Long count = jdbc.queryForObject("select count(*) from notification_outbox where sent_at is null", Long.class);
    return count == null ? 0 : count;
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 4000 ? error : error.substring(0, 4000);
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
