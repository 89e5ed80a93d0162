package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A hostile commune official, with their own credentials, tries to rewrite their congress outside their form: set the
 * reviewer's group or the unit's code, change another commune's staff count in the registry, break a listener with a
 * variable named like a server bean. Over {@code /engine-rest} and over Tasklist's own API, every attempt is refused
 * (403 outside a completion, 400 in one) and nothing changes: the task is still open, the reviewer, the unit and the
 * registry are the same.
 */
class TaskTamperingAttackTest extends WebSecurityTestSupport {

  /** Xã Hồ Thầu, huyện Tam Đường (106): the attacker's commune. */
  private static final String UNIT = "03406";
  /** Xã Bình Lư, same district: the commune whose staff count the attacker wants to change. */
  private static final String VICTIM = "03412";
  private static final String OFFICIAL = "tc-ho-thau";
  private static final String REVIEWER_GROUP = Groups.phongNoiVu("106");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  CongressRules rules;
  @Autowired
  UnitRegistry registry;

  private CongressFixture congresses;
  private ProcessInstance congress;

  @BeforeEach
  void returnedDossier() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    ensureUser(OFFICIAL, Groups.unit(UNIT));
    congress = congresses.returned(UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(congress.getId());
    CongressFixture.resetClock();
  }

  // --- outside a completion: 403 ------------------------------------------------------------------------------------

  @Test
  void aUnitCannotSetOrRemoveAVariableOfItsTaskOverRest() {
    assertNoVariableWriteGoesThrough(rest(OFFICIAL), restApi());
  }

  @Test
  void aUnitCannotSetOrRemoveAVariableOfItsTaskInTasklist() {
    Caller tasklist = webapp(OFFICIAL, "tasklist");
    assertThat(tasklist.lastLogin.status()).as(tasklist.lastLogin.toString()).isEqualTo(200);
    assertNoVariableWriteGoesThrough(tasklist, webappEngineApi());
  }

  private void assertNoVariableWriteGoesThrough(Caller official, String api) {
    String task = draftPlan().getId();
    String instance = congress.getId();
    String execution = draftPlan().getExecutionId();
    String ownGroup = "{\"value\": \"" + Groups.unit(UNIT) + "\", \"type\": \"String\"}";
    String modifications = "{\"modifications\": {\"reviewerGroup\": " + ownGroup + "}}";
    List<Caller.Response> answers = List.of(
        official.put(api + "/task/" + task + "/variables/reviewerGroup", ownGroup),
        official.post(api + "/task/" + task + "/variables", modifications),
        official.put(api + "/task/" + task + "/localVariables/reviewerGroup", ownGroup),
        official.post(api + "/task/" + task + "/localVariables", modifications),
        official.delete(api + "/task/" + task + "/variables/reviewerGroup"),
        official.put(api + "/process-instance/" + instance + "/variables/reviewerGroup", ownGroup),
        official.post(api + "/process-instance/" + instance + "/variables", modifications),
        official.delete(api + "/process-instance/" + instance + "/variables/unitCode"),
        official.put(api + "/execution/" + execution + "/localVariables/reviewerGroup", ownGroup),
        official.post(api + "/execution/" + execution + "/localVariables", modifications),
        official.post(api + "/process-instance/" + instance + "/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"reviewDossier\"}]}"));
    for (Caller.Response answer : answers) {
      assertThat(answer.status()).as(answer.toString()).isIn(403, 404);
    }
    // the unit's own retirement, with variables: the correlation finds no congress the official may update
    Caller.Response retire = official.post(api + "/message", "{\"messageName\": \"unitRetired\", \"processInstanceId\": \""
        + instance + "\", \"processVariables\": {\"reviewerGroup\": " + ownGroup + "}}");
    assertThat(retire.status()).as(retire.toString()).isIn(400, 403, 404);
    assertNothingChanged();
  }

  // --- in a completion: 400, naming the variable --------------------------------------------------------------------

