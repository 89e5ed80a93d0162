package vn.laichau.thidua.notification;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends what the sending tasks recorded in the {@link NotificationOutbox}, on every node: claims the due rows, hands
 * each to the SMTP server under the Message-ID made from its id, marks it sent. Woken after each commit that recorded a
 * mail on this node, and polling every {@code thidua.notification.dispatch.poll-interval} for the rest (other nodes'
 * mails, retries falling due, a wake-up lost).
 *
 * <p>A mail the SMTP server refused, or that could not reach it, is due again after the wait of the retry cycle
 * ({@link RetrySchedule}); after the last attempt it is given up: an error in the log, {@code thidua.mails.failed} in
 * the metrics, and the administrators' list ({@code GET /api/admin/mails/failed}), where it can be retried.
 *
 * <p>A mail the SMTP server accepted is never handed over again by this node: when marking it sent fails (the
 * database is away), the node keeps it as accepted and marks it at its next round, and skips it if it claims it again
 * in between. Before the mark, each acceptance is noted in the node's {@link AcceptedMailJournal}, which the node
 * replays when it starts, so a node killed between the acceptance and the mark does not send that mail again either.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NotificationOutbox outbox;
  private final NotificationMailer mailer;
  private final DispatchProperties properties;
  private final RetrySchedule retries;
  private final AcceptedMailJournal journal;
  private final String node = nodeName();
  private final Object signal = new Object();
  private long wakeUps;
  private volatile boolean running;
  private ExecutorService workers;

  public NotificationDispatcher(NotificationOutbox outbox, NotificationMailer mailer, DispatchProperties properties,
      NotificationProperties notification, AcceptedMailJournal journal) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.properties = properties;
    this.retries = RetrySchedule.parse(notification.retryCycle());
    this.journal = journal;
  }

  /** What one call of {@link #dispatchDue()} did. */
  public record Report(int sent, int retriesLater, int givenUp) {
    public int failures() {
      return retriesLater + givenUp;
    }
  }

  /**
   * Wakes this node's dispatcher once the current engine transaction has committed (at once without one): the mail
   * recorded in it is sent without waiting for the next poll; after a rollback there is nothing to send.
   */
  public void wakeAfterCommit() {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      wake();
    } else {
      commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> wake());
    }
  }

  void wake() {
    synchronized (signal) {
      wakeUps++;
      signal.notifyAll();
    }
  }

  /**
   * Sends every mail due now on the engine clock, in the caller's thread, until none is left: what the tests do
   * instead of waiting for the threads (which the test profile leaves off).
   */
  public Report dispatchDue() {
    Report total = new Report(0, 0, 0);
    Report round;
    while ((round = round()) != null) {
      total = new Report(total.sent + round.sent, total.retriesLater + round.retriesLater,
          total.givenUp + round.givenUp);
    }
    return total;
  }

  /** One batch: marks what was accepted earlier, claims due rows, sends them; null when nothing was due. */
  private Report round() {
    markAccepted();
    Date now = ClockUtil.getCurrentTime();
    List<NotificationOutbox.Entry> claimed = outbox.claimDue(node, now,
        new Date(now.getTime() + properties.lease().toMillis()), properties.batchSize());
    if (claimed.isEmpty()) {
      return null;
    }
    int sent = 0;
    int later = 0;
    int givenUp = 0;
    try (NotificationMailer.Connection smtp = mailer.connect()) {
      for (NotificationOutbox.Entry entry : claimed) {
        if (journal.isAccepted(entry.id())) {
          // accepted before the database went away: marked below, never handed over again
          continue;
        }
        try {
          smtp.send(entry.id(), entry.recipients(), entry.mail());
        } catch (MailException e) {
          if (failed(entry, e)) {
            givenUp++;
          } else {
            later++;
          }
          continue;
        }
        journal.accepted(entry.id());
        sent++;
      }
    }
    markAccepted();
    return new Report(sent, later, givenUp);
  }

  /** Records a failed attempt; returns whether it was the last one. */
  private boolean failed(NotificationOutbox.Entry entry, MailException error) {
    int allowed = entry.maxAttempts() == null ? retries.attempts() : entry.maxAttempts();
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    if (entry.attempts() >= allowed) {
      outbox.giveUp(entry.id(), node, message);
      LOG.error("Thư {} ({}) không gửi được sau {} lần thử, đã dừng gửi; quản trị viên xem và gửi lại tại"
          + " /api/admin/mails/failed: {}", entry.id(), entry.mail().subject(), entry.attempts(), message);
      return true;
    }
    Date next = new Date(ClockUtil.getCurrentTime().getTime() + retries.waitAfter(entry.attempts()).toMillis());
    outbox.retryLater(entry.id(), node, next, message);
    LOG.warn("Thư {} ({}) chưa gửi được (lần {}), thử lại lúc {}: {}", entry.id(), entry.mail().subject(),
        entry.attempts(), next, message);
    return false;
  }

  /** Marks what the SMTP server accepted; what cannot be marked now stays known as accepted, for the next round. */
  private void markAccepted() {
    Set<String> ids = journal.unmarked();
    if (ids.isEmpty()) {
      return;
    }
    try {
      outbox.markSent(ids);
      journal.marked(ids);
    } catch (DataAccessException e) {
      LOG.warn("Chưa ghi được {} thư đã gửi vào cơ sở dữ liệu, sẽ ghi lại; các thư này không gửi lại: {}", ids.size(),
          e.getMessage());
    }
  }

  @Override
  public void start() {
    journal.replay();
    if (!properties.enabled()) {
      return;
    }
    running = true;
    workers = Executors.newFixedThreadPool(properties.threads(), runnable -> {
      Thread thread = new Thread(runnable, "mail-dispatcher");
      thread.setDaemon(true);
      return thread;
    });
    for (int i = 0; i < properties.threads(); i++) {
      workers.execute(this::work);
    }
    LOG.info("Bộ gửi thư {} chạy với {} luồng", node, properties.threads());
  }

  private void work() {
    long seen = -1;
    while (running) {
      try {
        while (running && round() != null) {
          // another batch may be due at once
        }
      } catch (RuntimeException e) {
        // the database away, most likely: the next poll tries again, what was accepted is kept
        LOG.warn("Bộ gửi thư gặp lỗi, sẽ thử lại: {}", e.getMessage());
      }
      synchronized (signal) {
        if (seen == wakeUps && running) {
          try {
            signal.wait(properties.pollInterval().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        seen = wakeUps;
      }
    }
  }

  @Override
  public void stop() {
    running = false;
    wake();
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      markAccepted();
    } finally {
      journal.close();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the engine (its phase is the default, 0): the outbox's table and the engine's transactions are there. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "/" + ManagementFactory.getRuntimeMXBean().getName().replaceFirst("@.*", "") + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
