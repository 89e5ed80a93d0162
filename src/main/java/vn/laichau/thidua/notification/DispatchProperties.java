package vn.laichau.thidua.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.notification.dispatch.*} (application.yaml, block "notification"): the mail dispatcher of each node,
 * which sends what the sending tasks recorded in the outbox. How often a mail is tried is
 * {@code thidua.notification.retry-cycle} ({@link RetrySchedule}).
 *
 * @param enabled      false: this node records mails but sends none (the tests send them themselves, on the engine
 *                     clock)
 * @param threads      sending threads of this node, each claiming its own batch
 * @param batchSize    rows a thread claims at once, and sends over one SMTP connection
 * @param pollInterval how often an idle dispatcher looks for due rows: the wake-up after each commit covers this
 *                     node's own mails, the poll those of other nodes, retries that fall due, and a lost wake-up
 * @param lease        how long a claim holds a row against the other nodes: longer than the SMTP time-outs
 *                     ({@code mail.smtp.*timeout}), so that a slow hand-over is not taken over and sent twice; a row
 *                     whose node died is due again after it
 * @param journal      the file where this node notes, before the database, each mail the SMTP server accepted
 *                     ({@link AcceptedMailJournal}); one per node, on storage that outlives the process
 */
@ConfigurationProperties("thidua.notification.dispatch")
public record DispatchProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("4") int threads,
    @DefaultValue("20") int batchSize,
    @DefaultValue("PT5S") Duration pollInterval,
    @DefaultValue("PT2M") Duration lease,
    @DefaultValue("data/mail-accepted.journal") String journal) {
}
