package vn.laichau.thidua.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code thidua.reminders.*} (application.yaml): when the daily sweep of the reminders before the last days runs
 * (process {@code reminder-sweep}), and how many reminders one of its transactions writes.
 *
 * @param sweepCycle ISO 8601 repeating interval of the sweep's timer, e.g. every day at 06:00 Vietnam time
 * @param chunkSize  the reminders one chunk (one engine job, one transaction) writes at most: a morning on which
 *                   thousands of congresses are due is that many short transactions, each retried alone
 */
@Validated
@ConfigurationProperties("thidua.reminders")
public record ReminderSweepProperties(@NotBlank String sweepCycle, @Positive int chunkSize) {
}
