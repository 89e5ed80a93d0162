package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.unit.Level;

/**
 * The campaign's progress at a day: what {@code GET /api/campaigns/{id}/progress} answers and what the report to UBND
 * tỉnh carries (R9). Every figure is computed from the projection and the campaign's tables at that moment.
 */
public record CampaignProgress(String campaignId, String campaignName, LocalDate asOf, Counts totals,
    List<LevelProgress> levels, List<DistrictProgress> districts, List<MilestoneProgress> milestones,
    DriveLaunchProgress driveLaunch, List<PilotProgress> pilots, List<UnitLine> overdueUnits,
    List<EscalationLine> escalations, List<LateLine> lateUnits, List<UnitLine> missingAtProvincialStart) {

  /** A level (R1) with its last day (R7) and its wave. */
  public record LevelProgress(Level level, String label, LocalDate lastDay, OffsetDateTime waveStartedAt,
      OffsetDateTime waveEndedAt, Counts counts) {
  }

  /**
   * A district with its communes and its own congress; {@code districtCode} is null for the group of the provincial
   * agencies, enterprises and the province.
   */
  public record DistrictProgress(String districtCode, String districtName, Counts counts) {
  }

  public record MilestoneProgress(String milestone, String label, LocalDate lastDay, LocalDate doneOn,
      boolean overdue, String reference) {
  }

  /** R7, plan II.2: who confirmed the launch of the special drive and who has not. */
  public record DriveLaunchProgress(int expected, int confirmed, List<UnitLine> pending, List<UnitLine> notLaunched) {
  }

  /** R8: a pilot unit and where its congress stands. */
  public record PilotProgress(String kind, String districtCode, String unitCode, String unitName, LocalDate lastDay,
      CongressStatus status) {
  }

  public record UnitLine(String code, String name, LocalDate lastDay, String status) {
  }

  /**
   * A unit held late, not held, or overdue now, with the reason recorded for it: the reviewer's or the registry's reason
   * for a congress not held, the reasons of its extensions otherwise.
   */
  public record LateLine(String code, String name, Level level, String districtCode, LocalDate lastDay,
      LocalDate heldOn, long daysLate, CongressStatus status, boolean overdue, String reason) {
  }

  public record EscalationLine(String subject, String label, String unitCode, String unitName, LocalDate lastDay,
      OffsetDateTime escalatedAt, String resolution, LocalDate newLastDay, String reason, String resolvedBy) {
  }
}
