package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.TASK_DRAFT_PLAN;
import static vn.laichau.thidua.ProcessKeys.TASK_REPORT_RESULTS;
import static vn.laichau.thidua.ProcessKeys.TASK_REVIEW_DOSSIER;
import static vn.laichau.thidua.contract.CongressVariables.APPROVED;
import static vn.laichau.thidua.contract.CongressVariables.ATTENDANCE;
import static vn.laichau.thidua.contract.CongressVariables.COMMENDED_COLLECTIVES;
import static vn.laichau.thidua.contract.CongressVariables.COMMENDED_INDIVIDUALS;
import static vn.laichau.thidua.contract.CongressVariables.EXEMPLAR_SPEAKERS;
import static vn.laichau.thidua.contract.CongressVariables.FORMAT;
import static vn.laichau.thidua.contract.CongressVariables.HELD_ON;
import static vn.laichau.thidua.contract.CongressVariables.LEVEL_LABEL;
import static vn.laichau.thidua.contract.CongressVariables.PLAN_DOCUMENT;
import static vn.laichau.thidua.contract.CongressVariables.PROGRAMME_DOCUMENT;
import static vn.laichau.thidua.contract.CongressVariables.PROGRAMME_ITEMS;
import static vn.laichau.thidua.contract.CongressVariables.QUOTA_DESCRIPTION;
import static vn.laichau.thidua.contract.CongressVariables.REVIEW_COMMENT;
import static vn.laichau.thidua.contract.CongressVariables.SCHEDULE_DOCUMENT;
import static vn.laichau.thidua.contract.CongressVariables.SUMMARY_REPORT;
import static vn.laichau.thidua.contract.CongressVariables.UPPER_DELEGATES;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.common.TaskCompletions;
import vn.laichau.thidua.common.TaskCompletions.TaskCompletion;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Unit;

/**
 * What the history keeps of a congress (common.DerivedHistoryLeftOut): the values given to the process, every
 * completion with who, when and the values given (earlier rounds included), and the rule tables that judged the
 * submission; not what a task's form is shown (task-local variables), the rule tables evaluated to preview it, a
 * detail row per value, the job log of successful jobs, or the identity link log.
 */
class HistoryKeptTest extends CongressTestBase {

  /** The files of a dossier: the only variables of a congress whose history is kept. */
  static final String[] DOCUMENTS = {PLAN_DOCUMENT, SCHEDULE_DOCUMENT, SUMMARY_REPORT, PROGRAMME_DOCUMENT};

