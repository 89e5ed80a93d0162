package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.laichau.thidua.unit.Level;

/**
 * One congress of a campaign as the projection keeps it (table {@code congress_progress}).
 *
 * @param districtCode the district a commune belongs to, or the district itself; {@code null} for provincial agencies,
 *                     enterprises and the province
 * @param overdue      the overdue timer fired and the reviewer has not decided yet (R7)
 */
public record CongressProgress(String campaignId, String unitCode, String processInstanceId, String unitName,
    Level level, String districtCode, boolean pilot, CongressStatus status, boolean overdue, LocalDate originalLastDay,
    LocalDate lastDay, LocalDate submittedOn, LocalDate approvedOn, LocalDate meetingDate, LocalDate heldOn,
    int returnCount, int extensionCount, Integer attendance, Integer commendedCollectives,
    Integer commendedIndividuals, Integer upperDelegates, OffsetDateTime startedAt, OffsetDateTime endedAt) {

  /**
   * Overdue at the given day: not ended, and either escalated and undecided, or past its current last day (the timer
   * is a job; between its due time and its execution the unit is overdue all the same).
   */
  public boolean isOverdueOn(LocalDate today) {
    return !status.isFinal() && (overdue || (lastDay != null && today.isAfter(lastDay)));
  }
}
