package vn.laichau.thidua.campaign;

import vn.laichau.thidua.contract.CampaignCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/** R6, R7, R8 as configured for LAICHAU-2025 in application.yaml, read through the registry's own units. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConfiguredCampaignCalendarTest {

  static final String CAMPAIGN = "LAICHAU-2025";

  @Autowired
  CampaignCalendar calendar;
  @Autowired
  ConfiguredCampaignCalendar configured;
  @Autowired
  UnitRegistry registry;

  @Test
  void laiChau2025IsTheDefaultCampaign() {
    assertThat(calendar.defaultCampaignId()).isEqualTo(CAMPAIGN);
    assertThat(calendar.exists(CAMPAIGN)).isTrue();
    assertThat(calendar.exists("LAICHAU-2030")).isFalse();
    assertThat(calendar.exists(null)).isFalse();
    assertThat(configured.definition(CAMPAIGN).name()).isEqualTo("Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2025");
  }

  @Test
  void everyLevelHasItsLastDay() {
    assertThat(lastDay("03394")).as("a commune").isEqualTo("2025-03-31");
    assertThat(lastDay("03386")).as("a ward").isEqualTo("2025-03-31");
    assertThat(lastDay("CTY-THUY-NONG")).as("a provincial enterprise").isEqualTo("2025-03-31");
    assertThat(lastDay("106")).as("a district").isEqualTo("2025-06-30");
    assertThat(lastDay("105")).as("the city").isEqualTo("2025-06-30");
    assertThat(lastDay("SO-NOI-VU")).as("a department").isEqualTo("2025-06-30");
    assertThat(lastDay("CONG-AN-TINH")).as("the police").isEqualTo("2025-06-30");
    assertThat(lastDay("12")).as("the province").isEqualTo("2025-09-30");
  }

  @Test
  void provincialPilotsHoldTheirCongressByTheEndOfApril() {
    assertThat(lastDay("SO-Y-TE")).isEqualTo("2025-04-30");
    assertThat(lastDay("110")).isEqualTo("2025-04-30");
    assertThat(calendar.isProvincialPilot(CAMPAIGN, "SO-Y-TE")).isTrue();
    assertThat(calendar.isProvincialPilot(CAMPAIGN, "110")).isTrue();
    assertThat(calendar.isPilot(CAMPAIGN, "110")).isTrue();
    assertThat(calendar.isPilot(CAMPAIGN, "106")).isFalse();
    assertThat(calendar.isProvincialPilot(CAMPAIGN, "03394")).isFalse();
  }

  @Test
  void noCommuneIsAPilotUntilItsDistrictPicksIt() {
    assertThat(configured.definition(CAMPAIGN).pilotCommunes()).isEmpty();
    assertThat(calendar.isPilot(CAMPAIGN, "03394")).isFalse();
  }

  @Test
  void aPickedPilotCommuneHoldsItsConferenceByTheEndOfFebruary() {
    CampaignDefinition configuredOne = configured.definition(CAMPAIGN);
    CampaignDefinition withPilot = new CampaignDefinition(configuredOne.name(), configuredOne.submissionLeadDays(),
        configuredOne.guidanceLastDay(), configuredOne.driveLaunchLastDay(), configuredOne.provincialPlanLastDay(),
        configuredOne.pilotCommuneLastDay(), configuredOne.provincialPilotLastDay(), configuredOne.levelLastDays(),
        configuredOne.provincialPilots(), List.of("03394"));
    Unit thenSin = registry.find("03394").orElseThrow();
    Unit taLeng = registry.find("03400").orElseThrow();

    assertThat(withPilot.lastDay(thenSin)).isEqualTo("2025-02-28");
    assertThat(withPilot.isPilot("03394")).isTrue();
    assertThat(withPilot.isProvincialPilot("03394")).isFalse();
    assertThat(withPilot.lastDay(taLeng)).as("its neighbour is no pilot").isEqualTo("2025-03-31");
  }

  @Test
  void submissionLeadTimeAndTheEarlyMilestonesAreConfigured() {
    CampaignDefinition campaign = configured.definition(CAMPAIGN);
    assertThat(calendar.submissionLeadDays(CAMPAIGN)).isEqualTo(15);
    assertThat(campaign.guidanceLastDay()).isEqualTo("2024-06-30");
    assertThat(campaign.driveLaunchLastDay()).isEqualTo("2024-08-31");
    assertThat(campaign.provincialPlanLastDay()).isEqualTo("2024-12-31");
    assertThat(campaign.pilotCommuneLastDay()).isEqualTo("2025-02-28");
    assertThat(campaign.provincialPilotLastDay()).isEqualTo("2025-04-30");
    assertThat(campaign.levelLastDays()).containsOnlyKeys(Level.values());
  }

  @Test
  void anUnknownCampaignIsRefusedInVietnamese() {
    Unit thenSin = registry.find("03394").orElseThrow();
    assertThatThrownBy(() -> calendar.lastDay("LAICHAU-2030", thenSin))
        .isInstanceOf(UnknownCampaignException.class)
        .hasMessage("Không có đợt thi đua mã 'LAICHAU-2030'.");
  }

  @Test
  void anotherCycleIsAConfigurationChange() {
    Map<String, String> source = Map.ofEntries(
        Map.entry("thidua.campaigns.default-id", "LAICHAU-2030"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.name", "Đại hội Thi đua yêu nước tỉnh Lai Châu, 2030"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.submission-lead-days", "20"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.pilot-commune-last-day", "2030-02-28"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.provincial-pilot-last-day", "2030-04-30"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.level-last-days.CO_SO", "2030-03-31"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.level-last-days.SO_NGANH_HUYEN", "2030-06-30"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.level-last-days.TINH", "2030-09-30"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.provincial-pilots[0]", "SO-GIAO-DUC-DAO-TAO"),
        Map.entry("thidua.campaigns.cycles.LAICHAU-2030.pilot-communes[0]", "03400"));
    ConfiguredCampaignCalendar next = new ConfiguredCampaignCalendar(bind(source));

    assertThat(next.defaultCampaignId()).isEqualTo("LAICHAU-2030");
    assertThat(next.submissionLeadDays("LAICHAU-2030")).isEqualTo(20);
    assertThat(next.lastDay("LAICHAU-2030", registry.find("SO-GIAO-DUC-DAO-TAO").orElseThrow()))
        .isEqualTo(LocalDate.of(2030, 4, 30));
    assertThat(next.lastDay("LAICHAU-2030", registry.find("SO-Y-TE").orElseThrow()))
        .isEqualTo(LocalDate.of(2030, 6, 30));
    assertThat(next.lastDay("LAICHAU-2030", registry.find("03400").orElseThrow()))
        .isEqualTo(LocalDate.of(2030, 2, 28));
    assertThat(next.isPilot("LAICHAU-2030", "03400")).isTrue();
  }

  @Test
  void aCampaignWithoutTheLastDayOfALevelDoesNotStart() {
    Map<String, String> source = Map.of(
        "thidua.campaigns.default-id", "X",
        "thidua.campaigns.cycles.X.level-last-days.CO_SO", "2030-03-31",
        "thidua.campaigns.cycles.X.level-last-days.TINH", "2030-09-30");

    assertThatThrownBy(() -> bind(source)).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("level-last-days has no last day for [SO_NGANH_HUYEN]");
  }

  @Test
  void theDefaultCampaignMustBeConfigured() {
    Map<String, String> source = Map.of(
        "thidua.campaigns.default-id", "KHAC",
        "thidua.campaigns.cycles.X.level-last-days.CO_SO", "2030-03-31",
        "thidua.campaigns.cycles.X.level-last-days.SO_NGANH_HUYEN", "2030-06-30",
        "thidua.campaigns.cycles.X.level-last-days.TINH", "2030-09-30");

    assertThatThrownBy(() -> bind(source)).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("default-id 'KHAC' names none of the configured campaigns");
  }

  private LocalDate lastDay(String unitCode) {
    return calendar.lastDay(CAMPAIGN, registry.find(unitCode).orElseThrow());
  }

  private static CampaignProperties bind(Map<String, String> source) {
    return new Binder(new MapConfigurationPropertySource(source))
        .bindOrCreate("thidua.campaigns", CampaignProperties.class);
  }
}
