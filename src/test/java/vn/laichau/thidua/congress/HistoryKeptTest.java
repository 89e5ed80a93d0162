package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static vn.laichau.thidua.ProcessKeys.TASK_DRAFT_PLAN;
import static vn.laichau.thidua.ProcessKeys.TASK_REVIEW_DOSSIER;
import static vn.laichau.thidua.contract.CongressVariables.FORMAT;
import static vn.laichau.thidua.contract.CongressVariables.LEVEL_LABEL;
import static vn.laichau.thidua.contract.CongressVariables.QUOTA_DESCRIPTION;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.unit.Unit;

/**
 * What the history keeps of a congress (common.DerivedHistoryLeftOut): the values given to the process and the rule
 * tables that judged the submission; not what a task's form is shown (task-local variables), nor the rule tables
 * evaluated to preview it.
 */
class HistoryKeptTest extends CongressTestBase {

  @Test
  void guidanceOfAFormIsNotKeptButTheDossierAndItsJudgementAre() {
    Unit commune = driver.commune(320);
    long evaluationsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
    ProcessInstance congress = driver.start(commune);
    Task draft = driver.task(congress, TASK_DRAFT_PLAN);

    assertThat(engine.getFormService()
        .getTaskFormVariables(draft.getId())).containsKeys(LEVEL_LABEL, QUOTA_DESCRIPTION);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(draft.getId()).count())
        .as("the draft's guidance in the history").isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().taskId(draft.getId()).count())
        .as("the draft's guidance in the history's details").isZero();
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("rule tables evaluated to preview the form").isEqualTo(evaluationsBefore);

    complete(draft, driver.validDossier(commune, LocalDate.of(2025, 2, 20)));

    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("rule tables that judged the submission").isGreaterThan(evaluationsBefore);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(congress.getId())
        .variableName(FORMAT).count()).as("the dossier's values").isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(congress.getId())
        .variableUpdates().count()).as("the dossier's values as given").isPositive();
    Task review = driver.task(congress, TASK_REVIEW_DOSSIER);
    assertThat(engine.getFormService().getTaskFormVariables(review.getId())).isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(review.getId()).count())
        .as("the review's guidance in the history").isZero();
  }
}
