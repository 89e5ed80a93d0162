package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.ProcessKeys.TASK_EXPLAIN_LATE_MILESTONE;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static vn.laichau.thidua.ProcessKeys.TASK_HANDLE_LATE_DRIVE_LAUNCH;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES;
import static vn.laichau.thidua.ProcessKeys.TASK_SEND_REPORT_TO_UBND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.reporting.CampaignProgress;
import vn.laichau.thidua.reporting.CampaignReport;
import vn.laichau.thidua.reporting.Counts;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * A whole campaign over the real Lai Châu registry (8 districts, 106 communes, the provincial agencies and
 * enterprises, the province): every unit's tasks are completed through the engine's API while the engine clock moves
 * from May 2024 to September 2025, with some dossiers returned, some units late, one not held, and every escalation of
 * R7 on the way. The final figures are those of the progress and of the report to UBND tỉnh.
 *
 * <p>The special drive's refusals and escalations are {@link CampaignDriveLaunchTest}'s to assert, Sở Nội vụ's
 * milestones {@link CampaignMilestonesTest}'s, the pilot communes' {@link CampaignPilotsTest}'s; here they happen as
 * there, so that the final figures hold every escalation. The drive confirmed by all in time, the one path this
 * campaign cannot take, is {@link CampaignNextCycleTest}'s.
 */
@AssertProcessCoverage(process = ProcessKeys.EMULATION_CAMPAIGN, exceptElementsStartingWith = "allConfirmed")
class CampaignToItsEndTest extends CampaignTestBase {

  static final String CAMPAIGN = "LAICHAU-2025";

  @Autowired
  CampaignReport campaignReport;

