package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.recognition.Beneficiary;
import vn.laichau.thidua.recognition.CongressContentRepository;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressContentRepository.ExemplarLine;
import vn.laichau.thidua.recognition.Delegate;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * R11, R12 at reportResults: the named honours, proposals and delegates, checked line by line at their boundaries,
 * the counts taken from the lists, and the lists stored per campaign and unit.
 */
class ExemplarsAndDelegatesTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Autowired
  CongressContentRepository content;

  static final String HONOURS = """
      [{"name": "Nguyễn Văn An", "type": "INDIVIDUAL", "recognition": "GIAY_KHEN_CAP_XA_CA_NHAN",
        "achievement": "Dẫn đầu phong trào xây dựng nông thôn mới"},
       {"name": "Lò Thị Bình", "type": "INDIVIDUAL", "recognition": "LAO_DONG_TIEN_TIEN",
        "achievement": "Hoàn thành xuất sắc nhiệm vụ năm 2024"},
       {"name": "Bản Nà Khum", "type": "COLLECTIVE", "recognition": "GIAY_KHEN_CAP_XA_TAP_THE",
        "achievement": "Bản văn hoá tiêu biểu"}]""";
  static final String PROPOSALS = """
      [{"name": "Nguyễn Văn An", "type": "INDIVIDUAL", "recognition": "BANG_KHEN_TINH_CA_NHAN",
        "achievement": "Năm năm liền dẫn đầu phong trào"}]""";
  static final String DELEGATES = """
      [{"fullName": "Nguyễn Văn An", "birthYear": 1980, "gender": "NAM", "ethnicity": "Kinh",
        "position": "Chủ tịch Hội Nông dân xã"},
       {"fullName": "Lò Thị Bình", "birthYear": 2007, "gender": "NU", "ethnicity": "Thái",
        "position": "Giáo viên Trường Tiểu học xã"}]""";

  @Test
  void namedListsGiveTheCountsAndAreStoredForTheCampaignAndUnit() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);

    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 60,
        "honours", HONOURS, "proposals", Spin.JSON(PROPOSALS), "delegateList", DELEGATES, UPPER_DELEGATES, 2));

    assertThat(congress).isEnded();
    assertThat(given(congress)).containsEntry(COMMENDED_INDIVIDUALS, 2)
        .containsEntry(COMMENDED_COLLECTIVES, 1).containsEntry(UPPER_DELEGATES, 2);
    JsonNode kept = taskCompletions.lastGiven(congress.getId(), TASK_REPORT_RESULTS, "delegateList").orElseThrow();
    assertThat(kept).hasSize(2);
    assertThat(kept.get(1).get("birthYear").intValue()).isEqualTo(2007);
    String unit = congress.getBusinessKey();
    assertThat(content.exemplars(calendar.defaultCampaignId(), unit)).containsExactly(
        new ExemplarLine(unit, "HONOUR", 1, "Nguyễn Văn An", Beneficiary.INDIVIDUAL, "GIAY_KHEN_CAP_XA_CA_NHAN",
            "Dẫn đầu phong trào xây dựng nông thôn mới"),
        new ExemplarLine(unit, "HONOUR", 2, "Lò Thị Bình", Beneficiary.INDIVIDUAL, "LAO_DONG_TIEN_TIEN",
            "Hoàn thành xuất sắc nhiệm vụ năm 2024"),
        new ExemplarLine(unit, "HONOUR", 3, "Bản Nà Khum", Beneficiary.COLLECTIVE, "GIAY_KHEN_CAP_XA_TAP_THE",
            "Bản văn hoá tiêu biểu"),
        new ExemplarLine(unit, "PROPOSAL", 1, "Nguyễn Văn An", Beneficiary.INDIVIDUAL, "BANG_KHEN_TINH_CA_NHAN",
            "Năm năm liền dẫn đầu phong trào"));
    assertThat(content.delegates(calendar.defaultCampaignId(), unit)).containsExactly(
        new DelegateLine(unit, 1, "Nguyễn Văn An", 1980, Delegate.Gender.NAM, "Kinh", "Chủ tịch Hội Nông dân xã"),
        new DelegateLine(unit, 2, "Lò Thị Bình", 2007, Delegate.Gender.NU, "Thái", "Giáo viên Trường Tiểu học xã"));
  }

  @Test
  void aCommuneMayNotAwardWhatTheProvinceDecidesButMayProposeIt() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);
    String provincial = """
        [{"name": "Nguyễn Văn An", "type": "INDIVIDUAL", "recognition": "BANG_KHEN_TINH_CA_NHAN", "achievement": "x"}]""";
    String own = """
        [{"name": "Lò Thị Bình", "type": "INDIVIDUAL", "recognition": "LAO_DONG_TIEN_TIEN", "achievement": "y"}]""";

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), counts().putValue("honours", provincial)
        .putValue("proposals", own))).getViolations()).containsExactly(
        "R11 – Danh sách được khen thưởng (honours), dòng 1: «Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)» do"
            + " cấp tỉnh quyết định; Đại hội cấp cơ sở chỉ tự khen thưởng những gì cấp cơ sở quyết định, hãy đưa vào"
            + " danh sách đề nghị cấp trên (proposals).",
        "R11 – Danh sách đề nghị cấp trên khen thưởng (proposals), dòng 1: «Danh hiệu “Lao động tiên tiến”» do cấp cơ"
            + " sở quyết định, không phải cấp trên của Đại hội cấp cơ sở; không đề nghị cấp trên, hãy đưa vào danh sách"
            + " được khen thưởng (honours).");
    assertThat(congress).isWaitingAt(TASK_REPORT_RESULTS);
    assertThat(content.exemplars(calendar.defaultCampaignId(), congress.getBusinessKey())).isEmpty();

    complete(task(TASK_REPORT_RESULTS, congress), counts().putValue("honours", own).putValue("proposals", provincial)
        .putValue(COMMENDED_INDIVIDUALS, 1));
    assertThat(congress).isEnded();
  }

  @Test
  void aDistrictLevelCongressAwardsItsOwnLevelAndProposesOnlyHigher() {
    Unit agency = driver.agency(UnitKind.CIVIL, 80);
    ProcessInstance congress = heldOn(agency, LocalDate.of(2025, 5, 20));
    String chienSiCoSo = """
        [{"name": "Trần Văn Cường", "type": "INDIVIDUAL", "recognition": "CHIEN_SI_THI_DUA_CO_SO", "achievement": "x"}]""";
    String laoDongTienTien = """
        [{"name": "Trần Văn Cường", "type": "INDIVIDUAL", "recognition": "LAO_DONG_TIEN_TIEN", "achievement": "x"}]""";

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), counts("2025-05-20")
        .putValue("honours", laoDongTienTien).putValue("proposals", chienSiCoSo))).getViolations()).containsExactly(
        "R11 – Danh sách được khen thưởng (honours), dòng 1: «Danh hiệu “Lao động tiên tiến”» do cấp cơ sở quyết"
            + " định; Đại hội cấp sở, ngành, huyện chỉ tự khen thưởng những gì cấp sở, ngành, huyện quyết định.",
        "R11 – Danh sách đề nghị cấp trên khen thưởng (proposals), dòng 1: «Danh hiệu “Chiến sĩ thi đua cơ sở”» do cấp"
            + " sở, ngành, huyện quyết định, không phải cấp trên của Đại hội cấp sở, ngành, huyện; không đề nghị cấp"
            + " trên, hãy đưa vào danh sách được khen thưởng (honours).");

    complete(task(TASK_REPORT_RESULTS, congress), counts("2025-05-20").putValue("honours", chienSiCoSo)
        .putValue(COMMENDED_INDIVIDUALS, 1));
    assertThat(congress).isEnded();
  }

  @Test
  void everyBrokenLineIsNamedWithItsField() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);
    String honours = """
        [{"name": "Nguyễn Văn An", "type": "INDIVIDUAL", "recognition": "GIAY_KHEN_CAP_XA_CA_NHAN", "achievement": "x"},
         {"name": " ", "type": "COLLECTIVE", "recognition": "GIAY_KHEN_CAP_XA_CA_NHAN", "achievement": ""},
         {"name": "Bản Nà Khum", "type": "TAP_THE", "recognition": "HUY_CHUONG", "achievement": "z"}]""";
    String delegates = """
        [{"fullName": "", "birthYear": 1920, "gender": "NAM", "ethnicity": "Kinh", "position": "Bí thư"},
         {"fullName": "Lò Văn Dũng", "birthYear": 1919, "gender": "Nam", "ethnicity": " ", "position": ""},
         {"fullName": "Lò Thị En", "birthYear": 2008, "gender": "NU", "ethnicity": "Thái", "position": "Đoàn viên"},
         {"fullName": "Lò Thị Phương", "birthYear": "năm 1990", "gender": "NU", "ethnicity": "Thái", "position": "GV"}]""";

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), counts()
        .putValue("honours", honours).putValue("delegateList", delegates))).getViolations()).containsExactly(
        "R11 – Danh sách được khen thưởng (honours), dòng 2: chưa nhập tên cá nhân, tập thể (name).",
        "R11 – Danh sách được khen thưởng (honours), dòng 2: «Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã, Giám đốc"
            + " doanh nghiệp (cá nhân)» dành cho cá nhân, không dành cho tập thể (type).",
        "R11 – Danh sách được khen thưởng (honours), dòng 2: chưa nhập thành tích (achievement).",
        "R11 – Danh sách được khen thưởng (honours), dòng 3: loại (type) «TAP_THE» phải là INDIVIDUAL (cá nhân) hoặc"
            + " COLLECTIVE (tập thể).",
        "R11 – Danh sách được khen thưởng (honours), dòng 3: danh hiệu, hình thức khen thưởng (recognition)"
            + " «HUY_CHUONG» không có trong danh mục khen thưởng.",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 1: chưa nhập họ và tên (fullName).",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 2: năm sinh (birthYear) 1919 phải từ 1920"
            + " đến 2007 (đại biểu từ 18 tuổi trở lên).",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 2: giới tính (gender) «Nam» phải là NAM"
            + " hoặc NU.",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 2: chưa nhập dân tộc (ethnicity).",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 2: chưa nhập chức vụ, đơn vị công tác"
            + " (position).",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 3: năm sinh (birthYear) 2008 phải từ 1920"
            + " đến 2007 (đại biểu từ 18 tuổi trở lên).",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 4: năm sinh (birthYear) «năm 1990» không"
            + " phải là một năm.");
    assertThat(congress).isWaitingAt(TASK_REPORT_RESULTS);
    assertThat(content.delegates(calendar.defaultCampaignId(), congress.getBusinessKey())).isEmpty();
  }

  @Test
  void aCountThatDiffersFromItsListIsRefused() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20",
        ATTENDANCE, 60, "honours", HONOURS, COMMENDED_INDIVIDUALS, 3, COMMENDED_COLLECTIVES, 0,
        "delegateList", DELEGATES, UPPER_DELEGATES, 1))).getViolations()).containsExactly(
        "R9 – Số tập thể được khen thưởng (commendedCollectives) là 0 nhưng danh sách được khen thưởng (honours) có 1"
            + " tập thể.",
        "R9 – Số cá nhân được khen thưởng (commendedIndividuals) là 3 nhưng danh sách được khen thưởng (honours) có 2"
            + " cá nhân.",
        "R9 – Số đại biểu đi dự Đại hội cấp trên (upperDelegates) là 1 nhưng danh sách đại biểu (delegateList) có 2"
            + " người.");

    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 60,
        "honours", HONOURS, COMMENDED_INDIVIDUALS, 2, COMMENDED_COLLECTIVES, 1, "delegateList", "[]",
        UPPER_DELEGATES, 0));
    assertThat(congress).isEnded();
    assertThat(given(congress)).containsEntry(UPPER_DELEGATES, 0);
  }

  @Test
  void aListThatIsNotAJsonArrayOfLinesIsRefused() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), counts()
        .putValue("delegateList", "{\"fullName\": \"Nguyễn Văn An\"}").putValue("honours", "[\"Nguyễn Văn An\"]")))
        .getViolations()).containsExactly(
        "R11 – Danh sách được khen thưởng (honours) phải là một danh sách JSON, mỗi dòng một đối tượng {…}.",
        "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList) phải là một danh sách JSON, mỗi dòng một đối"
            + " tượng {…}.");
  }

  @Test
  void listsTypedInTheFormOneLineAPersonAreReadAsTheirJsonArrays() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);
    String honours = "Nguyễn Văn An; cá nhân; Danh hiệu \"Lao động tiên tiến\"; Hoàn thành xuất sắc nhiệm vụ\n"
        + "\n"
        + "Bản Nà Khum\ttập thể\tGIAY_KHEN_CAP_XA_TAP_THE\tBản văn hoá; đoàn kết\n";
    String delegates = "Lò Văn Dũng; 1980; Nam; Thái; Chủ tịch Hội Nông dân xã\r\n"
        + "Lò Thị En; 1990; nữ; Thái; Giáo viên; Trường Tiểu học\n";

    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 60,
        "honours", honours, "delegateList", delegates));

    String unit = congress.getBusinessKey();
    assertThat(congress).isEnded();
    assertThat(given(congress)).containsEntry(COMMENDED_INDIVIDUALS, 1)
        .containsEntry(COMMENDED_COLLECTIVES, 1).containsEntry(UPPER_DELEGATES, 2);
    assertThat(content.exemplars(calendar.defaultCampaignId(), unit)).extracting(ExemplarLine::line,
        ExemplarLine::recognition, ExemplarLine::achievement).containsExactly(
        tuple(1, "LAO_DONG_TIEN_TIEN", "Hoàn thành xuất sắc nhiệm vụ"),
        tuple(2, "GIAY_KHEN_CAP_XA_TAP_THE", "Bản văn hoá; đoàn kết"));
    assertThat(content.delegates(calendar.defaultCampaignId(), unit)).containsExactly(
        new DelegateLine(unit, 1, "Lò Văn Dũng", 1980, Delegate.Gender.NAM, "Thái", "Chủ tịch Hội Nông dân xã"),
        new DelegateLine(unit, 2, "Lò Thị En", 1990, Delegate.Gender.NU, "Thái", "Giáo viên; Trường Tiểu học"));
  }

  @Test
  void aTypedLineIsNamedByTheLineThePersonSees() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), counts()
        .putValue("delegateList", "Lò Văn Dũng; 1980; Nam; Thái; Chủ tịch\n\nLò Thị En; 1990; Nữ"))).getViolations())
        .containsExactly(
            "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 3: chưa nhập dân tộc (ethnicity).",
            "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 3: chưa nhập chức vụ, đơn vị công"
                + " tác (position).");
  }

  @Test
  void theFormListsWhatTheCongressAwardsAndWhatItProposes() {
    ProcessInstance congress = heldOn(driver.commune(80), MEETING);

    // read as Tasklist reads the results form: the guidance is computed then, never stored on the task
    var form = engine.getFormService().getTaskFormVariables(task(TASK_REPORT_RESULTS, congress).getId());
    String honourLabel = (String) form.get("honourRecognitionsLabel");
    String proposalLabel = (String) form.get("proposalRecognitionsLabel");
    assertThat(honourLabel).contains("- Danh hiệu “Lao động tiên tiến” (cá nhân, do cấp cơ sở quyết định)")
        .doesNotContain("Bằng khen");
    assertThat(proposalLabel).contains("- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)")
        .contains("Huân chương Lao động hạng Ba (cá nhân)").doesNotContain("Lao động tiên tiến”");
  }

  /** Approved and held on that day; the clock stays on the meeting day. */
  private ProcessInstance heldOn(Unit unit, LocalDate meeting) {
    ProcessInstance congress = driver.start(unit);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(unit, meeting));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    CongressDriver.clockAt(meeting, 14, 0);
    execute(job("meetingDayReached", congress));
    return congress;
  }

  private static VariableMap counts() {
    return counts("2025-02-20");
  }

  private static VariableMap counts(String heldOn) {
    return Variables.createVariables().putValue(HELD_ON, heldOn).putValue(ATTENDANCE, 50)
        .putValue(COMMENDED_COLLECTIVES, 0).putValue(COMMENDED_INDIVIDUALS, 0).putValue(UPPER_DELEGATES, 0);
  }
}
