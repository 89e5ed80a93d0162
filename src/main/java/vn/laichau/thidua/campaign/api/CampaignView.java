package vn.laichau.thidua.campaign.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.unit.Level;

/**
 * A campaign as {@code /api/campaigns} shows it: the stored calendar, the districts' pilot communes picked so far, and
 * the milestones of the campaign's own work with their Vietnamese names.
 */
public record CampaignView(String id, String provinceCode, String name, int submissionLeadDays,
    LocalDate guidanceLastDay, LocalDate driveLaunchLastDay, LocalDate directiveReviewLastDay,
    LocalDate pilotChoiceLastDay, LocalDate provincialPlanLastDay, LocalDate pilotCommuneLastDay,
    LocalDate provincialPilotLastDay, Map<Level, LocalDate> levelLastDays, List<String> provincialPilots,
    Map<String, String> pilotCommunes, Integer nationalDelegateQuota, List<MilestoneView> milestones) {

  /**
   * @param milestone the milestone's code, e.g. GUIDANCE
   * @param label     its Vietnamese name
   * @param lastDay   its last day ({@code null} for the closing work)
   * @param doneOn    when it was done, {@code null} while it is not
   * @param reference the document that records it
   */
  public record MilestoneView(String milestone, String label, LocalDate lastDay, LocalDate doneOn, String reference) {
  }

  static CampaignView of(Campaign c, Map<String, String> pilotCommunes,
      List<MilestoneRepository.MilestoneState> milestones) {
    return new CampaignView(c.id(), c.provinceCode(), c.name(), c.submissionLeadDays(), c.guidanceLastDay(),
        c.driveLaunchLastDay(), c.directiveReviewLastDay(), c.pilotChoiceLastDay(), c.provincialPlanLastDay(),
        c.pilotCommuneLastDay(), c.provincialPilotLastDay(), new TreeMap<>(c.levelLastDays()), c.provincialPilots(),
        new TreeMap<>(pilotCommunes),
        c.nationalDelegateQuota(), milestones.stream().map(m -> new MilestoneView(m.milestone().name(),
            m.milestone().label(), m.lastDay(), m.doneOn(), m.reference())).toList());
  }
}
