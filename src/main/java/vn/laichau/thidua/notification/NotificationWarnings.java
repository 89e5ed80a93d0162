package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;

/**
 * Reports every addressee a message could not reach: a Vietnamese warning in the log and a line in the message's row of
 * the outbox (column {@code warnings}), which administrators read with the instance's other warnings
 * ({@code GET /api/admin/mails/warnings?processInstanceId=…}), so that Sở Nội vụ sees who was not told and can add the
 * address in Admin. Kept out of the process variables: a warning is no fact of the process, and writing it there cost
 * a variable's runtime, history and detail rows at every mail.
 *
 * <p>The log says each problem once a day on a node (the first message that meets it, with its instance), not at
 * every message: a district group without officials met by every escalation of a midnight storm wrote the same line
 * hundreds of times and buried every other warning. Each message's row keeps all of its problems, whatever the log
 * said; the later ones are logged at DEBUG.
 */
@Component
public class NotificationWarnings {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationWarnings.class);
  /** Problems remembered at most; beyond, the day's memory starts again (a problem may then be logged twice). */
  private static final int REMEMBERED = 10_000;

  private final Map<String, LocalDate> loggedOn = new ConcurrentHashMap<>();

  /** Logs the problems; returns them as the outbox keeps them ({@code "<message>: <problem>"} a line), or null. */
  public String report(DelegateExecution execution, MessageKind kind, List<String> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    LocalDate today = VietnamTime.today();
    for (String problem : problems) {
      if (firstToday(kind.label() + ": " + problem, today)) {
        LOG.warn("{} cho đơn vị {} (quy trình {}): {} (ghi một lần trong ngày; mỗi thư giữ đủ cảnh báo của mình,"
            + " xem /api/admin/mails/warnings)", kind.label(), execution.getBusinessKey(),
            execution.getProcessInstanceId(), problem);
      } else {
        LOG.debug("{} cho đơn vị {} (quy trình {}): {}", kind.label(), execution.getBusinessKey(),
            execution.getProcessInstanceId(), problem);
      }
    }
    return problems.stream().map(problem -> kind.label() + ": " + problem).collect(Collectors.joining("\n"));
  }

  private boolean firstToday(String problem, LocalDate today) {
    if (loggedOn.size() >= REMEMBERED) {
      loggedOn.clear();
    }
    return !today.equals(loggedOn.put(problem, today));
  }
}