  @Test
  void aCompletionCannotHandTheReviewToTheUnitNorChangeAnotherCommunesStaffCount() throws Exception {
    Integer victimStaff = registry.find(VICTIM).orElseThrow().staffCount();
    Caller official = rest(OFFICIAL);
    Caller.Response answer = official.post(restApi() + "/task/" + draftPlan().getId() + "/complete",
        completion(Map.of(
            "reviewerGroup", "{\"value\": \"" + Groups.unit(UNIT) + "\"}",
            "unitCode", "{\"value\": \"" + VICTIM + "\"}",
            "staffCountGivenByUnit", "{\"value\": true}",
            "staffCount", "{\"value\": 5, \"type\": \"Integer\"}",
            "delegateCount", "{\"value\": 5, \"type\": \"Integer\"}")));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).get("message").asText())
        .contains("reviewerGroup", "unitCode").doesNotContain("«staffCount»", "«delegateCount»");
    assertNothingChanged();
    assertThat(registry.find(VICTIM).orElseThrow().staffCount()).isEqualTo(victimStaff);
  }

  @Test
  void aVariableNamedLikeAServerBeanIsRefusedWithA400OnEveryPath() throws Exception {
    String bean = "{\"value\": \"tắt kiểm tra\"}";
    Caller official = rest(OFFICIAL);
    Caller tasklist = webapp(OFFICIAL, "tasklist");
    String task = draftPlan().getId();
    List<Caller.Response> answers = List.of(
        official.post(restApi() + "/task/" + task + "/complete", completion(Map.of("draftPlanValidator", bean))),
        official.post(restApi() + "/task/" + task + "/submit-form", completion(Map.of("draftPlanValidator", bean))),
        tasklist.post(webappEngineApi() + "/task/" + task + "/complete", completion(Map.of("draftPlanValidator", bean))),
        tasklist.post(webappEngineApi() + "/task/" + task + "/submit-form",
            completion(Map.of("loadUnitDelegate", bean))));
    for (Caller.Response answer : answers) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).get("message").asText()).containsPattern("draftPlanValidator|loadUnitDelegate")
          .contains("Lập và gửi hồ sơ Đại hội");
    }
    assertNothingChanged();
  }

  @Test
  void aFormFieldSentAsAnObjectIsRefused() {
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan().getId() + "/complete",
        completion(Map.of("delegateCount", "{\"type\": \"Object\", \"value\": \"{}\", \"valueInfo\":"
            + " {\"objectTypeName\": \"java.util.HashMap\", \"serializationDataFormat\": \"application/json\"}}")));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("delegateCount", "Object");
    assertNothingChanged();
    assertThat(engine.getRuntimeService().getVariableTyped(congress.getId(), "delegateCount", false).getType().getName())
        .isNotEqualTo("object");
  }

  @Test
  void tasklistsSubmitFormCannotCarryTheReviewersGroup() {
    Caller tasklist = webapp(OFFICIAL, "tasklist");
    Caller.Response answer = tasklist.post(webappEngineApi() + "/task/" + draftPlan().getId() + "/submit-form",
        completion(Map.of("reviewerGroup", "{\"value\": \"" + Groups.unit(UNIT) + "\"}")));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("reviewerGroup");
    assertNothingChanged();
  }

  @Test
  void aCompletionCannotWriteTheGuidanceItsFormShows() {
    // the guidance is computed when the form is read and is not a field of the form: another value is refused
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan().getId() + "/submit-form",
        completion(Map.of("quotaMaxDelegates", "{\"value\": 999, \"type\": \"Integer\"}",
            "levelLabel", "{\"value\": \"Cấp tỉnh\", \"type\": \"String\"}")));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("levelLabel", "quotaMaxDelegates");
    assertNothingChanged();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(congress.getId())
        .variableNameIn("levelLabel", "quotaMaxDelegates").count()).isZero();
  }

  @Test
  void theFormsOwnFieldsStillGoThroughWithTheFactsTasklistSendsBackUnchanged() throws Exception {
    // Tasklist's embedded form sends back every variable it fetched to show, as it received it
    String task = draftPlan().getId();
    String unitName = (String) engine.getTaskService().getVariable(task, "unitName");
    // the guidance as the form reads it (computed then, never stored), not deserialized, as Tasklist asks for it
    VariableMap shown = engine.getFormService().getTaskFormVariables(task, List.of("levelLabel",
        "allowedFormatOptions"), false);
    String levelLabel = (String) shown.get("levelLabel");
    Object staffCount = engine.getTaskService().getVariable(task, "staffCount");
    // a Json fact comes back as the browser writes it again (JSON.stringify), not byte for byte as stored
    String formatOptions = JSON.writeValueAsString(JSON.readTree(((SerializableValue) shown
        .getValueTyped("allowedFormatOptions")).getValueSerialized()).toPrettyString());
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task/" + task + "/submit-form", completion(Map.of(
        "allowedFormatOptions", "{\"value\": " + formatOptions + ", \"type\": \"Json\"}",
        "unitName", "{\"value\": \"" + unitName + "\", \"type\": \"String\"}",
        "levelLabel", "{\"value\": \"" + levelLabel + "\", \"type\": \"String\"}",
        "unitCode", "{\"value\": \"" + UNIT + "\", \"type\": \"String\"}",
        "staffCount", "{\"value\": " + staffCount + ", \"type\": \"Integer\"}")));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(congress.getId())
        .taskDefinitionKey(ProcessKeys.TASK_REVIEW_DOSSIER).singleResult().getTaskDefinitionKey())
        .isEqualTo(ProcessKeys.TASK_REVIEW_DOSSIER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(engine.getTaskService().createTaskQuery()
        .processInstanceId(congress.getId()).taskDefinitionKey(ProcessKeys.TASK_REVIEW_DOSSIER).singleResult().getId()))
        .extracting(IdentityLink::getGroupId).containsExactly(REVIEWER_GROUP);
  }

  // --- shared steps --------------------------------------------------------------------------------------------------

  /**
   * A dossier every rule accepts (the documents of the first submission are still there), with the attacker's extra
   * variables: without them the completion goes through, so a refusal is the extras' alone.
   */
  private String completion(Map<String, String> extras) {
    StringBuilder variables = new StringBuilder("""
        "format": {"value": "%s"}, "meetingDate": {"value": "2025-02-20"}, "session": {"value": "%s"},
        "programmeItems": {"value": "[\\"REVIEW\\",\\"SPEECHES\\",\\"COMMENDATION\\",\\"LAUNCH\\",\\"UPPER_DELEGATES\\"]",
                           "type": "Json"}"""
        .formatted(engine.getRuntimeService().getVariable(congress.getId(), "format"),
            engine.getRuntimeService().getVariable(congress.getId(), "session")));
    extras.forEach((name, value) -> variables.append(", \"").append(name).append("\": ").append(value));
    return "{\"variables\": {" + variables + "}}";
  }

  private Task draftPlan() {
    return congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN);
  }

  private void assertNothingChanged() {
    assertThat(draftPlan()).as("draftPlan still open").isNotNull();
    Map<String, Object> variables = engine.getRuntimeService().getVariables(congress.getId());
    assertThat(variables).containsEntry("unitCode", UNIT)
        .doesNotContainKeys("reviewerGroup", "unitGroup", "draftPlanValidator", "loadUnitDelegate");
    assertThat(engine.getTaskService().getIdentityLinksForTask(draftPlan().getId()))
        .extracting(IdentityLink::getGroupId).containsExactly(Groups.unit(UNIT));
    assertThat(engine.getRuntimeService().getActivityInstance(congress.getId()).getActivityInstances("reviewDossier"))
        .isEmpty();
    assertThat(registry.find(UNIT).orElseThrow().staffCount()).isNull();
  }
}
