package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/**
 * The daily digest of one reviewer (element {@code digestReader} of the digest's loop, one job each): one mail listing
 * every dossier waiting for their review, with its review's last day (R13) and its link; none when nothing waits.
 */
@Component("sendDailyDigest")
public class SendDailyDigestDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendDailyDigestDelegate.class);
  static final String READER = "digestReader";

  private final NotificationService notifications;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;

  public SendDailyDigestDelegate(NotificationService notifications, TaskService taskService,
      RuntimeService runtimeService, OpenWork openWork, RecipientResolver recipients, MailTemplates templates) {
    this.notifications = notifications;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reader = ContractValues.required(execution, READER);
    List<String> lines = notifications.withoutAuthorization(() -> taskService.createTaskQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS)
        .taskDefinitionKey(ProcessKeys.TASK_REVIEW_DOSSIER)
        .taskCandidateUser(reader)
        .active()
        .list().stream()
        .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getCreateTime))
        .map(this::line)
        .toList());
    if (lines.isEmpty()) {
      LOG.info("Không có hồ sơ chờ {} thẩm định: không gửi thư tổng hợp", reader);
      return;
    }
    notifications.sendToReader(execution, MessageKind.DAILY_DIGEST, "daily-digest",
        List.of(Addressee.user(reader, templates.label("role.digestReader"))),
        Map.of("dossierCount", Integer.toString(lines.size()), "dossiers", String.join("\n", lines),
            "readerName", recipients.userName(reader)));
  }

  private String line(Task task) {
    Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId(),
        List.of("unitName", "meetingDate", "submittedOn", "reviewLastDay"));
    return templates.label("digest.dossier", variables.get("unitName"),
        date(variables.get("submittedOn")), date(variables.get("meetingDate")), date(variables.get("reviewLastDay")),
        openWork.link(Optional.of(task)));
  }

  private static String date(Object value) {
    return value == null ? "" : VietnamTime.format(LocalDate.parse(value.toString()));
  }
}
