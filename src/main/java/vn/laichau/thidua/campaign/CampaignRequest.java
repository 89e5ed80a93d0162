package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/campaigns} and the variables of the campaign's start form. Only {@code id} is required:
 * every value left out takes the configured default ({@link CampaignDefaults}), the plan's own dates.
 *
 * <p>Dates are {@code yyyy-MM-dd}; {@code levelLastDays} maps {@code CO_SO}, {@code SO_NGANH_HUYEN}, {@code TINH} to
 * their last day, and a level left out keeps its default.
 */
public record CampaignRequest(String id, String provinceCode, String name, Integer submissionLeadDays,
    LocalDate guidanceLastDay, LocalDate driveLaunchLastDay, LocalDate directiveReviewLastDay,
    LocalDate pilotChoiceLastDay, LocalDate provincialPlanLastDay, LocalDate pilotCommuneLastDay,
    LocalDate provincialPilotLastDay, Map<String, LocalDate> levelLastDays, List<String> provincialPilots,
    Integer nationalDelegateQuota) {
}
