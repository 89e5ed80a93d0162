package vn.laichau.thidua.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code thidua.notification.*} (application.yaml, block "notification"): how the e-mails of the congress lifecycle
 * are sent and timed. The values live in configuration, not here, so that the next campaign changes them there.
 *
 * @param tasklistBaseUrl            where people open the application; the links in the e-mails start with it
 * @param from                       the sender, e.g. {@code "Đại hội Thi đua tỉnh Lai Châu <thidua@laichau.gov.vn>"}
 * @param retryCycle                 how often the dispatcher tries a mail, in the notation of Camunda's
 *                                   failedJobRetryTimeCycle ({@link RetrySchedule}): a mail server that is down is
 *                                   retried on this schedule, then the mail is given up and listed for the
 *                                   administrators
 * @param secondEscalationAfter      ISO 8601 duration: how long {@code handleOverdue} may lie open before the second
 *                                   escalation
 * @param defaultReminderOffsetsDays days before the last day on which the unit is reminded, for a campaign without
 *                                   its own {@code thidua.campaigns.cycles.<id>.reminder-offsets-days}
 * @param dailyDigestCycle           ISO 8601 repeating interval of the reviewers' daily digest (timer cycle of the
 *                                   {@code review-digest} process), e.g. every day at 07:00 Vietnam time
 */
@Validated
@ConfigurationProperties("thidua.notification")
public record NotificationProperties(
    @NotBlank String tasklistBaseUrl,
    @NotBlank String from,
    @NotBlank String retryCycle,
    @NotBlank String secondEscalationAfter,
    @NotNull List<Integer> defaultReminderOffsetsDays,
    @NotBlank String dailyDigestCycle) {

  public NotificationProperties {
    if (tasklistBaseUrl != null && tasklistBaseUrl.endsWith("/")) {
      tasklistBaseUrl = tasklistBaseUrl.substring(0, tasklistBaseUrl.length() - 1);
    }
  }
}
