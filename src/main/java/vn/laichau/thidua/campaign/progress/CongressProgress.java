package vn.laichau.thidua.campaign.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import vn.laichau.thidua.unit.Level;

/**
 * One congress of a campaign as the projection keeps it (table {@code congress_progress}).
 *
 * @param districtCode the district a commune belongs to, or the district itself; {@code null} for provincial agencies,
 *                     enterprises and the province
 * @param overdue      the overdue timer fired and the reviewer has not decided yet (R7)
 * @param meetingSession the session of the dossier's meeting ({@code MORNING}, {@code AFTERNOON}, {@code FULL_DAY})
 * @param venue        the meeting's place, where the dossier gives one
 * @param notHeldReason why the congress was recorded not held
 */
public record CongressProgress(String campaignId, String unitCode, String processInstanceId, String unitName,
    Level level, String districtCode, boolean pilot, CongressStatus status, boolean overdue, LocalDate originalLastDay,
    LocalDate lastDay, LocalDate submittedOn, LocalDate approvedOn, LocalDate meetingDate, LocalDate heldOn,
    int returnCount, int extensionCount, Integer attendance, Integer commendedCollectives,
    Integer commendedIndividuals, Integer upperDelegates, OffsetDateTime startedAt, OffsetDateTime endedAt,
    String meetingSession, String venue, String notHeldReason) {

  /**
   * Overdue at the given day: not ended, and either escalated and undecided, or past its current last day (the timer
   * is a job; between its due time and its execution the unit is overdue all the same).
   */
  public boolean isOverdueOn(LocalDate today) {
    return !status.isFinal() && (overdue || (lastDay != null && today.isAfter(lastDay)));
  }

  /** Whole days from the current last day to the given day; 0 when the last day has not passed. */
  public long daysLateOn(LocalDate today) {
    return lastDay == null || !today.isAfter(lastDay) ? 0 : ChronoUnit.DAYS.between(lastDay, today);
  }
}
