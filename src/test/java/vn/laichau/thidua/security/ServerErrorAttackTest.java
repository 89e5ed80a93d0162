package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;

/**
 * Tampered values that used to reach a server error (5xx) are refused with a 4xx and a Vietnamese message, and
 * nothing changes: an unknown level or a count that is not a number carried by a completion, a Json list nested
 * 5,000 deep, and two starts of the same congress or campaign racing each other.
 */
class ServerErrorAttackTest extends WebSecurityTestSupport {

  private static final String UNIT = "03415";
  private static final String OFFICIAL = "tc-nung-nang";
  private static final String SO_NOI_VU = "tc-so-noi-vu";
  /** Xã Bản Hon: no congress yet, started twice at once. */
  private static final String RACED_UNIT = "03421";

  @Autowired
  CongressRules rules;

  private CongressFixture congresses;
  private ProcessInstance congress;

  @BeforeEach
  void returnedDossier() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    ensureUser(OFFICIAL, Groups.unit(UNIT));
    ensureUser(SO_NOI_VU, Groups.SO_NOI_VU);
    congress = congresses.returned(UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(congress.getId());
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(RACED_UNIT).list()
        .forEach(instance -> congresses.discard(instance.getId()));
    CongressFixture.resetClock();
  }

  @Test
  void anUnknownLevelOrACountThatIsNotANumberIsA400() {
    Caller official = rest(OFFICIAL);
    for (String tampered : List.of("\"unitLevel\": {\"value\": \"HUYEN\"}",
        "\"submissionCount\": {\"value\": \"nhiều\"}", "\"returnCount\": {\"value\": \"một\"}")) {
      Caller.Response answer = official.post(restApi() + "/task/" + draftPlan() + "/complete",
          "{\"variables\": {" + tampered + "}}");
      assertThat(answer.status()).as(tampered + " → " + answer).isEqualTo(400);
    }
    assertThat(engine.getRuntimeService().getVariable(congress.getId(), "unitLevel")).isNull();
    assertThat(engine.getRuntimeService().getVariable(congress.getId(), "submissionCount")).isEqualTo(1);
    assertThat(draftPlan()).isNotNull();
  }

  @Test
  void aStartCarryingAVariableNamedLikeAServerBeanIsA400AndCreatesNothing() {
    Caller.Response answer = rest(SO_NOI_VU).post(restApi() + "/process-definition/key/" + ProcessKeys.CONGRESS
        + "/start", "{\"businessKey\": \"" + RACED_UNIT + "\", \"variables\": {\"unitCode\": {\"value\": \""
        + RACED_UNIT + "\"}, \"draftPlanValidator\": {\"value\": \"tắt kiểm tra\"}}}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("draftPlanValidator");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(RACED_UNIT).count())
        .isZero();
  }

  @Test
  void aJsonListNestedFiveThousandDeepIsA400() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan() + "/complete",
        "{\"variables\": {\"programmeItems\": {\"value\": \"" + deep + "\", \"type\": \"Json\"}}}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("programmeItems");
    Caller.Response notJson = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan() + "/complete",
        "{\"variables\": {\"programmeItems\": {\"value\": \"[\\\"REVIEW\\\",\", \"type\": \"Json\"}}}");
    assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);
    assertThat(draftPlan()).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(congress.getId(), "programmeItems").toString())
        .contains("REVIEW").doesNotContain("[[");
  }

  @Test
  void twoStartsOfTheSameCongressRacingEachOtherGiveOneCongressAndA400() throws Exception {
    Caller soNoiVu = rest(SO_NOI_VU);
    List<Caller.Response> answers = race(4, () -> soNoiVu.post(
        restApi() + "/process-definition/key/" + ProcessKeys.CONGRESS + "/start",
        "{\"businessKey\": \"" + RACED_UNIT + "\", \"variables\": {\"unitCode\": {\"value\": \"" + RACED_UNIT + "\"}}}"));
    assertThat(answers).extracting(Caller.Response::status).containsOnlyOnce(200).allMatch(status -> status < 500);
    assertThat(answers).filteredOn(answer -> answer.status() != 200)
        .allSatisfy(answer -> assertThat(answer.body()).contains("đã có một Đại hội đang chuẩn bị"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(RACED_UNIT).count())
        .isOne();
  }

  @Test
  void twoStartsOfTheSameCampaignRacingEachOtherGiveOneCampaignAndA4xx() throws Exception {
    Caller soNoiVu = rest(SO_NOI_VU);
    try {
      // LAICHAU-2025's last days have passed: the start is confirmed, so that only the race decides the answers
      List<Caller.Response> answers = race(3,
          () -> soNoiVu.post("/api/campaigns/LAICHAU-2025/start?acceptPastDeadlines=true", ""));
      assertThat(answers).extracting(Caller.Response::status).containsOnlyOnce(201).allMatch(status -> status < 500);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).processInstanceBusinessKey("LAICHAU-2025").count())
          .isOne();
    } finally {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN)
          .list().forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true));
    }
  }

  private static List<Caller.Response> race(int callers, Callable<Caller.Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Caller.Response>> started = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        started.add(pool.submit(call));
      }
      List<Caller.Response> answers = new ArrayList<>();
      for (Future<Caller.Response> answer : started) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private String draftPlan() {
    return congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN).getId();
  }
}
