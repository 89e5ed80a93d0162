package vn.laichau.thidua.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sending tasks of the reminders in {@code congress} models deployed before the daily sweep
 * ({@code ${sendDeadlineReminder}}, {@code ${sendSubmissionReminder}}): a congress started on such a model keeps its
 * version, with the timers it had armed. They still fire, and must neither fail (an incident for nothing) nor write the
 * mail, which the daily sweep ({@link ReminderSweep}) writes for every congress, whatever its version: a reminder is
 * thus never written twice. Their event sub-process starts no more ({@link NotificationSchedule#hasReminderAhead}).
 */
@Configuration
class FormerReminderTasks {

  private static final Logger LOG = LoggerFactory.getLogger(FormerReminderTasks.class);

  @Bean("sendDeadlineReminder")
  JavaDelegate sendDeadlineReminder() {
    return FormerReminderTasks::leaveToTheSweep;
  }

  @Bean("sendSubmissionReminder")
  JavaDelegate sendSubmissionReminder() {
    return FormerReminderTasks::leaveToTheSweep;
  }

  private static void leaveToTheSweep(DelegateExecution execution) {
    LOG.debug("Đại hội {} (mô hình cũ): thư nhắc do lượt quét nhắc hạn hằng ngày gửi", execution.getBusinessKey());
  }
}
