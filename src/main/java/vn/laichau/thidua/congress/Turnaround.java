package vn.laichau.thidua.congress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * R13: the last day of a review and of a results report. Working days skip Saturdays, Sundays and the configured
 * public holidays; the work becomes overdue at 00:00 Vietnam time of the day after its last day, as every deadline
 * of R7 does.
 */
@Component
public class Turnaround {

  private final TurnaroundProperties properties;

  public Turnaround(TurnaroundProperties properties) {
    this.properties = properties;
  }

  /**
   * The last day of the review of a dossier sent on {@code submittedOn}: the configured number of working days later,
   * but never later than the configured number of days before the meeting.
   */
  public LocalDate reviewLastDay(String campaignId, LocalDate submittedOn, LocalDate meetingDate) {
    LocalDate day = submittedOn;
    int counted = 0;
    while (counted < properties.reviewWorkingDays(campaignId)) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    LocalDate latest = meetingDate.minusDays(properties.reviewDaysBeforeMeeting(campaignId));
    return day.isAfter(latest) ? latest : day;
  }

  /** The last day on which the unit reports the results of a meeting held on {@code meetingDate}. */
  public LocalDate resultsLastDay(String campaignId, LocalDate meetingDate) {
    return meetingDate.plusDays(properties.resultsDays(campaignId));
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !properties.publicHolidays().contains(day);
  }
}
