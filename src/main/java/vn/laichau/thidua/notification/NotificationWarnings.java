package vn.laichau.thidua.notification;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reports every addressee a message could not reach: a Vietnamese warning in the log and a line in the message's row of
 * the outbox (column {@code warnings}), which administrators read with the instance's other warnings
 * ({@code GET /api/admin/mails/warnings?processInstanceId=…}), so that Sở Nội vụ sees who was not told and can add the
 * address in Admin. Kept out of the process variables: a warning is no fact of the process, and writing it there cost
 * a variable's runtime, history and detail rows at every mail.
 */
@Component
public class NotificationWarnings {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationWarnings.class);

  /** Logs the problems; returns them as the outbox keeps them ({@code "<message>: <problem>"} a line), or null. */
  public String report(DelegateExecution execution, MessageKind kind, List<String> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    for (String problem : problems) {
      LOG.warn("{} cho đơn vị {} (quy trình {}): {}", kind.label(), execution.getBusinessKey(),
          execution.getProcessInstanceId(), problem);
    }
    return problems.stream().map(problem -> kind.label() + ": " + problem).collect(Collectors.joining("\n"));
  }
}
