package vn.laichau.thidua.campaign;

import vn.laichau.thidua.contract.CampaignCalendar;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.unit.Unit;

/**
 * The campaign calendar the application uses: campaigns are rows of the table {@code campaign}, created through
 * {@code /api/campaigns} or the campaign's start form, so a new cycle or province needs no restart and no code. The
 * configured campaigns ({@link ConfiguredCampaignCalendar}) are the defaults: {@link CampaignStartup} stores each one
 * that the table lacks at start, so LAICHAU-2025 is served from the table like any other.
 *
 * <p>The pilot communes (R8) are the picks the districts made in the running campaign; the day rules are the
 * configured calendar's own ({@link CampaignDefinition#lastDay}), applied to the stored dates.
 */
@Primary
@Component
public class DatabaseCampaignCalendar implements CampaignCalendar {

  private final CampaignRepository repository;
  private final CampaignDefaults defaults;

  public DatabaseCampaignCalendar(CampaignRepository repository, CampaignDefaults defaults) {
    this.repository = repository;
    this.defaults = defaults;
  }

  @Override
  public String defaultCampaignId() {
    return defaults.defaultId();
  }

  @Override
  public boolean exists(String campaignId) {
    return campaignId != null && repository.exists(campaignId);
  }

  @Override
  public LocalDate lastDay(String campaignId, Unit unit) {
    return definition(campaignId).lastDay(unit);
  }

  @Override
  public int submissionLeadDays(String campaignId) {
    return campaign(campaignId).submissionLeadDays();
  }

  /** From the campaign's row, which carries its provincial pilots, and its communes' picks: read once per command. */
  @Override
  public boolean isPilot(String campaignId, String unitCode) {
    return isProvincialPilot(campaignId, unitCode) || repository.pilotCommunes(campaignId).containsValue(unitCode);
  }

  @Override
  public boolean isProvincialPilot(String campaignId, String unitCode) {
    return campaign(campaignId).provincialPilots().contains(unitCode);
  }

  /** The stored campaign; {@link UnknownCampaignException} when there is none. */
  public Campaign campaign(String campaignId) {
    return repository.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
  }

  /** The campaign in the configured calendar's terms, with the pilot communes picked so far. */
  public CampaignDefinition definition(String campaignId) {
    Campaign c = campaign(campaignId);
    List<String> pilotCommunes = List.copyOf(repository.pilotCommunes(campaignId).values());
    return new CampaignDefinition(c.name(), c.submissionLeadDays(), c.guidanceLastDay(), c.driveLaunchLastDay(),
        c.provincialPlanLastDay(), c.pilotCommuneLastDay(), c.provincialPilotLastDay(), c.levelLastDays(),
        c.provincialPilots(), pilotCommunes);
  }
}
