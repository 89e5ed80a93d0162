package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.laichau.thidua.common.VietnamTime;

/**
 * A problem is logged as a warning the first time a node meets it on a day (Vietnam time, engine clock), at DEBUG the
 * other times that day, and again the next day; every message keeps all of its problems whatever the log said.
 */
class NotificationWarningsTest {

  private static final String EMPTY_GROUP = "Nhóm Ủy ban nhân dân tỉnh (ubnd-tinh) chưa có người dùng nào";

  private final Logger logger = (Logger) LoggerFactory.getLogger(NotificationWarnings.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Level levelBefore = logger.getLevel();

  @BeforeEach
  void listen() {
    log.start();
    logger.addAppender(log);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(log);
    logger.setLevel(levelBefore);
    ClockUtil.reset();
  }

  @Test
  void eachProblemWarnedOnceADayAndKeptWithEveryMessage() {
    NotificationWarnings warnings = new NotificationWarnings();
    DelegateExecution first = execution("BAO00001", "pi-1");
    DelegateExecution second = execution("BAO00002", "pi-2");
    at(LocalDateTime.of(2025, 4, 1, 0, 0));

    String kept = warnings.report(first, MessageKind.OVERDUE_ESCALATION, List.of(EMPTY_GROUP));
    at(LocalDateTime.of(2025, 4, 1, 23, 59));
    String keptAgain = warnings.report(second, MessageKind.OVERDUE_ESCALATION, List.of(EMPTY_GROUP, "Khác"));

    assertThat(kept).isEqualTo("Báo cáo quá hạn: " + EMPTY_GROUP);
    assertThat(keptAgain).isEqualTo("Báo cáo quá hạn: " + EMPTY_GROUP + "\nBáo cáo quá hạn: Khác");
    assertThat(messages(Level.WARN)).hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("BAO00001", "pi-1", EMPTY_GROUP))
        .anySatisfy(line -> assertThat(line).contains("BAO00002", "Khác"));
    assertThat(messages(Level.DEBUG)).singleElement().asString().contains("BAO00002", EMPTY_GROUP);

    at(LocalDateTime.of(2025, 4, 2, 0, 0));
    warnings.report(second, MessageKind.OVERDUE_ESCALATION, List.of(EMPTY_GROUP));
    assertThat(messages(Level.WARN)).hasSize(3);
    assertThat(warnings.report(second, MessageKind.OVERDUE_ESCALATION, List.of())).isNull();
  }

  private List<String> messages(Level level) {
    return log.list.stream().filter(event -> event.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private static void at(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(VietnamTime.ZONE).toInstant()));
  }

  private static DelegateExecution execution(String businessKey, String processInstanceId) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getBusinessKey()).thenReturn(businessKey);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    return execution;
  }
}
