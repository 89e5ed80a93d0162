package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/** The dates of the reminders: from configuration, at 00:00 Vietnam time, relative to the current last day. */
class NotificationScheduleTest {

  final CampaignCalendar calendar = mock(CampaignCalendar.class);
  final CongressFacts facts = mock(CongressFacts.class);
  final Congress congress = mock(Congress.class);
  final MockEnvironment environment = new MockEnvironment()
      // as application.yaml's thidua.campaigns.cycles.LAICHAU-2030.reminder-offsets-days: [14, 3, 1] is flattened
      .withProperty("thidua.campaigns.cycles.LAICHAU-2030.reminder-offsets-days[0]", "3")
      .withProperty("thidua.campaigns.cycles.LAICHAU-2030.reminder-offsets-days[1]", "14")
      .withProperty("thidua.campaigns.cycles.LAICHAU-2030.reminder-offsets-days[2]", "1");
  final NotificationSchedule schedule = new NotificationSchedule(
      new NotificationProperties("http://localhost:8080", "a@b.vn", "R5/PT5M", "P3D", List.of(7, 30),
          "R/2024-01-01T07:00:00+07:00/P1D"),
      calendar, facts, environment);
  final Map<String, Object> variables = new HashMap<>();
  final VariableScope execution = mock(VariableScope.class);
  LocalDate lastDay;

  @BeforeEach
  void congress() {
    when(calendar.defaultCampaignId()).thenReturn("LAICHAU-2025");
    when(calendar.submissionLeadDays("LAICHAU-2025")).thenReturn(15);
    // the congress's campaign and current last day as the server knows them
    when(facts.of(execution)).thenReturn(congress);
    when(congress.campaignId()).thenReturn("LAICHAU-2025");
    lastDay = LocalDate.parse("2025-03-31");
    when(congress.deadline()).thenAnswer(call -> lastDay);
    when(execution.getVariable(anyString()))
        .thenAnswer(call -> variables.get(call.<String>getArgument(0)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCampaignWithoutOffsetsOfItsOwnUsesTheDefaultLargestFirst() {
    assertThat(schedule.reminderOffsetsDays("LAICHAU-2025")).containsExactly(30, 7);
    assertThat(schedule.reminderOffsetsDays(null)).containsExactly(30, 7);
  }

  @Test
  void aCampaignMaySetItsOwnOffsets() {
    assertThat(schedule.reminderOffsetsDays("LAICHAU-2030")).containsExactly(14, 3, 1);
  }

  @Test
  void remindersFallAtMidnightVietnamTimeBeforeTheLastDay() {
    assertThat(schedule.reminderDates(execution)).containsExactly(vn("2025-03-01T00:00"), vn("2025-03-24T00:00"));
  }

  @Test
  void theNextReminderIsTheFirstOneAfterNowAndBeforeTheDeadline() {
    at("2025-03-01T00:00:05");
    assertThat(schedule.hasReminderAhead(execution)).isTrue();
    assertThat(schedule.nextReminderAt(execution)).isEqualTo(vn("2025-03-24T00:00"));

    at("2025-03-24T00:00:05");
    assertThat(schedule.hasReminderAhead(execution)).isFalse();
  }

  @Test
  void anExtendedDeadlineMovesTheReminders() {
    at("2025-03-24T00:00:05");
    lastDay = LocalDate.parse("2025-05-15");

    assertThat(schedule.nextReminderAt(execution)).isEqualTo(vn("2025-04-15T00:00"));
  }

  @Test
  void noReminderIsAheadOnceTheLastDayHasPassed() {
    at("2025-02-28T23:59:59");
    assertThat(schedule.nextReminderAt(execution)).isEqualTo(vn("2025-03-01T00:00"));
    at("2025-04-01T00:00");
    assertThat(schedule.hasReminderAhead(execution)).isFalse();
  }

  @Test
  void withoutMeetingDateTheSubmissionReminderIsFifteenDaysBeforeTheLastDay() {
    assertThat(schedule.plannedMeetingDate(execution)).isEqualTo("2025-03-31");
    assertThat(schedule.submissionReminderAt(execution)).isEqualTo(vn("2025-03-16T00:00"));
  }

  @Test
  void aProvincialPilotsAgreedDateSetsTheSubmissionReminder() {
    variables.put("agreedMeetingDate", "2025-04-20");
    assertThat(schedule.submissionReminderAt(execution)).isEqualTo(vn("2025-04-05T00:00"));
  }

  @Test
  void theMeetingDateOfAReturnedDossierComesFirst() {
    variables.put("agreedMeetingDate", "2025-04-20");
    variables.put("meetingDate", "2025-03-20");
    assertThat(schedule.plannedMeetingDateSource(execution)).isEqualTo(NotificationSchedule.PlannedDateSource.MEETING_DATE);
    assertThat(schedule.submissionReminderAt(execution)).isEqualTo(vn("2025-03-05T00:00"));
  }

  @Test
  void theRetryCycleAndSecondEscalationComeFromConfiguration() {
    RetrySchedule fixed = RetrySchedule.parse("R5/PT5M");
    assertThat(fixed.attempts()).isEqualTo(5);
    assertThat(fixed.waitAfter(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(fixed.waitAfter(4)).isEqualTo(Duration.ofMinutes(5));
    RetrySchedule backOff = RetrySchedule.parse("PT1M, PT10M,PT1H");
    assertThat(backOff.attempts()).isEqualTo(4);
    assertThat(backOff.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backOff.waitAfter(3)).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> RetrySchedule.parse("R0/PT5M")).isInstanceOf(IllegalArgumentException.class);
    assertThat(schedule.getSecondEscalationAfter()).isEqualTo("P3D");
  }

  static Date vn(String dateTime) {
    return Date.from(LocalDateTime.parse(dateTime).atZone(VietnamTime.ZONE).toInstant());
  }

  static void at(String dateTime) {
    ClockUtil.setCurrentTime(vn(dateTime));
  }
}