  @Test
  void oneStartedCampaignCarriesThePlanToItsEnd() throws Exception {
    CampaignDriver driver = new CampaignDriver(engine, progressRows, CAMPAIGN);
    List<Unit> all = registry.findAll();
    List<String> districts = campaignUnits.districts(CAMPAIGN);
    List<Unit> agencies = all.stream().filter(u -> u.level() == Level.SO_NGANH_HUYEN).toList();
    List<Unit> coSo = all.stream().filter(u -> u.level() == Level.CO_SO).toList();
    assertThat(districts).containsExactly("105", "106", "107", "108", "109", "110", "111", "112");
    assertThat(coSo).hasSize(107); // 106 communes and the provincial enterprise

    // --- 02/05/2024: Sở Nội vụ starts the campaign ---------------------------------------------------------------
    clockAt(LocalDate.of(2024, 5, 2), 9, 0);
    ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN,
        CAMPAIGN, Map.of("campaignId", CAMPAIGN));
    assertThat(refusal(() -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN,
        CAMPAIGN, Map.of("campaignId", CAMPAIGN))))
        .isInstanceOf(CampaignAlreadyRunningException.class)
        .hasMessageContaining("đã được khởi động");

    // --- 25/06/2024: the guidance, on time; the waves of districts and agencies start --------------------------------
    clockAt(LocalDate.of(2024, 6, 25), 10, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.GUIDANCE,
        Map.of("doneOn", "2024-06-25", "reference", "125/HD-SNV"));
    driver.runDueJobs();
    assertThat(progressRows.findByCampaign(CAMPAIGN)).hasSize(agencies.size())
        .allSatisfy(row -> assertThat(row.level()).isEqualTo(Level.SO_NGANH_HUYEN));
    assertThat(driver.task("SO-Y-TE", "agreePilotPlan")).isNotNull();
    assertThat(driver.task("110", "agreePilotPlan")).isNotNull();
    assertThat(driver.task("SO-TU-PHAP", ProcessKeys.TASK_DRAFT_PLAN)).isNotNull();

    // --- August 2024: the special drive; all but two confirm ------------------------------------------------------
    clockAt(LocalDate.of(2024, 8, 20), 9, 0);
    for (Unit unit : agencies) {
      if (!List.of("107", "BAO-LAI-CHAU").contains(unit.code())) {
        taskService.complete(driveTask(campaign, unit.code()).getId(), Map.of("launchedOn", "2024-08-15"));
      }
    }

    // 01/09/2024 00:00: the drive is overdue; Sở Nội vụ extends it for the two to 15/09
    clockAt(LocalDate.of(2024, 9, 1), 0, 0);
    driver.runDueJobs();
    taskService.complete(single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH).getId(), Map.of("decision", "EXTEND",
        "newDeadline", "2024-09-15", "reason", "Hai đơn vị đề nghị lùi thời gian phát động."));
    clockAt(LocalDate.of(2024, 9, 10), 9, 0);
    taskService.complete(driveTask(campaign, "107").getId(), Map.of("launchedOn", "2024-09-09"));

    // --- September 2024: six districts pick their pilot commune -----------------------------------------------------
    clockAt(LocalDate.of(2024, 9, 12), 9, 0);
    for (String district : List.of("105", "106", "107", "108", "109", "111")) {
      taskService.complete(pilotTask(campaign, district).getId(),
          Map.of("pilotCommune", campaignUnits.communes(district).get(0).code()));
    }
    driver.runDueJobs();

    // 16/09/2024: Báo Lai Châu still has not confirmed; Sở Nội vụ ends the follow-up
    clockAt(LocalDate.of(2024, 9, 16), 0, 0);
    driver.runDueJobs();
    taskService.complete(single(campaign, TASK_HANDLE_LATE_DRIVE_LAUNCH).getId(), Map.of("decision", "NOT_HELD",
        "reason", "Báo Lai Châu không phát động riêng, tham gia đợt thi đua của tỉnh."));

    // --- 01/10/2024 00:00: the Chỉ thị 34 review and two districts' picks are overdue ------------------------------
    clockAt(LocalDate.of(2024, 10, 1), 0, 0);
    driver.runDueJobs();
    Task explainReview = single(campaign, TASK_EXPLAIN_LATE_MILESTONE, Milestone.DIRECTIVE_REVIEW);
    clockAt(LocalDate.of(2024, 10, 2), 9, 0);
    taskService.complete(explainReview.getId(), Map.of("expectedOn", "2024-10-20",
        "reason", "Chờ hướng dẫn của Ban Thi đua - Khen thưởng Trung ương."));
    String thanUyenPilot = decideForLateDistricts(campaign);
    driver.runDueJobs();
    List<String> pilotCommunes = new ArrayList<>(campaigns.pilotCommunes(CAMPAIGN).values());
    assertThat(pilotCommunes).hasSize(7).contains(thanUyenPilot);
    assertThat(progressRows.findByCampaign(CAMPAIGN)).filteredOn(row -> row.level() == Level.CO_SO)
        .hasSize(coSo.size());

    clockAt(LocalDate.of(2024, 10, 18), 9, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.DIRECTIVE_REVIEW,
        Map.of("doneOn", "2024-10-18", "reference", "15/BC-SNV"));

    // --- 01/01/2025: the draft plan of the provincial congress is late; done on 10/01 before any explanation -------
    clockAt(LocalDate.of(2025, 1, 1), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 1, 10), 9, 0);
    completeCampaignTask(campaign, TASK_RECORD_MILESTONE, Milestone.PROVINCIAL_PLAN,
        Map.of("doneOn", "2025-01-10", "reference", "08/TTr-SNV"));
    Map<String, Object> agreement = Map.of("agreedContent", "Tổng kết 5 năm, phương hướng 2025–2030",
        "agreedProgramme", "Năm nội dung theo mục II.4 của Kế hoạch", "agreedMeetingDate", "2025-04-15",
        "agreedDelegateCount", 80);
    driver.complete("SO-Y-TE", "agreePilotPlan", agreement);
    driver.complete("110", "agreePilotPlan", agreement);

    // 15/01/2025: Sở Nội vụ registers Sở Ngoại vụ while the wave runs: it gets its congress
    clockAt(LocalDate.of(2025, 1, 15), 9, 0);
    Unit ngoaiVu = registry.save(new Unit("SO-NGOAI-VU", "Sở Ngoại vụ tỉnh Lai Châu", Level.SO_NGANH_HUYEN,
        UnitKind.CIVIL, null, null, null, true));
    assertThat(driver.task(ngoaiVu.code(), ProcessKeys.TASK_DRAFT_PLAN)).isNotNull();
    List<Unit> soNganhHuyen = registry.findAll().stream().filter(u -> u.level() == Level.SO_NGANH_HUYEN).toList();
    assertThat(soNganhHuyen).hasSize(agencies.size() + 1);

    // --- the pilot communes: submitted 20/01, held 20/02 ----------------------------------------------------------
    clockAt(LocalDate.of(2025, 1, 20), 9, 0);
    for (String code : pilotCommunes) {
      driver.submit(unit(code), LocalDate.of(2025, 2, 20));
      driver.approve(code);
    }

    // --- the other communes and the enterprise ------------------------------------------------------------------
    Unit notHeld = last("112");
    List<Unit> late = List.of(last("107"), last("108"));
    Unit overtaken = last("109");
    List<Unit> regular = coSo.stream().filter(u -> !pilotCommunes.contains(u.code()))
        .filter(u -> !u.equals(notHeld) && !late.contains(u) && !u.equals(overtaken)).toList();
    List<Unit> returned = regular.stream().filter(u -> "105".equals(u.parentCode())).skip(1).limit(5).toList();
    assertThat(regular).hasSize(96);
    assertThat(returned).hasSize(5);

    clockAt(LocalDate.of(2025, 2, 10), 9, 0);
    regular.forEach(u -> driver.submit(u, LocalDate.of(2025, 3, 10)));
    clockAt(LocalDate.of(2025, 2, 12), 9, 0);
    for (Unit u : regular) {
      if (returned.contains(u)) {
        driver.returnDossier(u.code(), "Bổ sung danh sách điển hình được biểu dương.");
      } else {
        driver.approve(u.code());
      }
    }
    clockAt(LocalDate.of(2025, 2, 15), 9, 0);
    returned.forEach(u -> driver.submit(u, LocalDate.of(2025, 3, 10)));
    returned.forEach(u -> driver.approve(u.code()));

    clockAt(LocalDate.of(2025, 2, 20), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 2, 20), 17, 0);
    pilotCommunes.forEach(code -> driver.report(unit(code), LocalDate.of(2025, 2, 20)));

    clockAt(LocalDate.of(2025, 3, 10), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 3, 10), 15, 0);
    regular.forEach(u -> driver.report(u, LocalDate.of(2025, 3, 10)));
    driver.submit(overtaken, LocalDate.of(2025, 3, 31));

    // the provincial pilots send their dossiers
    clockAt(LocalDate.of(2025, 3, 20), 9, 0);
    for (String code : List.of("SO-Y-TE", "110")) {
      driver.submit(unit(code), LocalDate.of(2025, 4, 15));
      driver.approve(code);
    }

    // --- 01/04/2025 00:00: four communes are overdue -------------------------------------------------------------
    clockAt(LocalDate.of(2025, 4, 1), 0, 0);
    driver.runDueJobs();
    CampaignProgress atQ1 = progressService.progress(CAMPAIGN);
    assertThat(level(atQ1, Level.CO_SO).overdue()).isEqualTo(4);
    assertThat(atQ1.overdueUnits()).extracting("code").containsExactlyInAnyOrder(notHeld.code(), late.get(0).code(),
        late.get(1).code(), overtaken.code());

    clockAt(LocalDate.of(2025, 4, 1), 9, 0);
    driver.complete(notHeld.code(), ProcessKeys.TASK_HANDLE_OVERDUE, Map.of("decision", "NOT_HELD",
        "reason", "Xã đang sắp xếp đơn vị hành chính, không tổ chức Hội nghị."));
    for (Unit u : late) {
      driver.complete(u.code(), ProcessKeys.TASK_HANDLE_OVERDUE, Map.of("decision", "EXTEND",
          "newDeadline", "2025-04-30", "reason", "Mưa lũ chia cắt, đề nghị lùi thời gian tổ chức."));
    }
    // the reviewer lets the overtaken commune's dossier lie past its meeting day (31/03): it can no longer approve it
    // (R13); it extends the commune's last day and returns the dossier, so that the commune picks a new date
    assertThat(catchThrowable(() -> driver.approve(overtaken.code())))
        .hasMessageContaining("R13 – Không thể duyệt hồ sơ vào hoặc sau ngày tổ chức 31/03/2025");
    driver.complete(overtaken.code(), ProcessKeys.TASK_HANDLE_OVERDUE, Map.of("decision", "EXTEND",
        "newDeadline", "2025-04-30", "reason", "Hồ sơ chưa được duyệt trước ngày tổ chức."));
    driver.returnDossier(overtaken.code(), "Đã qua ngày tổ chức: đề nghị chọn ngày tổ chức mới.");

    clockAt(LocalDate.of(2025, 4, 2), 9, 0);
    late.forEach(u -> driver.submit(u, LocalDate.of(2025, 4, 20)));
    late.forEach(u -> driver.approve(u.code()));
    driver.submit(overtaken, LocalDate.of(2025, 4, 20));
    driver.approve(overtaken.code());

    clockAt(LocalDate.of(2025, 4, 15), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 4, 15), 16, 0);
    driver.report(unit("SO-Y-TE"), LocalDate.of(2025, 4, 15));
    driver.report(unit("110"), LocalDate.of(2025, 4, 15));

    clockAt(LocalDate.of(2025, 4, 20), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 4, 20), 16, 0);
    late.forEach(u -> driver.report(u, LocalDate.of(2025, 4, 20)));
    driver.runDueJobs();
    assertThat(waves.waveState(CAMPAIGN, Level.CO_SO)).as("the overtaken commune has not reported").contains(false);

    // R13: seven days after its meeting the overtaken commune has still not reported: "held, results overdue"; the
    // wave no longer waits for it
    clockAt(LocalDate.of(2025, 4, 27), 23, 59);
    driver.runDueJobs();
    assertThat(waves.waveState(CAMPAIGN, Level.CO_SO)).contains(false);
    clockAt(LocalDate.of(2025, 4, 28), 0, 0);
    driver.runDueJobs();
    assertThat(progressRows.find(CAMPAIGN, overtaken.code())).get().extracting("status")
        .isEqualTo(CongressStatus.HELD_RESULTS_OVERDUE);
    assertThat(level(progressService.progress(CAMPAIGN), Level.CO_SO).heldResultsOverdue()).isEqualTo(1);
    assertThat(waves.waveState(CAMPAIGN, Level.CO_SO)).contains(true);
    assertThat(variable(campaign, "coSoWaveEnded")).isEqualTo(true);
    clockAt(LocalDate.of(2025, 5, 2), 9, 0);
    driver.report(overtaken, LocalDate.of(2025, 4, 20));
    assertThat(progressRows.find(CAMPAIGN, overtaken.code())).get().extracting("status")
        .isEqualTo(CongressStatus.HELD_LATE);

    // delegates flow upward: huyện Nậm Nhùn's draft plan shows its communes' results as they came in
    Task namNhun = driver.task("112", ProcessKeys.TASK_DRAFT_PLAN);
    int communesOf112 = campaignUnits.communes("112").size();
    assertThat(engine.getFormService().getTaskFormVariables(namNhun.getId()))
        .containsEntry("lowerUnitsTotal", communesOf112)
        .containsEntry("lowerUnitsReported", communesOf112 - 1).containsEntry("lowerUnitsNotHeld", 1)
        .containsEntry("lowerDelegates", (communesOf112 - 1) * 2);
    assertThat((String) engine.getFormService().getTaskFormVariables(namNhun.getId()).get("lowerUnitsSummary"))
        .startsWith("Đã có " + (communesOf112 - 1) + "/" + communesOf112 + " xã, phường, thị trấn báo cáo kết quả")
        .endsWith("; 1 đơn vị không tổ chức.");
    // R11, R12: and, by name, the delegates each commune elected and the exemplars it proposes
    String reportedCommune = campaignUnits.communes("112").stream()
        .filter(c -> progressRows.find(CAMPAIGN, c.code()).orElseThrow().status().isHeld()).findFirst().orElseThrow()
        .name();
    assertThat(((SpinJsonNode) engine.getFormService()
        .getTaskFormVariables(namNhun.getId()).get("lowerUnitsNamed")).elements().stream()
        .map(SpinJsonNode::stringValue))
        .hasSize(communesOf112 - 1)
        .contains(reportedCommune + ": Đại biểu Lò Văn Dũng (1980, Nam, Thái, Chủ tịch Hội Nông dân); Tẩn Thị Mẩy"
            + " (1990, Nữ, Dao, Giáo viên). Đề nghị khen thưởng Lò Văn Dũng – Bằng khen của Chủ tịch Ủy ban nhân dân"
            + " tỉnh (cá nhân).");

    // --- the districts and agencies: submitted 10/05, held 10/06; one agency late --------------------------------
    Unit lateAgency = unit("HOI-LUAT-GIA-TINH");
    List<Unit> agencyWave = soNganhHuyen.stream()
        .filter(u -> !List.of("SO-Y-TE", "110", lateAgency.code()).contains(u.code())).toList();
    clockAt(LocalDate.of(2025, 5, 10), 9, 0);
    agencyWave.forEach(u -> driver.submit(u, LocalDate.of(2025, 6, 10)));
    Task tamDuongReview = driver.task("106", ProcessKeys.TASK_REVIEW_DOSSIER);
    int communesOf106 = campaignUnits.communes("106").size();
    assertThat(engine.getFormService().getTaskFormVariables(tamDuongReview.getId()))
        .containsEntry("lowerUnitsTotal", communesOf106)
        .containsEntry("lowerUnitsReported", communesOf106).containsEntry("lowerDelegates", communesOf106 * 2);
    agencyWave.forEach(u -> driver.approve(u.code()));
    clockAt(LocalDate.of(2025, 6, 10), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 6, 10), 16, 0);
    agencyWave.forEach(u -> driver.report(u, LocalDate.of(2025, 6, 10)));

    // --- 01/07/2025: the provincial congress's preparation starts on its date, without the late agency ------------
    clockAt(LocalDate.of(2025, 6, 30), 23, 59);
    driver.runDueJobs();
    assertThat(progressRows.find(CAMPAIGN, "12")).isEmpty();
    assertThat(progressService.progress(CAMPAIGN).missingAtProvincialStart()).isEmpty();
    clockAt(LocalDate.of(2025, 7, 1), 0, 0);
    driver.runDueJobs();
    assertThat(progressRows.find(CAMPAIGN, "12")).get().extracting("level", "lastDay")
        .containsExactly(Level.TINH, LocalDate.of(2025, 9, 30));
    assertThat(waves.waveState(CAMPAIGN, Level.SO_NGANH_HUYEN)).contains(false);
    assertThat(progressService.progress(CAMPAIGN).missingAtProvincialStart()).extracting("code", "status")
        .containsExactly(tuple(lateAgency.code(), CongressStatus.DRAFTING.label()));
    clockAt(LocalDate.of(2025, 7, 1), 9, 0);
    driver.complete(lateAgency.code(), ProcessKeys.TASK_HANDLE_OVERDUE, Map.of("decision", "EXTEND",
        "newDeadline", "2025-07-31", "reason", "Hội đổi mới nhân sự lãnh đạo."));
    driver.submit(lateAgency, LocalDate.of(2025, 7, 20));
    driver.approve(lateAgency.code());
    clockAt(LocalDate.of(2025, 7, 20), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 7, 20), 16, 0);
    driver.report(lateAgency, LocalDate.of(2025, 7, 20));
    assertThat(waves.waveState(CAMPAIGN, Level.SO_NGANH_HUYEN)).contains(true);

    // --- the provincial congress, reviewed by UBND tỉnh (R14) ----------------------------------------------------
    assertThat(progressService.progress(CAMPAIGN).missingAtProvincialStart()).extracting("code", "status")
        .as("still listed, with how it ended").containsExactly(tuple(lateAgency.code(), CongressStatus.HELD_LATE.label()));
    clockAt(LocalDate.of(2025, 8, 1), 9, 0);
    driver.submit(unit("12"), LocalDate.of(2025, 9, 10));
    Task provincialReview = driver.task("12", ProcessKeys.TASK_REVIEW_DOSSIER);
    int provinceLower = soNganhHuyen.size() + 1; // the districts, the agencies and the provincial enterprise
    assertThat(engine.getFormService().getTaskFormVariables(provincialReview.getId()))
        .containsEntry("lowerUnitsTotal", provinceLower).containsEntry("lowerUnitsReported", provinceLower)
        .containsEntry("lowerDelegates", soNganhHuyen.size() * 4 + 2);
    int fromBelow = soNganhHuyen.size() * 4 + 2;
    assertThat(engine.getFormService()
        .getTaskFormVariables(provincialReview.getId()).get("provincialDelegatesCheck")).isEqualTo(
        "Các đơn vị cấp dưới đã bầu " + fromBelow + " đại biểu đi dự Đại hội tỉnh; Đại hội tỉnh có từ 405 đến 495 đại"
            + " biểu: mời thêm từ " + (405 - fromBelow) + " đến " + (495 - fromBelow) + " đại biểu.");
    driver.approve("12");
    clockAt(LocalDate.of(2025, 9, 10), 0, 0);
    driver.runDueJobs();
    clockAt(LocalDate.of(2025, 9, 10), 18, 0);
    driver.report(unit("12"), LocalDate.of(2025, 9, 10));
    driver.runDueJobs();

    // --- the end: the province's delegates to the national congress, the report to UBND tỉnh ---------------------------
    clockAt(LocalDate.of(2025, 9, 15), 9, 0);
    Task national = single(campaign, TASK_RECORD_NATIONAL_DELEGATES);
    assertThat(engine.getFormService()
        .getTaskFormVariables(national.getId()).get("provincialDelegatesElected")).isEqualTo(15);
    String fourteen = IntStream.rangeClosed(1, 14).mapToObj(i -> "Đại biểu số " + i).collect(Collectors.joining("\n"));
    assertThat(refusal(() -> taskService.complete(national.getId(), Map.of("nationalDelegateNames", fourteen))))
        .hasMessageContaining("đã bầu 15 đại biểu")
        .hasMessageContaining("danh sách có 14 người");
    taskService.complete(national.getId(), Map.of("nationalDelegateNames", fourteen + "\nĐại biểu số 15"));
    driver.runDueJobs();

    Task send = single(campaign, TASK_SEND_REPORT_TO_UBND);
    FileValue report = engine.getRuntimeService().getVariableTyped(campaign.getId(), "reportToUbnd");
    assertThat(report.getFilename()).startsWith("bao-cao-dai-hoi-LAICHAU-2025-").endsWith(".docx");
    assertThat(report.getMimeType()).isEqualTo(CampaignReport.DOCX_TYPE);
    String text;
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(report.getValue()))) {
      text = extractor.getText();
    }

    clockAt(LocalDate.of(2025, 9, 20), 9, 0);
    taskService.complete(send.getId(), Map.of("sentOn", "2025-09-20", "reference", "215/BC-SNV"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign.getId()).count())
        .isZero();

    // --- the final figures --------------------------------------------------------------------------------------
    CampaignProgress done = progressService.progress(CAMPAIGN);
    int agencyCount = soNganhHuyen.size();
    assertThat(level(done, Level.CO_SO)).isEqualTo(new Counts(107, 0, 0, 0, 0, 103, 3, 1, 0, 0, 106 * 60, 106 * 3,
        106 * 10, 106 * 2));
    assertThat(level(done, Level.SO_NGANH_HUYEN)).isEqualTo(new Counts(agencyCount, 0, 0, 0, 0, agencyCount - 1, 1, 0,
        0, 0, agencyCount * 80, agencyCount * 5, agencyCount * 20, agencyCount * 4));
    assertThat(level(done, Level.TINH)).isEqualTo(new Counts(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 450, 30, 231, 15));
    Counts totals = done.totals();
    assertThat(totals.units()).isEqualTo(107 + agencyCount + 1);
    assertThat(totals.heldOnTime()).isEqualTo(103 + agencyCount - 1 + 1);
    assertThat(totals.heldLate()).isEqualTo(4);
    assertThat(totals.notHeld()).isEqualTo(1);
    assertThat(totals.commendedCollectives()).isEqualTo(106 * 3 + agencyCount * 5 + 30);
    assertThat(totals.commendedIndividuals()).isEqualTo(106 * 10 + agencyCount * 20 + 231);
    assertThat(totals.upperDelegates()).isEqualTo(106 * 2 + agencyCount * 4 + 15);
    assertThat(done.districts()).filteredOn(d -> "112".equals(d.districtCode())).singleElement()
        .satisfies(d -> assertThat(d.counts().notHeld()).isEqualTo(1));
    assertThat(done.districts().stream().mapToInt(d -> d.counts().units()).sum()).isEqualTo(totals.units());
    assertThat(done.pilots()).hasSize(9).allSatisfy(p -> assertThat(p.status()).isEqualTo(CongressStatus.HELD_ON_TIME));
    assertThat(done.driveLaunch().confirmed()).isEqualTo(agencies.size() - 1);
    assertThat(done.driveLaunch().notLaunched()).extracting("code").containsExactly("BAO-LAI-CHAU");
    assertThat(done.milestones()).extracting("milestone", "doneOn").containsExactly(
        tuple("GUIDANCE", LocalDate.of(2024, 6, 25)),
        tuple("DRIVE_LAUNCH", LocalDate.of(2024, 9, 16)),
        tuple("DIRECTIVE_REVIEW", LocalDate.of(2024, 10, 18)),
        tuple("PILOT_CHOICE", LocalDate.of(2024, 10, 2)),
        tuple("PROVINCIAL_PLAN", LocalDate.of(2025, 1, 10)),
        tuple("NATIONAL_DELEGATES", LocalDate.of(2025, 9, 15)),
        tuple("REPORT_TO_UBND", LocalDate.of(2025, 9, 20)));

    // every escalation of R7, with how it was handled
    assertThat(done.escalations()).extracting("subject", "unitCode", "lastDay", "resolution", "newLastDay")
        .containsExactlyInAnyOrder(
            tuple("DRIVE_LAUNCH", null, LocalDate.of(2024, 8, 31), "EXTEND", LocalDate.of(2024, 9, 15)),
            tuple("DRIVE_LAUNCH", null, LocalDate.of(2024, 9, 15), "NOT_HELD", null),
            tuple("DIRECTIVE_REVIEW", null, LocalDate.of(2024, 9, 30), "EXTEND", LocalDate.of(2024, 10, 20)),
            tuple("PILOT_CHOICE", "110", LocalDate.of(2024, 9, 30), "PICK", null),
            tuple("PILOT_CHOICE", "112", LocalDate.of(2024, 9, 30), "NONE", null),
            tuple("PROVINCIAL_PLAN", null, LocalDate.of(2024, 12, 31), "DONE", null),
            tuple("CONGRESS", notHeld.code(), LocalDate.of(2025, 3, 31), "NOT_HELD", null),
            tuple("CONGRESS", late.get(0).code(), LocalDate.of(2025, 3, 31), "EXTEND", LocalDate.of(2025, 4, 30)),
            tuple("CONGRESS", late.get(1).code(), LocalDate.of(2025, 3, 31), "EXTEND", LocalDate.of(2025, 4, 30)),
            tuple("CONGRESS", overtaken.code(), LocalDate.of(2025, 3, 31), "EXTEND", LocalDate.of(2025, 4, 30)),
            tuple("CONGRESS", lateAgency.code(), LocalDate.of(2025, 6, 30), "EXTEND", LocalDate.of(2025, 7, 31)));
    assertThat(progressRows.findByCampaign(CAMPAIGN)).filteredOn(row -> returned.stream()
        .anyMatch(u -> u.code().equals(row.unitCode()))).hasSize(5).allSatisfy(row -> {
          assertThat(row.returnCount()).isEqualTo(1);
          assertThat(row.status()).isEqualTo(CongressStatus.HELD_ON_TIME);
        });

    // the report (the same DOCX as /api/campaigns/{id}/report.docx) carries the same figures
    assertThat(text).contains("Tổng số đơn vị tổ chức Đại hội, Hội nghị: " + totals.units() + ".")
        .contains(CongressStatus.HELD_RESULTS_OVERDUE.label() + ": 0; " + CongressStatus.HELD_ON_TIME.label() + ": "
            + totals.heldOnTime())
        .contains(CongressStatus.HELD_LATE.label() + ": 4; " + CongressStatus.NOT_HELD.label() + ": 1")
        .contains("Khi bắt đầu chuẩn bị Đại hội Thi đua yêu nước tỉnh, 1 đơn vị chưa hoàn thành")
        .contains("Số tập thể được khen thưởng: " + totals.commendedCollectives())
        .contains("số cá nhân được khen thưởng: " + totals.commendedIndividuals())
        .contains("Đại biểu số 15")
        .contains("Huyện Nậm Nhùn")
        .contains("Báo Lai Châu");
    // asked for after the campaign's end, the report names the same delegates, as the national step's completion
    // gave them
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
        new ByteArrayInputStream(campaignReport.docx(CAMPAIGN))))) {
      assertThat(delegateLines(extractor.getText())).hasSize(15).isEqualTo(delegateLines(text));
    }
  }

  /** The report's numbered lines of the delegates to the national congress. */
  private static List<String> delegateLines(String report) {
    return report.lines().filter(line -> line.matches("\\d+\\. Đại biểu số \\d+")).toList();
  }
}
