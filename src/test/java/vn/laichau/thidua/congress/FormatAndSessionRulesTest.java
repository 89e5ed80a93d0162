package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.laichau.thidua.congress.CongressFormat.*;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/** R2 (formats, with the military and police reading), R8 (pilot communes) and R4 (sessions). */
class FormatAndSessionRulesTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Test
  void formatTableMatchesTheRuleBook() {
    assertThat(rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, false)).containsExactly(
        HOI_NGHI_TUYEN_DUONG_DIEN_HINH, HOI_NGHI_NGUOI_TOT_VIEC_TOT, HOI_NGHI_LAO_DONG_GIOI, DAI_HOI_THI_DUA_YEU_NUOC);
    assertThat(rules.allowedFormats(Level.CO_SO, UnitKind.ENTERPRISE, false))
        .isEqualTo(rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, false));
    assertThat(rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, true)).containsExactly(
        HOI_NGHI_TUYEN_DUONG_DIEN_HINH, HOI_NGHI_NGUOI_TOT_VIEC_TOT);
    assertThat(rules.allowedFormats(Level.SO_NGANH_HUYEN, UnitKind.CIVIL, false)).containsExactly(
        DAI_HOI_THI_DUA_YEU_NUOC, HOI_NGHI_DIEN_HINH_TIEN_TIEN);
    assertThat(rules.allowedFormats(Level.SO_NGANH_HUYEN, UnitKind.MILITARY, false)).containsExactly(
        DAI_HOI_THI_DUA_YEU_NUOC, DAI_HOI_QUYET_THANG, HOI_NGHI_DIEN_HINH_TIEN_TIEN);
    assertThat(rules.allowedFormats(Level.SO_NGANH_HUYEN, UnitKind.POLICE, false)).containsExactly(
        DAI_HOI_THI_DUA_YEU_NUOC, DAI_HOI_VI_AN_NINH_TO_QUOC, HOI_NGHI_DIEN_HINH_TIEN_TIEN);
    assertThat(rules.allowedFormats(Level.SO_NGANH_HUYEN, UnitKind.CIVIL, true))
        .as("the provincial pilots hold a congress or a conference of advanced examples")
        .containsExactly(DAI_HOI_THI_DUA_YEU_NUOC, HOI_NGHI_DIEN_HINH_TIEN_TIEN);
    assertThat(rules.allowedFormats(Level.TINH, UnitKind.CIVIL, false)).containsExactly(DAI_HOI_THI_DUA_YEU_NUOC);
  }

  @Test
  void communeMayHoldAConferenceOfGoodWorkers() {
    Unit commune = driver.commune(80);

    ProcessInstance congress = submitWith(commune, FORMAT, HOI_NGHI_LAO_DONG_GIOI.name());

    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(FORMAT, "HOI_NGHI_LAO_DONG_GIOI");
  }

  @Test
  void communeMayNotHoldADepartmentsFormat() {
    Unit commune = driver.commune(80);

    RuleViolationException refusal = refusedWith(commune, FORMAT, HOI_NGHI_DIEN_HINH_TIEN_TIEN.name());

    assertThat(refusal.getViolations()).singleElement().asString()
        .startsWith("R2 – Hình thức «Hội nghị điển hình tiên tiến» không được phép đối với đơn vị cấp cơ sở")
        .contains("«Hội nghị tuyên dương điển hình tiên tiến»", "«Đại hội Thi đua yêu nước»");
  }

  @Test
  void pilotCommuneHoldsOnlyThePilotFormats() {
    registry.updateStaffCount("03394", 40);
    Unit pilot = registry.find("03394").orElseThrow();
    assertThat(calendar.isPilot(calendar.defaultCampaignId(), pilot.code())).isTrue();
    assertThat(calendar.lastDay(calendar.defaultCampaignId(), pilot)).isEqualTo(LocalDate.of(2025, 2, 28));

    RuleViolationException refusal = refusedWith(pilot, FORMAT, DAI_HOI_THI_DUA_YEU_NUOC.name());
    assertThat(refusal.getViolations()).singleElement().asString()
        .startsWith("R8 – Hình thức «Đại hội Thi đua yêu nước» không được phép đối với đơn vị chỉ đạo điểm");

    ProcessInstance congress = submitWith(pilot, FORMAT, HOI_NGHI_NGUOI_TOT_VIEC_TOT.name());
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void onlyMilitaryUnitsHoldQuyetThang() {
    Unit military = driver.agency(UnitKind.MILITARY, 400);
    Unit police = driver.agency(UnitKind.POLICE, 400);
    Unit civil = driver.agency(UnitKind.CIVIL, 400);

    assertThat(submitWith(military, FORMAT, DAI_HOI_QUYET_THANG.name())).isWaitingAt(TASK_REVIEW_DOSSIER);
    assertThat(refusedWith(police, FORMAT, DAI_HOI_QUYET_THANG.name()).getViolations()).singleElement().asString()
        .startsWith("R2 – Hình thức «Đại hội Thi đua Quyết thắng» không được phép")
        .contains("thuộc lực lượng công an");
    assertThat(refusedWith(civil, FORMAT, DAI_HOI_QUYET_THANG.name()).getViolations()).hasSize(1);
  }

  @Test
  void onlyPoliceUnitsHoldViAnNinhToQuoc() {
    Unit police = driver.agency(UnitKind.POLICE, 400);
    Unit military = driver.agency(UnitKind.MILITARY, 400);

    assertThat(submitWith(police, FORMAT, DAI_HOI_VI_AN_NINH_TO_QUOC.name())).isWaitingAt(TASK_REVIEW_DOSSIER);
    assertThat(refusedWith(military, FORMAT, DAI_HOI_VI_AN_NINH_TO_QUOC.name()).getViolations())
        .singleElement().asString().contains("thuộc lực lượng quân đội");
  }

  @Test
  void provinceHoldsOnlyItsPatrioticEmulationCongress() {
    Unit province = registry.find("12").orElseThrow();

    assertThat(refusedWith(province, FORMAT, HOI_NGHI_DIEN_HINH_TIEN_TIEN.name()).getViolations())
        .singleElement().asString().startsWith("R2 – ").contains("Được chọn: «Đại hội Thi đua yêu nước».");
  }

  @Test
  void unknownOrMissingFormatIsRefused() {
    Unit commune = driver.commune(80);

    assertThat(refusedWith(commune, FORMAT, "HOI_CHO").getViolations()).singleElement().asString()
        .startsWith("R2 – Không có hình thức «HOI_CHO».");
    assertThat(refusedWith(commune, FORMAT, "").getViolations()).singleElement().asString()
        .startsWith("R2 – Chưa chọn hình thức tổ chức.");
  }

  @Test
  void communeMeetsForOneSessionMorningOrAfternoon() {
    assertThat(rules.allowedSessions(Level.CO_SO)).containsExactly(Session.MORNING, Session.AFTERNOON);
    assertThat(rules.allowedSessions(Level.SO_NGANH_HUYEN)).containsExactly(Session.MORNING, Session.AFTERNOON);
    Unit commune = driver.commune(80);

    assertThat(refusedWith(commune, SESSION, "FULL_DAY").getViolations()).containsExactly(
        "R4 – Thời gian «Cả ngày» không phù hợp với cấp cơ sở (xã, phường, thị trấn, doanh nghiệp thuộc tỉnh). "
            + "Được chọn: «Buổi sáng», «Buổi chiều».");
    assertThat(submitWith(commune, SESSION, "AFTERNOON")).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void departmentMeetsForOneSession() {
    Unit agency = driver.agency(UnitKind.CIVIL, 60);

    assertThat(refusedWith(agency, SESSION, "FULL_DAY").getViolations()).singleElement().asString()
        .startsWith("R4 – ");
    assertThat(submitWith(agency, SESSION, "MORNING")).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void provinceMeetsForAFullDay() {
    assertThat(rules.allowedSessions(Level.TINH)).containsExactly(Session.FULL_DAY);
    Unit province = registry.find("12").orElseThrow();

    assertThat(refusedWith(province, SESSION, "MORNING").getViolations()).containsExactly(
        "R4 – Thời gian «Buổi sáng» không phù hợp với cấp tỉnh. Được chọn: «Cả ngày».");
    assertThat(submitWith(province, SESSION, "FULL_DAY")).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void unknownOrMissingSessionIsRefused() {
    Unit commune = driver.commune(80);

    assertThat(refusedWith(commune, SESSION, "EVENING").getViolations()).singleElement().asString()
        .startsWith("R4 – Không có thời gian tổ chức «EVENING».");
    assertThat(refusedWith(commune, SESSION, null).getViolations()).singleElement().asString()
        .startsWith("R4 – Chưa chọn thời gian tổ chức.");
  }

  /** Starts a congress and submits a valid dossier changed in one variable; the congress stays for the caller. */
  private ProcessInstance submitWith(Unit unit, String variable, Object value) {
    ProcessInstance congress = driver.start(unit);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(unit, MEETING).putValue(variable, value));
    return congress;
  }

  /** The refusal of a valid dossier changed in one variable; the refused congress is deleted. */
  private RuleViolationException refusedWith(Unit unit, String variable, Object value) {
    ProcessInstance congress = driver.start(unit);
    try {
      return refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
          driver.validDossier(unit, MEETING).putValue(variable, value)));
    } finally {
      engine.getRuntimeService().deleteProcessInstance(congress.getId(), "refusal tested");
    }
  }
}
