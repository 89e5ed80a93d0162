package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The parts of a configured campaign ({@code thidua.campaigns.cycles.<id>}) that the congress calendar
 * ({@link CampaignProperties}) does not carry: the province and the dates of the campaign's own work. Both read the
 * same block of application.yaml, each the keys it knows, so a campaign is configured in one place.
 *
 * @param cycles the campaigns by id
 */
@ConfigurationProperties(prefix = "thidua.campaigns")
public record CampaignScheduleProperties(Map<String, Schedule> cycles) {

  public CampaignScheduleProperties {
    cycles = cycles == null ? Map.of() : Map.copyOf(cycles);
  }

  /**
   * @param provinceCode           the province; the registry's province ({@code thidua.registry.province-code}) if
   *                               left out
   * @param directiveReviewLastDay plan II.3: the 10-year review of Chỉ thị 34-CT/TW
   * @param pilotChoiceLastDay     R8: every district has picked its pilot commune
   * @param nationalDelegateQuota  R9: the province's delegates to the national congress, when known
   */
  public record Schedule(String provinceCode, LocalDate directiveReviewLastDay, LocalDate pilotChoiceLastDay,
      Integer nationalDelegateQuota) {
  }
}
