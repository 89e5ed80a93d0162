package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/** The days of the reminders: from configuration, relative to the current last day or the planned meeting date. */
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
  void theReminderDayIsTheLatestOffsetBeforeTheLastDayThatHasCome() {
    LocalDate lastDay = LocalDate.parse("2025-03-31");
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", lastDay, LocalDate.parse("2025-02-28"))).isEmpty();
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", lastDay, LocalDate.parse("2025-03-01")))
        .contains(LocalDate.parse("2025-03-01"));
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", lastDay, LocalDate.parse("2025-03-23")))
        .contains(LocalDate.parse("2025-03-01"));
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", lastDay, LocalDate.parse("2025-03-24")))
        .contains(LocalDate.parse("2025-03-24"));
    assertThat(schedule.deadlineReminderDay("LAICHAU-2030", lastDay, LocalDate.parse("2025-03-30")))
        .contains(LocalDate.parse("2025-03-30"));
  }

  @Test
  void anExtendedLastDayMovesTheReminderDays() {
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", LocalDate.parse("2025-05-15"),
        LocalDate.parse("2025-04-14"))).isEmpty();
    assertThat(schedule.deadlineReminderDay("LAICHAU-2025", LocalDate.parse("2025-05-15"),
        LocalDate.parse("2025-04-15"))).contains(LocalDate.parse("2025-04-15"));
  }

  @Test
  void withoutMeetingDateTheSubmissionReminderIsFifteenDaysBeforeTheLastDay() {
    assertThat(schedule.plannedMeetingDate(execution)).isEqualTo("2025-03-31");
    assertThat(schedule.plannedMeetingDateSource(execution)).isEqualTo(NotificationSchedule.PlannedDateSource.LAST_DAY);
    assertThat(schedule.lastSubmissionDay(execution)).isEqualTo("2025-03-16");
  }

  @Test
  void aProvincialPilotsAgreedDateSetsTheSubmissionReminder() {
    variables.put("agreedMeetingDate", "2025-04-20");
    assertThat(schedule.plannedMeetingDateSource(execution))
        .isEqualTo(NotificationSchedule.PlannedDateSource.AGREED_MEETING_DATE);
    assertThat(schedule.lastSubmissionDay(execution)).isEqualTo("2025-04-05");
  }

  @Test
  void theMeetingDateOfAReturnedDossierComesFirst() {
    variables.put("agreedMeetingDate", "2025-04-20");
    variables.put("meetingDate", "2025-03-20");
    assertThat(schedule.plannedMeetingDateSource(execution)).isEqualTo(NotificationSchedule.PlannedDateSource.MEETING_DATE);
    assertThat(schedule.lastSubmissionDay(execution)).isEqualTo("2025-03-05");
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

}
