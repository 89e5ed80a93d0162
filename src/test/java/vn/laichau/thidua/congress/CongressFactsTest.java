package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.laichau.thidua.ProcessKeys.TASK_DRAFT_PLAN;
import static vn.laichau.thidua.ProcessKeys.TASK_REVIEW_DOSSIER;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.congress.rules.DelegateQuota;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * What a congress knows of its unit is read from the registry when a step needs it, not copied at the start: a staff
 * count Sở Nội vụ enters after the start is the one the congress decides with. What the server
 * did not start as a congress has no facts.
 */
class CongressFactsTest extends CongressTestBase {

  @Test
  void theRegistryIsReadWhenAStepNeedsItNotAtTheStart() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);
    assertThat(facts.of(congress.getId()).staffCount()).isNull();

    Unit entered = registry.save(commune.withStaffCount(320));

    Congress known = facts.of(congress.getId());
    assertThat(known.staffCount()).isEqualTo(320);
    DelegateQuota quota = rules.delegateQuota(Level.CO_SO, 320).orElseThrow();
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(entered, LocalDate.of(2025, 2, 20)));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables()
        .containsEntry(MEETING_FORM, quota.meetingForm().name()).containsEntry(STAFF_COUNT, 320)
        .doesNotContainEntry(STAFF_COUNT_GIVEN_BY_UNIT, true);
  }

  @Test
  void aProcessTheServerDidNotStartAsACongressHasNoFacts() {
    assertThat(facts.find("not-a-congress")).isEmpty();
  }
}
