package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.congress.rules.DossierProperties;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * R5 (the five programme items), R6 (the 15 days and the four documents), R7 (the last day), and what a refusal leaves
 * behind: nothing.
 */
class DossierRulesTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Autowired
  DossierProperties dossierProperties;

  @Test
  void programmeMissingAnItemIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        driver.validDossier(commune, MEETING)
            .putValue(PROGRAMME_ITEMS, "[\"REVIEW\",\"SPEECHES\",\"COMMENDATION\",\"UPPER_DELEGATES\"]")));

    assertThat(refusal.getViolations()).containsExactly("R5 – Chương trình Đại hội còn thiếu 1 trong 5 nội dung bắt "
        + "buộc: «Phát động phong trào thi đua giai đoạn 2025–2030».");
  }

  @Test
  void programmeAsAJsonStringHoldingAllFiveItemsIsAccepted() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING).putValue(PROGRAMME_ITEMS,
        "[\"UPPER_DELEGATES\",\"LAUNCH\",\"COMMENDATION\",\"SPEECHES\",\"REVIEW\"]"));

    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void programmeThatIsNotAListOrHoldsUnknownItemsIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(PROGRAMME_ITEMS, "REVIEW, SPEECHES"))).getViolations()).singleElement().asString()
        .startsWith("R5 – Chương trình Đại hội (programmeItems) phải là một danh sách JSON");
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(PROGRAMME_ITEMS, "[\"REVIEW\",\"SPEECHES\",\"COMMENDATION\",\"LAUNCH\",\"UPPER_DELEGATES\","
            + "\"CONCERT\"]"))).getViolations()).containsExactly("R5 – Chương trình có mục không rõ: CONCERT.");
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(PROGRAMME_ITEMS, null))).getViolations()).singleElement().asString()
        .startsWith("R5 – Chưa có chương trình Đại hội.");
  }

  @Test
  void theProgrammeNamesAtLeastOneExemplarWhoSpeaks() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    String refused = "R5 – Chưa nêu điển hình tiên tiến trình bày tham luận (exemplarSpeakers): chương trình phải có"
        + " ít nhất một tham luận của điển hình tiên tiến.";

    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(EXEMPLAR_SPEAKERS, null))).getViolations()).containsExactly(refused);
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(EXEMPLAR_SPEAKERS, " \n  \n"))).getViolations()).containsExactly(refused);
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(EXEMPLAR_SPEAKERS, "[\" \"]"))).getViolations()).containsExactly(refused);

    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(EXEMPLAR_SPEAKERS, "\nLò Thị Bình, giáo viên Trường Tiểu học xã\n"));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void submissionExactlyFifteenDaysBeforeTheMeetingIsOnTime() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    // the last minute of 01/03/2025 in Vietnam; 16/03 is 15 days later
    CongressDriver.clockAt(LocalDate.of(2025, 3, 1), 23, 59);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 3, 16)));

    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(SUBMITTED_ON, "2025-03-01");
  }

  @Test
  void submissionFourteenDaysBeforeTheMeetingIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    // 00:00 of 02/03/2025 in Vietnam is still 01/03 in UTC: the Vietnam date counts
    CongressDriver.clockAt(LocalDate.of(2025, 3, 2), 0, 0);
    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        driver.validDossier(commune, LocalDate.of(2025, 3, 16))));

    assertThat(refusal.getViolations()).containsExactly("R6 – Hồ sơ phải gửi trước ngày tổ chức ít nhất 15 ngày: Đại "
        + "hội ngày 16/03/2025 thì hạn gửi hồ sơ là 01/03/2025, hôm nay đã là 02/03/2025 (chỉ còn 14 ngày).");
  }

  @Test
  void meetingOnTheLastDayOfTheQuarterIsAccepted() {
    Unit commune = driver.commune(80);
    assertThat(calendar.lastDay(calendar.defaultCampaignId(), commune)).isEqualTo(LocalDate.of(2025, 3, 31));
    ProcessInstance congress = driver.start(commune);

    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 3, 31)));

    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void meetingTheDayAfterTheLastDayIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        driver.validDossier(commune, LocalDate.of(2025, 4, 1))));

    assertThat(refusal.getViolations()).containsExactly("R7 – Ngày tổ chức 01/04/2025 sau thời hạn 31/03/2025 của đơn "
        + "vị: Đại hội phải hoàn thành chậm nhất ngày 31/03/2025.");
  }

  @Test
  void meetingDateMissingOrMalformedIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(MEETING_DATE, "20/02/2025"))).getViolations()).containsExactly(
        "R6 – Ngày tổ chức Đại hội (meetingDate) «20/02/2025» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(MEETING_DATE, "2025-02-30"))).getViolations()).hasSize(1);
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(MEETING_DATE, null))).getViolations()).containsExactly(
        "R6 – Chưa nhập ngày tổ chức Đại hội (meetingDate).");
  }

  @Test
  void everyDocumentOfTheDossierIsRequired() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    VariableMap dossier = driver.validDossier(commune, MEETING);
    dossier.remove(SCHEDULE_DOCUMENT);
    dossier.remove(SUMMARY_REPORT);

    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier)).getViolations()).containsExactly(
        "R6 – Hồ sơ còn thiếu tệp «Lịch tổ chức Đại hội» (scheduleDocument).",
        "R6 – Hồ sơ còn thiếu tệp «Báo cáo tổng kết» (summaryReport).");
  }

  @Test
  void documentsArePdfOrDocxByNameTypeAndContent() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    assertThat(refusedDocument(congress, commune, CongressDriver.file("ke-hoach.txt", CongressDriver.PDF,
        "%PDF-1.7 ..."))).startsWith("R6 – Tệp «Kế hoạch tổ chức Đại hội» (ke-hoach.txt) phải là PDF (.pdf) hoặc "
        + "DOCX (.docx)");
    assertThat(refusedDocument(congress, commune, CongressDriver.file("ke-hoach.pdf", CongressDriver.DOCX,
        "%PDF-1.7 ..."))).contains("loại tệp khai báo: " + CongressDriver.DOCX);
    assertThat(refusedDocument(congress, commune, CongressDriver.file("ke-hoach.pdf", "image/png", "\u0089PNG")))
        .contains("image/png");
    assertThat(refusedDocument(congress, commune, CongressDriver.file("anh-chup.pdf", CongressDriver.PDF,
        "\u0089PNG\r\n"))).isEqualTo("R6 – Nội dung tệp «Kế hoạch tổ chức Đại hội» (anh-chup.pdf) không phải là tệp "
        + "PDF hợp lệ.");
    assertThat(refusedDocument(congress, commune, Variables.stringValue("ke-hoach.pdf")))
        .isEqualTo("R6 – «Kế hoạch tổ chức Đại hội» (planDocument) phải là một tệp PDF hoặc DOCX được tải lên.");

    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(PLAN_DOCUMENT, CongressDriver.docx("KE-HOACH.DOCX")));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void documentLargerThanTheConfiguredMaximumIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    int max = Math.toIntExact(dossierProperties.maxFileSize().toBytes());

    assertThat(refusedDocument(congress, commune, CongressDriver.file("bao-cao.pdf", CongressDriver.PDF,
        pdfOfSize(max + 1)))).isEqualTo("R6 – Tệp «Kế hoạch tổ chức Đại hội» (bao-cao.pdf) vượt quá dung lượng tối "
        + "đa 10 MB.");

    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING)
        .putValue(PLAN_DOCUMENT, CongressDriver.file("bao-cao.pdf", CongressDriver.PDF, pdfOfSize(max))));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void refusalNamesEveryBrokenRuleAtOnce() {
    Unit agency = driver.agency(UnitKind.CIVIL, 105);
    ProcessInstance congress = driver.start(agency);
    VariableMap dossier = driver.validDossier(agency, LocalDate.of(2025, 7, 1))
        .putValue(FORMAT, "DAI_HOI_QUYET_THANG")
        .putValue(DELEGATE_COUNT, 75)
        .putValue(SESSION, "FULL_DAY")
        .putValue(PROGRAMME_ITEMS, "[\"REVIEW\"]");
    dossier.remove(PROGRAMME_DOCUMENT);

    List<String> violations = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier)).getViolations();

    assertThat(violations).extracting(v -> v.substring(0, 2)).containsExactly("R2", "R3", "R4", "R5", "R7", "R6");
  }

  @Test
  void refusedSubmissionLeavesTheTaskOpenAndStoresNothing() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    Task draft = task(TASK_DRAFT_PLAN, congress);

    refusalOf(() -> complete(draft, driver.validDossier(commune, MEETING).putValue(SESSION, "FULL_DAY")));

    assertThat(task(TASK_DRAFT_PLAN, congress).getId()).as("the same task, still open").isEqualTo(draft.getId());
    assertThat(engine.getRuntimeService().getVariables(congress.getId()))
        .doesNotContainKeys(FORMAT, MEETING_DATE, SESSION, PROGRAMME_ITEMS, PLAN_DOCUMENT, MEETING_FORM, SUBMITTED_ON);
    assertThat(taskCompletions.ofInstance(congress.getId())).as("no completion recorded").isEmpty();
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN).hasNotPassed(TASK_DRAFT_PLAN);
  }

  @Test
  void draftPlanTellsTheUnitWhatItMayChoose() {
    Unit agency = driver.agency(UnitKind.POLICE, 105);
    ProcessInstance congress = driver.start(agency);

    var guidance = engine.getFormService().getTaskFormVariables(task(TASK_DRAFT_PLAN, congress).getId());

    assertThat(guidance)
        .containsEntry(LEVEL_LABEL, "Cấp sở, ngành tỉnh và huyện, thành phố")
        .containsEntry(ALLOWED_FORMATS_LABEL, "Đại hội Thi đua yêu nước, Đại hội Thi đua Vì an ninh Tổ quốc, "
            + "Hội nghị điển hình tiên tiến")
        .containsEntry(ALLOWED_SESSIONS_LABEL, "Buổi sáng, Buổi chiều")
        .containsEntry(QUOTA_DESCRIPTION, "Đơn vị có 105 cán bộ, công chức, viên chức, người lao động: tổ chức hội "
            + "nghị đại biểu từ 1 đến 74 đại biểu (70% của 105, làm tròn; không quá 200).")
        .containsEntry(QUOTA_MEETING_FORM, "DELEGATES")
        .containsEntry(QUOTA_MIN_DELEGATES, 1)
        .containsEntry(QUOTA_MAX_DELEGATES, 74)
        .containsEntry(DEADLINE_LABEL, "30/06/2025")
        .containsEntry(SUBMISSION_LEAD_DAYS, 15);
    assertThat((String) guidance.get(SUBMISSION_RULE_LABEL)).contains("10/01/2025", "25/01/2025", "30/06/2025");
    assertThat(guidance.get(ALLOWED_FORMAT_OPTIONS).toString())
        .contains("{\"value\":\"DAI_HOI_VI_AN_NINH_TO_QUOC\",\"label\":\"Đại hội Thi đua Vì an ninh Tổ quốc\"}");
    assertThat(guidance.get(PROGRAMME_ITEM_OPTIONS).toString()).contains("UPPER_DELEGATES");
    // R6 as the form offers it: the same limit, kinds and names the rule judges with
    SpinJsonNode documents = (SpinJsonNode) guidance.get(DraftPlanGuidance.DOSSIER_DOCUMENTS);
    assertThat(documents.prop("maxFileSizeLabel").stringValue()).isEqualTo("10 MB");
    assertThat(documents.prop("maxFileSizeBytes").numberValue().longValue()).isEqualTo(10L * 1024 * 1024);
    assertThat(documents.prop("typesLabel").stringValue()).isEqualTo("PDF hoặc DOCX");
    assertThat(documents.prop("accept").stringValue()).contains(".pdf", ".docx", "application/pdf");
    assertThat(documents.prop("documents").elements()).extracting(d -> d.prop("value").stringValue())
        .containsExactly(PLAN_DOCUMENT, SCHEDULE_DOCUMENT, SUMMARY_REPORT, PROGRAMME_DOCUMENT);
  }

  @Test
  void draftPlanAsksForTheStaffCountWhenTheRegistryHasNone() {
    ProcessInstance congress = driver.start(driver.commune(null));

    var guidance = engine.getFormService().getTaskFormVariables(task(TASK_DRAFT_PLAN, congress).getId());

    assertThat((String) guidance.get(QUOTA_DESCRIPTION)).startsWith("Danh sách đơn vị chưa có số cán bộ");
    assertThat(guidance).doesNotContainKeys(QUOTA_MEETING_FORM, QUOTA_MAX_DELEGATES);
  }

  private String refusedDocument(ProcessInstance congress, Unit unit, Object planDocument) {
    return refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(unit, MEETING)
        .putValue(PLAN_DOCUMENT, planDocument))).getViolations().get(0);
  }

  private static byte[] pdfOfSize(int size) {
    byte[] content = new byte[size];
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, content, 0, header.length);
    return content;
  }
}
