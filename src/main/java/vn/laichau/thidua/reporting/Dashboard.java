package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.unit.Level;

/**
 * What the Cockpit plugin shows for a campaign ({@code GET /api/campaigns/{id}/dashboard}), for the caller's part of it
 * ({@link ProgressScope}): the figures per level and per district, the overdue units, the calendar of approved
 * meetings and the results gathered so far. Units the caller follows as council member come first in every list and
 * carry {@code followed}.
 *
 * <p>The lists hold at most {@code listLimit} lines each (the followed units first, then the most overdue, the
 * earliest meetings): a province of thousands of units answers quickly, and the counts say how many there are. The
 * calendar is narrowed to a district or a level by the request, and its count and lines follow.
 *
 * @param statuses every state a congress can be in, in order, with its label and colour: the plugin draws from these
 *                 and never names a state itself
 */
public record Dashboard(String campaignId, String campaignName, LocalDate asOf, Scope scope, List<StatusInfo> statuses,
    Tally totals, List<LevelTally> levels, List<DistrictTally> districts, int listLimit, int overdueCount,
    List<OverdueLine> overdue, int meetingCount, List<MeetingLine> meetings, Results results,
    List<UnitLine> followed) {

  /**
   * {@code PROVINCE} or {@code DISTRICT}; the districts' codes for the latter; whether the caller follows units as
   * council member.
   */
  public record Scope(String kind, String label, List<String> districtCodes, boolean followsUnits) {
  }

  public record StatusInfo(String code, String label, String colour, boolean isFinal) {
  }

  /**
   * The figures of a group of units: how many in each state ({@code byStatus}, every state present, zero included),
   * how many overdue now (R7; overlaps the open states) and the totals of their reported results (R9).
   */
  public record Tally(int units, Map<String, Integer> byStatus, int overdue, int attendance, int commendedCollectives,
      int commendedIndividuals, int upperDelegates) {

    public static Tally of(Collection<CongressProgress> rows, LocalDate today) {
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (CongressStatus status : CongressStatus.values()) {
        byStatus.put(status.name(), 0);
      }
      int overdue = 0;
      int attendance = 0;
      int collectives = 0;
      int individuals = 0;
      int delegates = 0;
      for (CongressProgress row : rows) {
        byStatus.merge(row.status().name(), 1, Integer::sum);
        if (row.isOverdueOn(today)) {
          overdue++;
        }
        attendance += Objects.requireNonNullElse(row.attendance(), 0);
        collectives += Objects.requireNonNullElse(row.commendedCollectives(), 0);
        individuals += Objects.requireNonNullElse(row.commendedIndividuals(), 0);
        delegates += Objects.requireNonNullElse(row.upperDelegates(), 0);
      }
      return new Tally(rows.size(), byStatus, overdue, attendance, collectives, individuals, delegates);
    }

    public int count(CongressStatus status) {
      return byStatus.getOrDefault(status.name(), 0);
    }
  }

  public record LevelTally(Level level, String label, LocalDate lastDay, Tally tally) {
  }

  public record DistrictTally(String districtCode, String districtName, Tally tally) {
  }

  /** An overdue unit: days past its current last day, and its congress's instance for Cockpit's link. */
  public record OverdueLine(String unitCode, String unitName, Level level, String districtCode, LocalDate lastDay,
      long daysLate, String status, String processInstanceId, boolean followed) {
  }

  /** An approved meeting: who meets, when, in which session, where. */
  public record MeetingLine(String unitCode, String unitName, Level level, String districtCode, LocalDate meetingDate,
      String session, String sessionLabel, String venue, String status, boolean followed) {
  }

  /**
   * The delegates and exemplars gathered so far: the totals, and per unit that has reported its results (the first
   * {@code listLimit}). A unit's line is where its named lists belong once the congresses report names.
   */
  public record Results(int unitsReported, int attendance, int commendedCollectives, int commendedIndividuals,
      int upperDelegates, List<ResultLine> units) {
  }

  public record ResultLine(String unitCode, String unitName, Level level, String districtCode, LocalDate heldOn,
      Integer attendance, Integer commendedCollectives, Integer commendedIndividuals, Integer upperDelegates,
      boolean followed) {
  }

  /** A unit the caller follows as council member, where its congress stands. */
  public record UnitLine(String unitCode, String unitName, Level level, String districtCode, String status,
      LocalDate lastDay, LocalDate meetingDate, boolean overdue, String processInstanceId) {
  }
}
