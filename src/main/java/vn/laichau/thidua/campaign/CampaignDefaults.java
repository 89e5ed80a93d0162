package vn.laichau.thidua.campaign;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.RegistryProperties;

/**
 * The values a new campaign takes where its creator gives none: the configured campaign of the same id if there is
 * one, otherwise the default campaign ({@code thidua.campaigns.default-id}, the plan's LAICHAU-2025). The plan's dates
 * are defaults, not rules: a 2030 cycle gives its own, and one it forgets is refused if it breaks the date order.
 */
@Component
public class CampaignDefaults {

  private final CampaignProperties calendar;
  private final CampaignScheduleProperties schedule;
  private final RegistryProperties registry;

  public CampaignDefaults(CampaignProperties calendar, CampaignScheduleProperties schedule,
      RegistryProperties registry) {
    this.calendar = calendar;
    this.schedule = schedule;
    this.registry = registry;
  }

  /** The ids of the campaigns configured in application.yaml. */
  public Iterable<String> configuredIds() {
    return calendar.cycles().keySet();
  }

  public String defaultId() {
    return calendar.defaultId();
  }

  /** The configured values for the campaign id (or the default campaign's), as a campaign of that id. */
  public Campaign forId(String id) {
    String source = calendar.cycles().containsKey(id) ? id : calendar.defaultId();
    CampaignDefinition definition = calendar.cycles().get(source);
    CampaignScheduleProperties.Schedule extra = Optional.ofNullable(schedule.cycles().get(source))
        .orElse(new CampaignScheduleProperties.Schedule(null, null, null, null));
    Map<Level, java.time.LocalDate> levels = new EnumMap<>(Level.class);
    levels.putAll(definition.levelLastDays());
    String province = extra.provinceCode() != null ? extra.provinceCode() : registry.provinceCode();
    return new Campaign(id, province, definition.name(), definition.submissionLeadDays(),
        definition.guidanceLastDay(), definition.driveLaunchLastDay(), extra.directiveReviewLastDay(),
        extra.pilotChoiceLastDay(), definition.provincialPlanLastDay(), definition.pilotCommuneLastDay(),
        definition.provincialPilotLastDay(), levels, definition.provincialPilots(), extra.nationalDelegateQuota());
  }

  /** R8: the pilot communes configured for the campaign (none for a campaign the configuration does not know). */
  public java.util.List<String> pilotCommunes(String id) {
    CampaignDefinition definition = calendar.cycles().get(id);
    return definition == null ? java.util.List.of() : definition.pilotCommunes();
  }

  /** True when the id names a campaign of application.yaml (whose name is then its own, not the default's). */
  public boolean isConfigured(String id) {
    return calendar.cycles().containsKey(id);
  }
}
