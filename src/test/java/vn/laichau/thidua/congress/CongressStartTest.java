package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/** The start of a congress (CONTRACT: start variables) and its refusals, which leave nothing behind. */
class CongressStartTest extends CongressTestBase {

  @Test
  void unknownUnitIsRefusedAndNothingIsCreated() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS).count();

    RuleViolationException refusal = refusalOf(() -> driver.start("KHONG-CO", Map.of()));

    assertThat(refusal).hasMessage("R1 – Không có đơn vị mã «KHONG-CO» trong danh sách đơn vị.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("KHONG-CO").count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS).count()).isEqualTo(before);
  }

  @Test
  void startWithoutUnitCodeIsRefused() {
    RuleViolationException refusal = refusalOf(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.CONGRESS));

    assertThat(refusal).hasMessage("R1 – Chưa có mã đơn vị (unitCode).");
  }

  @Test
  void retiredUnitIsRefused() {
    Unit retired = registry.save(new Unit(driver.commune(50).code(), "Xã đã sáp nhập", Level.CO_SO, UnitKind.CIVIL,
        50, "106", null, false));

    assertThat(refusalOf(() -> driver.start(retired))).hasMessageContaining("đã ngừng hoạt động");
  }

  @Test
  void secondRunningCongressOfTheSameUnitIsRefused() {
    Unit commune = driver.commune(80);
    ProcessInstance first = driver.start(commune);

    RuleViolationException refusal = refusalOf(() -> driver.start(commune));
    assertThat(refusal).hasMessage("R1 – Đơn vị «" + commune.name() + "» (mã " + commune.code()
        + ") đã có một Đại hội đang chuẩn bị trong đợt thi đua LAICHAU-2025.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(commune.code())
        .count()).isEqualTo(1);

    engine.getRuntimeService().deleteProcessInstance(first.getId(), "bắt đầu lại");
    assertThat(driver.start(commune)).isWaitingAt(TASK_DRAFT_PLAN);
  }

  @Test
  void startDeadlineOverridesTheCalendarForThisUnitAlone() {
    Unit commune = driver.commune(80);
    Unit neighbour = driver.commune(80);

    ProcessInstance congress = driver.start(commune.code(), Map.of(DEADLINE, "2025-03-15"));
    ProcessInstance other = driver.start(neighbour);

    assertThat(congress).variables().containsEntry(DEADLINE, "2025-03-15");
    assertThat(facts.of(congress.getId()).originalDeadline()).isEqualTo("2025-03-15");
    assertThat(facts.of(congress.getId()).deadlineDue()).isEqualTo(Date.from(Instant.parse("2025-03-15T17:00:00Z")));
    assertThat(job("deadlinePassed", congress).getDuedate()).isEqualTo(Date.from(Instant.parse("2025-03-15T17:00:00Z")));
    assertThat(other).variables().containsEntry(DEADLINE, "2025-03-31");
  }

  @Test
  void malformedStartDeadlineIsRefused() {
    Unit commune = driver.commune(80);

    assertThat(refusalOf(() -> driver.start(commune.code(), Map.of(DEADLINE, "31/03/2025"))))
        .hasMessage("R7 – Thời hạn «31/03/2025» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
  }

  @Test
  void unknownCampaignIsRefused() {
    Unit commune = driver.commune(80);

    assertThat(refusalOf(() -> driver.start(commune.code(), Map.of(CAMPAIGN_ID, "LAICHAU-2030"))))
        .hasMessage("R7 – Không có đợt thi đua «LAICHAU-2030».");
  }

  @Test
  void businessKeyIsTheUnitCode() {
    Unit commune = driver.commune(80);

    ProcessInstance withoutKey = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS,
        Variables.createVariables().putValue(UNIT_CODE, commune.code()));
    assertThat(withoutKey).hasBusinessKey(commune.code());

    Unit other = driver.commune(80);
    assertThat(refusalOf(() -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, "SAI-MA",
        Variables.createVariables().putValue(UNIT_CODE, other.code()))))
        .hasMessage("R1 – Khóa nghiệp vụ «SAI-MA» phải là mã đơn vị «" + other.code() + "».");
  }

  @Test
  void agencyIsReviewedBySoNoiVu() {
    Unit police = registry.find("CONG-AN-TINH").orElseThrow();

    ProcessInstance congress = driver.start(police);

    assertThat(congress).variables()
        .containsEntry(STAFF_COUNT, police.staffCount()).containsEntry(DEADLINE, "2025-06-30");
    Congress known = facts.of(congress.getId());
    assertThat(known.level()).isEqualTo(Level.SO_NGANH_HUYEN);
    assertThat(known.kind()).isEqualTo(UnitKind.POLICE);
    assertThat(known.reviewerGroup()).isEqualTo("so-noi-vu");
    assertThat(known.districtCode()).isNull();
    assertThat(known.staffCount()).isEqualTo(police.staffCount());
  }
}
