package vn.laichau.thidua.campaign;

import vn.laichau.thidua.contract.CampaignCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.reporting.CampaignProgressService;
import vn.laichau.thidua.support.PostgresTest;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The campaign tables (Flyway V10) and their SQL on a real PostgreSQL: the configured campaign stored at start, a new
 * cycle, pilots, the row lock, escalations, and a congress followed by the projection from start to results. Its own
 * context and database: the congress records a staff count in the registry, which other PostgreSQL tests check.
 */
@PostgresTest(properties = "thidua.test.context=campaign-on-postgres") // a database of its own: the test holds congresses
class CampaignOnPostgresTest {

  @Autowired
  CampaignService service;
  @Autowired
  CampaignRepository campaigns;
  @Autowired
  EscalationRepository escalations;
  @Autowired
  CampaignCalendar calendar;
  @Autowired
  CongressProgressRepository progress;
  @Autowired
  CampaignProgressService progressService;
  @Autowired
  UnitRegistry registry;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TransactionTemplate transaction;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void campaignsPilotsAndEscalationsAreStoredAndRead() {
    Campaign plan = campaigns.find("LAICHAU-2025").orElseThrow();
    assertThat(plan.levelLastDay(Level.TINH)).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(plan.provincialPilots()).containsExactlyInAnyOrder("SO-Y-TE", "110");

    Campaign next = service.create(new CampaignRequest("LAICHAU-2030-PG", "12", null, 10,
        LocalDate.of(2029, 6, 30), LocalDate.of(2029, 8, 31), LocalDate.of(2029, 9, 30), LocalDate.of(2029, 9, 30),
        LocalDate.of(2029, 12, 31), LocalDate.of(2030, 2, 28), LocalDate.of(2030, 4, 30),
        Map.of("CO_SO", LocalDate.of(2030, 3, 31), "SO_NGANH_HUYEN", LocalDate.of(2030, 6, 30),
            "TINH", LocalDate.of(2030, 9, 30)), null, 12), "sonoivu");
    assertThat(campaigns.find(next.id())).contains(next);
    assertThat(calendar.submissionLeadDays(next.id())).isEqualTo(10);

    String commune = registry.findByParent("107").get(0).code();
    campaigns.insertPilotCommune(next.id(), "107", commune, "sonoivu");
    assertThat(calendar.lastDay(next.id(), registry.find(commune).orElseThrow())).isEqualTo(LocalDate.of(2030, 2, 28));

    transaction.executeWithoutResult(status -> campaigns.lock(next.id()));
    escalations.escalated(next.id(), "GUIDANCE", null, LocalDate.of(2029, 6, 30), "task-1");
    escalations.escalated(next.id(), "PILOT_CHOICE", "108", LocalDate.of(2029, 9, 30), "task-2");
    escalations.openEscalationsResolved(next.id(), "GUIDANCE", null, "DONE", "sonoivu");
    escalations.openEscalationsResolved(next.id(), "PILOT_CHOICE", "108", "NONE", "sonoivu");
    assertThat(escalations.escalations(next.id())).extracting("subject", "unitCode", "resolution")
        .containsExactly(tuple("GUIDANCE", null, "DONE"), tuple("PILOT_CHOICE", "108", "NONE"));
  }

  @Test
  void theProjectionFollowsACongressOnPostgresql() {
    CampaignDriver driver = new CampaignDriver(engine, progress, "LAICHAU-2025");
    Unit commune = registry.findByParent("111").get(0);
    clockAt(LocalDate.of(2025, 2, 1), 9, 0);
    engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, commune.code(),
        Map.of("unitCode", commune.code(), "campaignId", "LAICHAU-2025"));
    assertThat(progress.find("LAICHAU-2025", commune.code())).get().extracting(CongressProgress::status,
        CongressProgress::districtCode, CongressProgress::lastDay)
        .containsExactly(CongressStatus.DRAFTING, "111", LocalDate.of(2025, 3, 31));

    driver.submit(commune, LocalDate.of(2025, 3, 1));
    assertThat(progress.find("LAICHAU-2025", commune.code())).get().extracting(CongressProgress::status,
        CongressProgress::submittedOn).containsExactly(CongressStatus.UNDER_REVIEW, LocalDate.of(2025, 2, 1));
    driver.approve(commune.code());
    clockAt(LocalDate.of(2025, 3, 1), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 3, 1), 15, 0);
    driver.report(commune, LocalDate.of(2025, 3, 1));

    CongressProgress row = progress.find("LAICHAU-2025", commune.code()).orElseThrow();
    assertThat(row.status()).isEqualTo(CongressStatus.HELD_ON_TIME);
    assertThat(row.heldOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(row.upperDelegates()).isEqualTo(2);
    CampaignProgress figures = progressService.progress("LAICHAU-2025");
    assertThat(figures.districts()).filteredOn(d -> "111".equals(d.districtCode())).singleElement()
        .satisfies(d -> assertThat(d.counts().heldOnTime()).isEqualTo(1));
  }
}
