package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_OVERDUE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * The path of the pilot communes (R8): once the guidance is out each district picks one of its communes; a commune of
 * another district and a second pick are refused; at 00:00 after the last day Sở Nội vụ picks for one late district
 * and records that the other has none. Each pick starts the commune's congress, with the pilots' last day.
 */
@AssertProcessCoverage(process = ProcessKeys.EMULATION_CAMPAIGN, onlyElementsStartingWith = {"toPilotChoice",
    "pilotChoice", "choosePilotCommune", "chooseOverduePilotCommune", "pilotDecision", "pilotCommuneMerge",
    "startPilotCongress", "pilotChosen", "noPilotCommune", "pilotToChoose", "chooseToMerge",
    "mergeToStartPilotCongress", "toPilotChosen", "toChooseOverduePilot", "toPilotDecision", "pilotPickedBySoNoiVu",
    "noPilotDecided", "notifyPilotChoiceOpened", "notifyLatePilotChoice"})
class CampaignPilotsTest extends CampaignTestBase {

  static final String CAMPAIGN = "DIEM-2025";

  @Test
  void eachDistrictPicksOneOfItsCommunesAndSoNoiVuDecidesForTheLateOnes() {
    CampaignDriver driver = new CampaignDriver(engine, progressRows, CAMPAIGN);
    List<Unit> coSo = registry.findAll().stream().filter(u -> u.level() == Level.CO_SO).toList();
    clockAt(LocalDate.of(2024, 5, 2), 9, 0);
    ProcessInstance campaign = CampaignStartForm.start(engine, CAMPAIGN, 2024);
    clockAt(LocalDate.of(2024, 6, 25), 10, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE,
        Map.of("doneOn", "2024-06-25", "reference", "125/HD-SNV"));
    driver.runDueJobs();
    assertThat(openTasks(campaign, TASK_CHOOSE_PILOT_COMMUNE)).hasSize(8);
    assertThat(form(pilotTask(campaign, "106"))).containsEntry("districtName", "Huyện Tam Đường")
        .extractingByKey("communeOptions").asString().contains("\"value\":\""
            + campaignUnits.communes("106").get(0).code() + "\"")
        .doesNotContain("\"value\":\"" + campaignUnits.communes("105").get(0).code() + "\"");

    // --- September 2024: six districts pick their pilot commune; the rules of R8 refuse the rest --------------------
    clockAt(LocalDate.of(2024, 9, 12), 9, 0);
    Task pick106 = pilotTask(campaign, "106");
    String communeOf105 = campaignUnits.communes("105").get(0).code();
    assertThat(refusal(() -> taskService.complete(pick106.getId(), Map.of("pilotCommune", communeOf105))))
        .hasMessageContaining("không thuộc Huyện Tam Đường");
    // a second pick for a district that has one (made meanwhile by another channel) is refused, and nothing is stored
    String secondOf106 = campaignUnits.communes("106").get(1).code();
    campaigns.insertPilotCommune(CAMPAIGN, "106", campaignUnits.communes("106").get(0).code(), "sonoivu");
    assertThat(refusal(() -> taskService.complete(pick106.getId(), Map.of("pilotCommune", secondOf106))))
        .hasMessageContaining("mỗi huyện, thành phố chọn đúng 01 xã");
    jdbc.update("DELETE FROM campaign_pilot WHERE campaign_id = ? AND district_code = '106'", CAMPAIGN);
    for (String district : List.of("105", "106", "107", "108", "109", "111")) {
      taskService.complete(pilotTask(campaign, district).getId(),
          Map.of("pilotCommune", campaignUnits.communes(district).get(0).code()));
    }
    driver.runDueJobs();
    assertThat(progressRows.findByCampaign(CAMPAIGN)).filteredOn(row -> row.level() == Level.CO_SO).hasSize(6)
        .allSatisfy(row -> assertThat(row.pilot()).isTrue())
        .allSatisfy(row -> assertThat(row.lastDay()).isEqualTo(LocalDate.of(2025, 2, 28)));

    // --- 01/10/2024 00:00: two districts' picks are overdue; Sở Nội vụ picks for one, the other has none ------------
    clockAt(LocalDate.of(2024, 10, 1), 0, 0);
    driver.runDueJobs();
    assertThat(openTasks(campaign, TASK_CHOOSE_OVERDUE_PILOT_COMMUNE)).hasSize(2);
    assertThat(form(overduePilotTask(campaign, "110"))).containsEntry("districtName", "Huyện Than Uyên")
        .extractingByKey("communeOptions").asString().contains("\"value\":\""
            + campaignUnits.communes("110").get(1).code() + "\"");
    clockAt(LocalDate.of(2024, 10, 2), 9, 0);
    String thanUyenPilot = decideForLateDistricts(campaign);
    driver.runDueJobs();
    assertThat(campaigns.pilotCommunes(CAMPAIGN).values()).hasSize(7).contains(thanUyenPilot);
    assertThat(progressRows.findByCampaign(CAMPAIGN)).filteredOn(row -> row.level() == Level.CO_SO)
        .hasSize(coSo.size());

    CampaignProgress progress = progressService.progress(CAMPAIGN);
    assertThat(progress.milestones()).extracting("milestone", "doneOn")
        .contains(tuple("PILOT_CHOICE", LocalDate.of(2024, 10, 2)));
    assertThat(progress.escalations()).filteredOn("subject", "PILOT_CHOICE")
        .extracting("unitCode", "lastDay", "resolution", "newLastDay")
        .containsExactlyInAnyOrder(
            tuple("110", LocalDate.of(2024, 9, 30), "PICK", null),
            tuple("112", LocalDate.of(2024, 9, 30), "NONE", null));
  }
}
