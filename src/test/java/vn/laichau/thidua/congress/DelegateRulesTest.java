package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.thidua.congress.rules.DelegateQuota;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/** R3 at its boundaries: full assembly or delegates, the caps, 70% rounded half up, the province's 450 ± 45. */
class DelegateRulesTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Test
  void communeWith299StaffHoldsFullAssembly() {
    ProcessInstance congress = submit(driver.commune(299), null);

    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables()
        .containsEntry(MEETING_FORM, "FULL_ASSEMBLY").containsEntry(DELEGATE_COUNT, 299);
  }

  @Test
  void fullAssemblyDelegateCountIsTheStaffCount() {
    Unit commune = driver.commune(299);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 200)));
    assertThat(refusal.getViolations()).containsExactly("R3 – Đơn vị có 299 cán bộ, công chức, viên chức, người lao "
        + "động tổ chức hội nghị toàn thể: số đại biểu phải là 299, không phải 200.");

    complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 299));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void communeWith300StaffHoldsDelegateConference() {
    Unit commune = driver.commune(300);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException missing = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, null)));
    assertThat(missing.getViolations()).containsExactly("R3 – Chưa nhập số đại biểu (delegateCount).");

    complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 200));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables()
        .containsEntry(MEETING_FORM, "DELEGATES").containsEntry(DELEGATE_COUNT, 200);
  }

  @Test
  void communeWith301StaffMayInviteAtMost200Delegates() {
    Unit commune = driver.commune(301);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 201)));
    assertThat(refusal.getViolations()).containsExactly("R3 – Số đại biểu 201 vượt quá mức tối đa 200 của hội nghị "
        + "đại biểu (đơn vị có 301 cán bộ, công chức, viên chức, người lao động).");

    complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 200));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);
  }

  @Test
  void enterpriseWith350StaffIsRefused250Delegates() {
    Unit enterprise = driver.enterprise(350);
    ProcessInstance congress = driver.start(enterprise);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(enterprise, 250)));
    assertThat(refusal).hasMessage("R3 – Số đại biểu 250 vượt quá mức tối đa 200 của hội nghị đại biểu (đơn vị có "
        + "350 cán bộ, công chức, viên chức, người lao động).");
  }

  @Test
  void delegateConferenceNeedsAtLeastOneDelegate() {
    Unit commune = driver.commune(400);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 0)));
    assertThat(refusal.getViolations()).singleElement().asString()
        .startsWith("R3 – Số đại biểu 0 ít hơn mức tối thiểu 1");
  }

  /** The expectations come from the same table the process uses; the pinned numbers are the next test. */
  @ParameterizedTest(name = "sở, ngành, huyện có {0} người")
  @ValueSource(ints = {99, 100, 105, 285, 286, 299, 300, 428, 429, 430})
  void departmentDelegatesAreCappedAtSeventyPercentRoundedHalfUp(int staff) {
    Unit agency = driver.agency(UnitKind.CIVIL, staff);
    DelegateQuota quota = rules.delegateQuota(Level.SO_NGANH_HUYEN, staff).orElseThrow();
    ProcessInstance congress = driver.start(agency);

    if (quota.isFullAssembly()) {
      complete(task(TASK_DRAFT_PLAN, congress), dossier(agency, null));
      assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(DELEGATE_COUNT, staff);
      return;
    }
    int max = quota.maxDelegates();
    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(agency, max + 1)));
    assertThat(refusal.getViolations()).singleElement().asString()
        .startsWith("R3 – Số đại biểu " + (max + 1) + " vượt quá mức tối đa " + max + " ");
    complete(task(TASK_DRAFT_PLAN, congress), dossier(agency, max));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(DELEGATE_COUNT, max);
  }

  /** R3 in numbers: the table and the rounding give what the plan says. */
  @ParameterizedTest(name = "N = {0} → {1}, tối đa {2}")
  @CsvSource({
      "99, FULL_ASSEMBLY, 99",
      "100, DELEGATES, 70",
      "105, DELEGATES, 74",
      "285, DELEGATES, 200",
      "286, DELEGATES, 200",
      "299, DELEGATES, 200",
      "300, DELEGATES, 210",
      "428, DELEGATES, 300",
      "429, DELEGATES, 300",
      "430, DELEGATES, 300"})
  void departmentQuotaTableGivesThePlansNumbers(int staff, MeetingForm form, int max) {
    DelegateQuota quota = rules.delegateQuota(Level.SO_NGANH_HUYEN, staff).orElseThrow();

    assertThat(quota.meetingForm()).isEqualTo(form);
    assertThat(quota.maxDelegates()).isEqualTo(max);
  }

  @Test
  void seventyPercentRefusalExplainsTheRoundingAndTheCap() {
    Unit agency = driver.agency(UnitKind.CIVIL, 105);
    ProcessInstance congress = driver.start(agency);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(agency, 75)));
    assertThat(refusal).hasMessage("R3 – Số đại biểu 75 vượt quá mức tối đa 74 của hội nghị đại biểu (70% của 105 "
        + "cán bộ, công chức, viên chức, người lao động, làm tròn; không quá 200).");
  }

  @Test
  void provinceHoldsAbout450DelegatesWithin405To495() {
    Unit province = registry.find("12").orElseThrow();
    DelegateQuota quota = rules.delegateQuota(Level.TINH, province.staffCount()).orElseThrow();
    assertThat(quota.minDelegates()).isEqualTo(405);
    assertThat(quota.maxDelegates()).isEqualTo(495);
    ProcessInstance congress = driver.start(province);

    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(province, 404))).getViolations())
        .singleElement().asString().startsWith("R3 – Số đại biểu 404 ít hơn mức tối thiểu 405");
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(province, 496))).getViolations())
        .singleElement().asString().startsWith("R3 – Số đại biểu 496 vượt quá mức tối đa 495");
    complete(task(TASK_DRAFT_PLAN, congress), dossier(province, 405));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false, REVIEW_COMMENT, "Bổ sung đại biểu."));
    complete(task(TASK_DRAFT_PLAN, congress), dossier(province, 495));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(DELEGATE_COUNT, 495);
  }

  @Test
  void unitDeclaresItsStaffCountWhenTheRegistryHasNoneAndTheRegistryStaysUnchanged() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException missing = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, null)));
    assertThat(missing.getViolations()).singleElement().asString()
        .startsWith("R3 – Danh sách đơn vị chưa có số cán bộ, công chức, viên chức, người lao động của đơn vị");
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isNull();

    VariableMap dossier = dossier(commune, null).putValue(STAFF_COUNT, 250);
    complete(task(TASK_DRAFT_PLAN, congress), dossier);
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables()
        .containsEntry(STAFF_COUNT, 250).containsEntry(DELEGATE_COUNT, 250).containsEntry(STAFF_COUNT_GIVEN_BY_UNIT, true);
    // a declaration for the reviewer to accept or return: only Sở Nội vụ changes the registry
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isNull();
  }

  @Test
  void unitCorrectsTheStaffCountItGaveAfterAReturn() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);
    complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, null).putValue(STAFF_COUNT, 250));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false,
        REVIEW_COMMENT, "Số cán bộ chưa đúng, xã có 320 người."));

    complete(task(TASK_DRAFT_PLAN, congress), dossier(commune, 150).putValue(STAFF_COUNT, 320));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables()
        .containsEntry(MEETING_FORM, "DELEGATES").containsEntry(DELEGATE_COUNT, 150).containsEntry(STAFF_COUNT, 320);
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isNull();
  }

  @Test
  void registryStaffCountCannotBeChangedWithTheDossier() {
    Unit commune = driver.commune(120);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        dossier(commune, null).putValue(STAFF_COUNT, 90)));
    assertThat(refusal.getViolations()).singleElement().asString()
        .startsWith("R3 – Danh sách đơn vị ghi đơn vị có 120 cán bộ");
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isEqualTo(120);
  }

  @Test
  void staffCountBelowOneIsRefused() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        dossier(commune, null).putValue(STAFF_COUNT, 0)));
    assertThat(refusal.getViolations()).containsExactly(
        "R3 – Số cán bộ, công chức, viên chức, người lao động phải từ 1 trở lên (đã nhập 0).");
  }

  /** A valid dossier with this delegate count ({@code null}: left out). */
  private VariableMap dossier(Unit unit, Integer delegates) {
    VariableMap dossier = driver.validDossier(unit, MEETING);
    dossier.remove(DELEGATE_COUNT);
    if (delegates != null) {
      dossier.putValue(DELEGATE_COUNT, delegates);
    }
    return dossier;
  }

  private ProcessInstance submit(Unit unit, Integer delegates) {
    ProcessInstance congress = driver.start(unit.code(), Map.of());
    complete(task(TASK_DRAFT_PLAN, congress), dossier(unit, delegates));
    return congress;
  }
}
