package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.unit.Level;

/**
 * One campaign (đợt thi đua) as stored in the table {@code campaign}: a province, a cycle and every date of the plan's
 * calendar (R6, R7, R8). LAICHAU-2025 is one row; the next cycle or another province is another row.
 *
 * @param id                     the campaign id, also the business key of its {@code emulation-campaign} instance
 * @param provinceCode           the province, a unit of level {@code TINH} of the registry
 * @param name                   the Vietnamese name people read
 * @param submissionLeadDays     R6: the dossier reaches the reviewer at least this many days before the meeting
 * @param guidanceLastDay        R7: Sở Nội vụ issues the guidance on organizing congresses (Q2 2024)
 * @param driveLaunchLastDay     R7: every district and provincial agency launches the special drive (08/2024)
 * @param directiveReviewLastDay plan II.3: the 10-year review of Chỉ thị 34-CT/TW (its date follows central guidance)
 * @param pilotChoiceLastDay     R8: every district has picked its pilot commune (a reading: the plan gives no date)
 * @param provincialPlanLastDay  R7: Sở Nội vụ reports the draft plan of the provincial congress to UBND (Q4 2024)
 * @param pilotCommuneLastDay    R8: the pilot communes hold their conferences (02/2025)
 * @param provincialPilotLastDay R8: Sở Y tế and huyện Than Uyên hold their congresses (04/2025)
 * @param levelLastDays          R7: every level's last day (CO_SO Q1, SO_NGANH_HUYEN Q2, TINH Q3 2025)
 * @param provincialPilots       R8: the province's pilot units
 * @param nationalDelegateQuota  R9: delegates the province sends to the national congress; {@code null} when not known
 */
public record Campaign(String id, String provinceCode, String name, int submissionLeadDays, LocalDate guidanceLastDay,
    LocalDate driveLaunchLastDay, LocalDate directiveReviewLastDay, LocalDate pilotChoiceLastDay,
    LocalDate provincialPlanLastDay, LocalDate pilotCommuneLastDay, LocalDate provincialPilotLastDay,
    Map<Level, LocalDate> levelLastDays, List<String> provincialPilots, Integer nationalDelegateQuota) {

  public Campaign {
    EnumMap<Level, LocalDate> days = new EnumMap<>(Level.class);
    if (levelLastDays != null) {
      days.putAll(levelLastDays);
    }
    levelLastDays = Map.copyOf(days);
    // in code order, as the table returns them, so that a campaign read back equals the one stored
    provincialPilots = provincialPilots == null ? List.of() : provincialPilots.stream().sorted().distinct().toList();
  }

  /** The same campaign with these provincial pilots. */
  public Campaign withProvincialPilots(List<String> pilots) {
    return new Campaign(id, provinceCode, name, submissionLeadDays, guidanceLastDay, driveLaunchLastDay,
        directiveReviewLastDay, pilotChoiceLastDay, provincialPlanLastDay, pilotCommuneLastDay, provincialPilotLastDay,
        levelLastDays, pilots, nationalDelegateQuota);
  }

  public LocalDate levelLastDay(Level level) {
    return levelLastDays.get(level);
  }

  /**
   * The calendar date on which the provincial congress's preparation starts: the day after the last day of the
   * districts and agencies (Q3 begins), whichever units have not finished by then; they are listed, not awaited.
   */
  public LocalDate provincialPreparationStart() {
    return levelLastDay(Level.SO_NGANH_HUYEN).plusDays(1);
  }

  /**
   * The last day of a milestone; {@code null} for the closing work (national delegates, report to UBND), which follows
   * the provincial congress and for which the plan sets no date.
   */
  public LocalDate lastDay(Milestone milestone) {
    return switch (milestone) {
      case GUIDANCE -> guidanceLastDay;
      case DRIVE_LAUNCH -> driveLaunchLastDay;
      case DIRECTIVE_REVIEW -> directiveReviewLastDay;
      case PILOT_CHOICE -> pilotChoiceLastDay;
      case PROVINCIAL_PLAN -> provincialPlanLastDay;
      case NATIONAL_DELEGATES, REPORT_TO_UBND -> null;
    };
  }
}
