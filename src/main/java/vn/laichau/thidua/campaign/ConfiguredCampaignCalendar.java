package vn.laichau.thidua.campaign;

import vn.laichau.thidua.contract.CampaignCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.unit.Unit;

/** The campaign calendar as configured in application.yaml ({@link CampaignProperties}). */
@Component
public class ConfiguredCampaignCalendar implements CampaignCalendar {

  private final CampaignProperties properties;

  public ConfiguredCampaignCalendar(CampaignProperties properties) {
    this.properties = properties;
  }

  /** The campaign's configuration; {@link UnknownCampaignException} when there is none. */
  public CampaignDefinition definition(String campaignId) {
    CampaignDefinition definition = campaignId == null ? null : properties.cycles().get(campaignId);
    if (definition == null) {
      throw new UnknownCampaignException(campaignId);
    }
    return definition;
  }

  @Override
  public String defaultCampaignId() {
    return properties.defaultId();
  }

  @Override
  public boolean exists(String campaignId) {
    return campaignId != null && properties.cycles().containsKey(campaignId);
  }

  @Override
  public LocalDate lastDay(String campaignId, Unit unit) {
    return definition(campaignId).lastDay(unit);
  }

  @Override
  public int submissionLeadDays(String campaignId) {
    return definition(campaignId).submissionLeadDays();
  }

  @Override
  public boolean isPilot(String campaignId, String unitCode) {
    return definition(campaignId).isPilot(unitCode);
  }

  @Override
  public boolean isProvincialPilot(String campaignId, String unitCode) {
    return definition(campaignId).isProvincialPilot(unitCode);
  }
}
