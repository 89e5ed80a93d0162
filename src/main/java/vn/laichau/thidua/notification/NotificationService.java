package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Sends one message of the congress lifecycle from a sending task's delegate: resolves the addressees, reports those
 * who cannot be reached, renders the Vietnamese template and hands the mail to the SMTP server once.
 *
 * <p>The sending tasks are asynchronous ({@code camunda:asyncBefore}): the mail goes out in a job of its own after
 * the engine has committed what led to it, a mail server that is down fails only that job, which is retried on
 * {@code notificationSchedule.retryCycle} and becomes an incident when the retries are used up. The job's id
 * identifies the message across retries: the job records the mail in the {@link NotificationOutbox} before it hands it
 * over, and a retry hands over the recorded mail, or nothing once it is marked sent. On two nodes the engine runs a
 * job on one node at a time (it locks the job row), so a mail is never handed over by both.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final RecipientResolver recipientResolver;
  private final MailTemplates templates;
  private final NotificationMailer mailer;
  private final NotificationOutbox outbox;
  private final NotificationWarnings warnings;
  private final CongressFacts congresses;

  public NotificationService(RecipientResolver recipientResolver, MailTemplates templates, NotificationMailer mailer,
      NotificationOutbox outbox, NotificationWarnings warnings, CongressFacts congresses) {
    this.recipientResolver = recipientResolver;
    this.templates = templates;
    this.mailer = mailer;
    this.outbox = outbox;
    this.warnings = warnings;
    this.congresses = congresses;
  }

  /**
   * @param template the template in {@code mail/}, without {@code .txt}
   * @param facts    the facts the template names besides the common ones ({@code unitName}, {@code unitCode},
   *                 {@code deadline}, {@code today}, {@code addressees})
   */
  public void send(DelegateExecution execution, MessageKind kind, String template, List<Addressee> addressees,
      Map<String, String> facts) {
    Congress congress = congresses.of(execution);
    send(execution, kind, template, new Concerning(congress.unitCode(), congress.unitName(), congress.deadline()),
        addressees, facts);
  }

  /**
   * Sends a message about work that is not a congress (the campaign's own work, R7).
   *
   * @param concerning the unit the message is about and the last day it speaks of
   */
  public void send(DelegateExecution execution, MessageKind kind, String template, Concerning concerning,
      List<Addressee> addressees, Map<String, String> facts) {
    Map<String, String> all = new HashMap<>();
    all.put("unitName", concerning.unitName());
    all.put("unitCode", concerning.unitCode());
    all.put("deadline", VietnamTime.format(concerning.deadline()));
    all.putAll(facts);
    sendOnce(execution, kind, template, concerning.unitCode(), addressees, all);
  }

  /**
   * Sends a message about no one unit (the daily digest): its template names only {@code today}, {@code addressees}
   * and the given facts.
   */
  public void sendToReader(DelegateExecution execution, MessageKind kind, String template, List<Addressee> addressees,
      Map<String, String> facts) {
    sendOnce(execution, kind, template, null, addressees, facts);
  }

  private void sendOnce(DelegateExecution execution, MessageKind kind, String template, String unitCode,
      List<Addressee> addressees, Map<String, String> facts) {
    // reported on every try: the warnings of a try whose transaction rolled back are gone with it
    Recipients recipients = withoutAuthorization(() -> recipientResolver.resolve(addressees));
    warnings.report(execution, kind, recipients.problems());
    String messageKey = messageKey(execution);
    Optional<NotificationOutbox.Entry> recorded = outbox.find(messageKey);
    if (recorded.isPresent() && recorded.get().sent()) {
      LOG.info("{} {} đã được gửi trước đây, không gửi lại", kind.label(), messageKey);
      return;
    }
    NotificationOutbox.Entry entry;
    if (recorded.isPresent()) {
      // an earlier try recorded it and did not see it accepted: the same mail, with the same Message-ID
      entry = recorded.get();
    } else {
      if (recipients.nobody()) {
        // every addressee has been reported above; there is no one to send to
        return;
      }
      Map<String, String> all = new HashMap<>(facts);
      all.put("today", VietnamTime.format(VietnamTime.today()));
      all.put("addressees", String.join("; ", recipients.addresseeNames()));
      entry = outbox.record(messageKey, kind, execution.getProcessInstanceId(), execution.getBusinessKey(),
          recipients.addresses(), templates.render(template, all));
    }
    outbox.attempting(entry.id());
    mailer.send(entry.id(), entry.recipients(), entry.mail());
    outbox.markSent(entry.id());
    LOG.info("{} về {} ({}) đã gửi đến {} người nhận", kind.label(), unitCode == null ? "nhiều đơn vị" : unitCode,
        execution.getBusinessKey(), entry.recipients().size());
  }

  /**
   * Runs a read of the identity service or the task list without the caller's authorizations: a job fired over REST
   * runs as the official who fired it, who may not see the reviewers or the council; the message's readers do not
   * depend on who pressed the button.
   */
  public <T> T withoutAuthorization(Supplier<T> read) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? read.get() : commandContext.runWithoutAuthorization(read::get);
  }

  /**
   * What a message is about: a unit and the last day of its work ({@code unitName}, {@code unitCode} and
   * {@code deadline} of every template).
   */
  public record Concerning(String unitCode, String unitName, LocalDate deadline) {
  }

  /**
   * The id of the job that sends the message (with the instance's number in a multi-instance loop): the same on every
   * retry of that job, new for the next message. Without a job (a sending task somebody made synchronous) there is no
   * retry either, and the activity instance suffices.
   */
  private static String messageKey(DelegateExecution execution) {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    if (job == null) {
      return "act-" + execution.getActivityInstanceId();
    }
    // a multi-instance sending task whose whole loop is one job sends one message per instance in that job
    Object loopCounter = execution.getVariable("loopCounter");
    return "job-" + job.getId() + (loopCounter == null ? "" : "-" + loopCounter);
  }
}
