package vn.laichau.thidua.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.turnaround.*} (application.yaml): R13, how long a reviewer and a unit have for their turn, and R14, who
 * reviews the congresses that Sở Nội vụ must not review. The plan gives no figure; these are readings that a
 * supervisor reads and changes here, per campaign where the next cycle differs.
 *
 * @param reviewWorkingDays       working days after the submission within which the dossier is reviewed
 * @param reviewDaysBeforeMeeting the review is due no later than this many days before the meeting
 * @param resultsDays             days after the meeting within which the unit reports its results
 * @param publicHolidays          days off besides Saturdays and Sundays (Tết, 30/4, 1/5, 2/9…): not working days
 * @param selfReviewGroup         R14: the reviewers of Sở Nội vụ's own congress and of the provincial congress
 * @param campaigns               per campaign id, the durations that differ from the defaults above
 */
@ConfigurationProperties("thidua.turnaround")
public record TurnaroundProperties(
    @DefaultValue("5") int reviewWorkingDays,
    @DefaultValue("3") int reviewDaysBeforeMeeting,
    @DefaultValue("7") int resultsDays,
    @DefaultValue List<LocalDate> publicHolidays,
    @DefaultValue("ubnd-tinh") String selfReviewGroup,
    @DefaultValue Map<String, Cycle> campaigns) {

  public TurnaroundProperties {
    publicHolidays = List.copyOf(publicHolidays);
    campaigns = Map.copyOf(campaigns);
  }

  /** A campaign's own durations; a left-out one is the default's. */
  public record Cycle(Integer reviewWorkingDays, Integer reviewDaysBeforeMeeting, Integer resultsDays) {
  }

  int reviewWorkingDays(String campaignId) {
    Cycle cycle = campaigns.get(campaignId);
    return cycle == null || cycle.reviewWorkingDays() == null ? reviewWorkingDays : cycle.reviewWorkingDays();
  }

  int reviewDaysBeforeMeeting(String campaignId) {
    Cycle cycle = campaigns.get(campaignId);
    return cycle == null || cycle.reviewDaysBeforeMeeting() == null
        ? reviewDaysBeforeMeeting : cycle.reviewDaysBeforeMeeting();
  }

  int resultsDays(String campaignId) {
    Cycle cycle = campaigns.get(campaignId);
    return cycle == null || cycle.resultsDays() == null ? resultsDays : cycle.resultsDays();
  }
}