  @Autowired
  TaskCompletions completions;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

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
    assertThat(variablesInHistory(congress)).as("the congress's variables in the history: its documents only")
        .containsExactlyInAnyOrder(DOCUMENTS);
    assertThat(completions.ofInstance(congress.getId())).as("the dossier's values as given, with the task")
        .singleElement().satisfies(completion -> {
          assertThat(completion.taskId()).isEqualTo(draft.getId());
          assertThat(completion.taskKey()).isEqualTo(TASK_DRAFT_PLAN);
          assertThat(completion.fields().get(FORMAT).asText())
              .isEqualTo(driver.validDossier(commune, LocalDate.of(2025, 2, 20)).getValue(FORMAT, String.class));
        });
    Task review = driver.task(congress, TASK_REVIEW_DOSSIER);
    assertThat(engine.getFormService().getTaskFormVariables(review.getId())).isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(review.getId()).count())
        .as("the review's guidance in the history").isZero();
  }

  /**
   * A dossier returned and sent again: each round is one row with who sent, returned or approved it and the values
   * of that round, the first round's as they were; a file by name, type, size and SHA-256. No detail row is written.
   */
  @Test
  void everyCompletionIsKeptWithWhoWhenAndTheValuesOfThatRound() throws Exception {
    Unit commune = driver.commune(320);
    ProcessInstance congress = driver.start(commune);
    VariableMap first = driver.validDossier(commune, LocalDate.of(2025, 2, 20));

    engine.getIdentityService().setAuthentication("can-bo-xa", List.of(Groups.unit(commune.code())));
    complete(driver.task(congress, TASK_DRAFT_PLAN), first);
    engine.getIdentityService().clearAuthentication();
    engine.getTaskService().claim(driver.task(congress, TASK_REVIEW_DOSSIER).getId(), "tham-dinh");
    complete(driver.task(congress, TASK_REVIEW_DOSSIER),
        withVariables(APPROVED, false, REVIEW_COMMENT, "Bổ sung diễn giả điển hình."));
    VariableMap second = driver.validDossier(commune, LocalDate.of(2025, 2, 20))
        .putValue(EXEMPLAR_SPEAKERS, "Lò Thị Bình, Bí thư Đoàn xã")
        .putValue(PLAN_DOCUMENT, CongressDriver.pdf("ke-hoach-lan-2.pdf"));
    complete(driver.task(congress, TASK_DRAFT_PLAN), second);

    List<TaskCompletion> rounds = completions.ofInstance(congress.getId());
    assertThat(rounds).extracting(TaskCompletion::taskKey)
        .containsExactly(TASK_DRAFT_PLAN, TASK_REVIEW_DOSSIER, TASK_DRAFT_PLAN);
    assertThat(rounds.get(0).completedBy()).as("who sent the first round").isEqualTo("can-bo-xa");
    assertThat(rounds.get(0).fields().get(EXEMPLAR_SPEAKERS).asText())
        .isEqualTo("Nguyễn Văn An, Chủ tịch Hội Nông dân xã");
    assertThat(rounds.get(0).fields().get(PROGRAMME_ITEMS).isArray()).as("a Json value as it is").isTrue();
    JsonNode plan = rounds.get(0).fields().get(PLAN_DOCUMENT);
    byte[] planBytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(plan.get("file").asText()).isEqualTo("ke-hoach.pdf");
    assertThat(plan.get("mimeType").asText()).isEqualTo("application/pdf");
    assertThat(plan.get("bytes").asInt()).isEqualTo(planBytes.length);
    assertThat(plan.get("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(planBytes)));

    assertThat(rounds.get(1).assignee()).as("who returned it").isEqualTo("tham-dinh");
    assertThat(rounds.get(1).completedBy()).as("no signed-in user: the Java API").isNull();
    assertThat(rounds.get(1).fields().get(APPROVED).asBoolean()).isFalse();
    assertThat(rounds.get(1).fields().get(REVIEW_COMMENT).asText()).isEqualTo("Bổ sung diễn giả điển hình.");
    assertThat(rounds.get(1).fields().has(EXEMPLAR_SPEAKERS)).as("only what this completion gave").isFalse();

    assertThat(rounds.get(2).fields().get(EXEMPLAR_SPEAKERS).asText()).isEqualTo("Lò Thị Bình, Bí thư Đoàn xã");
    assertThat(rounds.get(2).fields().get(PLAN_DOCUMENT).get("file").asText()).isEqualTo("ke-hoach-lan-2.pdf");
    assertThat(rounds).allSatisfy(round -> assertThat(round.completedAt()).isNotNull());

    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(congress.getId()).count())
        .as("detail rows").isZero();
    assertThat(variablesInHistory(congress)).as("the congress's variables in the history: its documents only")
        .containsExactlyInAnyOrder(DOCUMENTS);
    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery()
        .taskId(rounds.get(0).taskId()).count()).as("identity link log").isZero();
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(congress.getId()).count())
        .as("job log of jobs created, run or deleted").isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(congress.getId()).count())
        .as("the congress has jobs").isPositive();
  }

  /**
   * A congress's variables get no history rows at any step but its documents (the completions keep a file by its
   * fingerprint only): no rows, and no byte arrays of Json values. After its end a user reads what its tasks gave
   * (and what their rules made of it) in its task completions, what the process recorded by itself (the dates, the
   * figures, the outcome) in its progress, and downloads the last documents from the variables' history.
   */
  @Test
  void aCongressKeepsItsValuesInItsCompletionsAndItsProgressNotInTheVariablesHistory() {
    Unit commune = driver.commune(320);
    LocalDate meeting = LocalDate.of(2025, 2, 20);
    ProcessInstance congress = driver.start(commune);
    VariableMap dossier = driver.validDossier(commune, meeting);
    complete(driver.task(congress, TASK_DRAFT_PLAN), dossier);
    complete(driver.task(congress, TASK_REVIEW_DOSSIER), withVariables(APPROVED, true));
    CongressDriver.clockAt(meeting, 0, 0);
    execute(job("meetingDayReached", congress));
    CongressDriver.clockAt(meeting, 16, 0);
    complete(driver.task(congress, TASK_REPORT_RESULTS), withVariables(HELD_ON, meeting.toString(), ATTENDANCE, 200,
        COMMENDED_COLLECTIVES, 4, COMMENDED_INDIVIDUALS, 20, UPPER_DELEGATES, 3));

    assertThat(congress).isEnded();
    assertThat(variablesInHistory(congress)).as("the congress's variables in the history: its documents only")
        .containsExactlyInAnyOrder(DOCUMENTS);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_BYTEARRAY WHERE ROOT_PROC_INST_ID_ = ? AND TYPE_ = 3",
        Long.class, congress.getId())).as("byte arrays in the history: the documents'").isEqualTo(DOCUMENTS.length);
    FileValue plan = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(congress.getId()).variableName(PLAN_DOCUMENT).disableCustomObjectDeserialization()
        .singleResult().getTypedValue();
    assertThat(plan.getFilename()).as("the plan, to download after the end").isEqualTo("ke-hoach.pdf");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(congress.getId())
        .singleResult().getRemovalTime()).as("the instance's removal time").isNotNull();

    assertThat(completions.ofInstance(congress.getId())).extracting(TaskCompletion::taskKey)
        .containsExactlyInAnyOrder(TASK_DRAFT_PLAN, TASK_REVIEW_DOSSIER, TASK_REPORT_RESULTS);
    assertThat(given(congress)).containsEntry(FORMAT, dossier.getValue(FORMAT, String.class))
        .containsEntry(EXEMPLAR_SPEAKERS, dossier.getValue(EXEMPLAR_SPEAKERS, String.class))
        .containsEntry(APPROVED, true).containsEntry(HELD_ON, meeting.toString()).containsEntry(ATTENDANCE, 200)
        .containsEntry(UPPER_DELEGATES, 3);
    assertThat(congressProgress.findByProcessInstance(congress.getId())).hasValueSatisfying(row -> {
      assertThat(row.status().name()).as("the outcome").isEqualTo("HELD_ON_TIME");
      assertThat(row.submittedOn()).isEqualTo(TODAY);
      assertThat(row.approvedOn()).isEqualTo(TODAY);
      assertThat(row.heldOn()).isEqualTo(meeting);
      assertThat(row.attendance()).isEqualTo(200);
      assertThat(row.upperDelegates()).isEqualTo(3);
      assertThat(row.endedAt()).isNotNull();
    });
  }

  private List<String> variablesInHistory(ProcessInstance congress) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(congress.getId()).list()
        .stream().map(HistoricVariableInstance::getName).toList();
  }
}
