package vn.laichau.thidua.campaign;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The campaigns configured in application.yaml under {@code thidua.campaigns}: the numbers and dates are data of a
 * campaign (the plan's own rule), so the next cycle or another province is a configuration change, not a code change.
 *
 * @param defaultId the campaign of a congress whose start names none, e.g. {@code LAICHAU-2025}
 * @param cycles    the campaigns by id
 */
@ConfigurationProperties(prefix = "thidua.campaigns")
public record CampaignProperties(String defaultId, Map<String, CampaignDefinition> cycles) {

  public CampaignProperties {
    cycles = cycles == null ? Map.of() : Map.copyOf(cycles);
    if (defaultId == null || !cycles.containsKey(defaultId)) {
      throw new IllegalArgumentException("thidua.campaigns.default-id '" + defaultId
          + "' names none of the configured campaigns " + cycles.keySet());
    }
  }
}
