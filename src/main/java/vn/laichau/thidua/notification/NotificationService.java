package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Writes one message of the congress lifecycle from a sending task's delegate: resolves the addressees, reports those
 * who cannot be reached, renders the Vietnamese template and records the mail in the {@link NotificationOutbox}, in
 * the engine's transaction, for the {@link NotificationDispatcher} to send once that transaction has committed.
 *
 * <p>The sending tasks are synchronous: no engine job per mail. What the SMTP server does no longer touches the
 * process: a mail server that is down delays the mail (the dispatcher retries it), never the step; a step that rolls
 * back takes its mail with it, and a committed step always has its mail.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  private static final String JOB_KEY = "job-";

  private final RecipientResolver recipientResolver;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final NotificationWarnings warnings;
  private final CongressFacts congresses;
  private final NotificationDispatcher dispatcher;

  public NotificationService(RecipientResolver recipientResolver, MailTemplates templates, NotificationOutbox outbox,
      NotificationWarnings warnings, CongressFacts congresses, NotificationDispatcher dispatcher) {
    this.recipientResolver = recipientResolver;
    this.templates = templates;
    this.outbox = outbox;
    this.warnings = warnings;
    this.congresses = congresses;
    this.dispatcher = dispatcher;
  }

  /**
   * @param template the template in {@code mail/}, without {@code .txt}
   * @param facts    the facts the template names besides the common ones ({@code unitName}, {@code unitCode},
   *                 {@code deadline}, {@code today}, {@code addressees})
   */
  public void send(DelegateExecution execution, MessageKind kind, String template, List<Addressee> addressees,
      Map<String, String> facts) {
    sendUnder(messageKey(execution), execution, kind, template, addressees, facts);
  }

  /**
   * Sends a message about a congress under a key of the caller's: for a step that writes the mails of many congresses
   * (the daily sweep of the reminders), where the step's own activity instance would be one key for them all.
   *
   * @param messageKey the message's key, unique in the outbox: a second message under it is refused
   */
  void sendUnder(String messageKey, DelegateExecution execution, MessageKind kind, String template,
      List<Addressee> addressees, Map<String, String> facts) {
    Congress congress = congresses.of(execution);
    sendAbout(messageKey, execution, kind, template,
        new Concerning(congress.unitCode(), congress.unitName(), congress.deadline()), addressees, facts);
  }

  /**
   * Sends a message about work that is not a congress (the campaign's own work, R7).
   *
   * @param concerning the unit the message is about and the last day it speaks of
   */
  public void send(DelegateExecution execution, MessageKind kind, String template, Concerning concerning,
      List<Addressee> addressees, Map<String, String> facts) {
    sendAbout(messageKey(execution), execution, kind, template, concerning, addressees, facts);
  }

  private void sendAbout(String messageKey, DelegateExecution execution, MessageKind kind, String template,
      Concerning concerning, List<Addressee> addressees, Map<String, String> facts) {
    Map<String, String> all = new HashMap<>();
    all.put("unitName", concerning.unitName());
    all.put("unitCode", concerning.unitCode());
    all.put("deadline", VietnamTime.format(concerning.deadline()));
    all.putAll(facts);
    sendOnce(messageKey, execution, kind, template, concerning.unitCode(), addressees, all);
  }

  /**
   * Sends a message about no one unit (the daily digest): its template names only {@code today}, {@code addressees}
   * and the given facts.
   */
  public void sendToReader(DelegateExecution execution, MessageKind kind, String template, List<Addressee> addressees,
      Map<String, String> facts) {
    sendOnce(messageKey(execution), execution, kind, template, null, addressees, facts);
  }

  private void sendOnce(String messageKey, DelegateExecution execution, MessageKind kind, String template,
      String unitCode, List<Addressee> addressees, Map<String, String> facts) {
    if (messageKey.startsWith(JOB_KEY) && outbox.exists(messageKey)) {
      // a sending job of a model from before the dispatcher, retried: its mail is recorded, the dispatcher sends it
      return;
    }
    Recipients recipients = withoutAuthorization(() -> recipientResolver.resolve(addressees));
    String problems = warnings.report(execution, kind, recipients.problems());
    Map<String, String> all = new HashMap<>(facts);
    all.put("today", VietnamTime.format(VietnamTime.today()));
    all.put("addressees", String.join("; ", recipients.addresseeNames()));
    outbox.record(messageKey, kind, execution.getProcessInstanceId(), execution.getBusinessKey(),
        recipients.addresses(), templates.render(template, all), problems, templates.label("warning.nobody"));
    if (recipients.nobody()) {
      LOG.warn("{} về {} ({}): không ai nhận được thư này", kind.label(),
          unitCode == null ? "nhiều đơn vị" : unitCode, execution.getBusinessKey());
      return;
    }
    dispatcher.wakeAfterCommit();
    LOG.debug("{} về {} ({}) chờ gửi đến {} người nhận", kind.label(), unitCode == null ? "nhiều đơn vị" : unitCode,
        execution.getBusinessKey(), recipients.addresses().size());
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
   * The key of the message, unique in the outbox: the sending task's activity instance (one per message, also in a
   * multi-instance loop). A sending task of a model deployed before the dispatcher still runs in an asynchronous job of
   * its own, which recorded its mail under the job's id: that key is kept, so that its retry finds the record.
   */
  private static String messageKey(DelegateExecution execution) {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    if (job instanceof MessageEntity && execution.getCurrentActivityId() != null
        && execution.getCurrentActivityId().equals(job.getActivityId())) {
      Object loopCounter = execution.getVariable("loopCounter");
      return JOB_KEY + job.getId() + (loopCounter == null ? "" : "-" + loopCounter);
    }
    return "act-" + execution.getActivityInstanceId();
  }
}
