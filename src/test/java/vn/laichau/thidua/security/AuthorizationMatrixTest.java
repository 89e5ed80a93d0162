package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;

/**
 * Every role against every action (setting a variable outside a completion among them: administrators only), each
 * cell asserted allowed or refused, over the engine's REST API and over the
 * webapps' own API (a Tasklist or Cockpit session with its XSRF token), on the real {@code congress} process. The unit
 * is Xã Thèn Sin (03394, huyện Tam Đường 106), whose congress waits at its {@code draftPlan} after a first dossier was
 * returned; Xã Tả Lèng (03400, same district) waits at the district's {@code reviewDossier}. Both carry their plan
 * document. An allowed action that changes a congress is followed by a fresh congress in the same state, and
 * "refused" always also means "nothing changed".
 */
class AuthorizationMatrixTest extends WebSecurityTestSupport {

  // @formatter:off
  private static final String MATRIX = """
      role               list   unitVars reviewVars claimUnit claimReview completeUnit completeReview instance start registry deploy cockpit users setVars
      UNIT               draft  yes      no         yes       no          yes          no             yes      no    no       no     no      no    no
      OTHER_UNIT         none   no       no         no        no          no           no             no       no    no       no     no      no    no
      DISTRICT_REVIEWER  review no       yes        no        yes         no           yes            yes      no    no       no     yes     no    no
      SO_NOI_VU          none   no       no         no        no          no           no             yes      yes   yes      no     yes     no    no
      COUNCIL_MEMBER     both   yes      yes        no        no          no           no             yes      no    no       no     yes     no    no
      UBND_SUPERVISOR    both   yes      yes        no        no          no           no             yes      no    no       no     yes     no    no
      ADMINISTRATOR      both   yes      yes        yes       yes         yes          yes            yes      yes   yes      yes    yes     yes   yes
      ANONYMOUS          none   no       no         no        no          no           no             no       no    no       no     no      no    no
      """;
  // @formatter:on

  private static final String UNIT = "03394";
  private static final String DISTRICT = "106";
  private static final String OTHER_UNIT = "03386";
  /** Another commune of the same district, whose dossier the district is reviewing. */
  private static final String REVIEWED_UNIT = "03400";
  /** A commune without a congress yet, for the start action. */
  private static final String STARTING_UNIT = "03390";
  private static final String PLAN = CongressFixture.PLAN_CONTENT;
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Role {
    UNIT("mt-don-vi", Groups.unit(AuthorizationMatrixTest.UNIT), "tasklist"),
    OTHER_UNIT("mt-don-vi-khac", Groups.unit(AuthorizationMatrixTest.OTHER_UNIT), "tasklist"),
    DISTRICT_REVIEWER("mt-phong-noi-vu", Groups.phongNoiVu(DISTRICT), "tasklist"),
    SO_NOI_VU("mt-so-noi-vu", Groups.SO_NOI_VU, "tasklist"),
    COUNCIL_MEMBER("mt-hoi-dong", Groups.HOI_DONG_TDKT, "cockpit"),
    UBND_SUPERVISOR("mt-ubnd", Groups.UBND_TINH, "cockpit"),
    ADMINISTRATOR(ADMIN, Groups.CAMUNDA_ADMIN, "cockpit"),
    ANONYMOUS(null, null, null);

    final String user;
    final String group;
    final String application;

    Role(String user, String group, String application) {
      this.user = user;
      this.group = group;
      this.application = application;
    }
  }

  enum Action {
    LIST_TASKS, SEE_UNIT_TASK_VARIABLES_AND_FILES, SEE_REVIEW_TASK_VARIABLES_AND_FILES, CLAIM_UNIT_TASK,
    CLAIM_REVIEW_TASK, COMPLETE_UNIT_TASK, COMPLETE_REVIEW_TASK, READ_INSTANCE_AND_HISTORY, START_CONGRESS,
    EDIT_REGISTRY, DEPLOY, OPEN_COCKPIT, MANAGE_USERS, SET_VARIABLE_OUTSIDE_A_COMPLETION
  }

  enum Channel { REST, WEBAPP }

  @Autowired
  CongressRules rules;

  private CongressFixture congresses;
  private ProcessInstance atDraft;
  private ProcessInstance atReview;
  private final Map<Role, Map<Channel, Caller>> callers = new EnumMap<>(Role.class);

  @TestFactory
  Stream<DynamicTest> everyRoleAgainstEveryAction() {
    prepare();
    Map<Role, List<String>> expected = parse();
    List<DynamicTest> cells = new ArrayList<>();
    for (Role role : Role.values()) {
      for (Action action : Action.values()) {
        String expectation = expected.get(role).get(action.ordinal());
        for (Channel channel : Channel.values()) {
          if (applies(action, channel)) {
            String cell = role + " × " + action + " over " + channel + " → " + expectation;
            cells.add(DynamicTest.dynamicTest(cell, () -> {
              try {
                check(role, action, channel, expectation);
              } catch (AssertionError failure) {
                // name the cell: build reports number dynamic tests instead of showing their names
                throw new AssertionError(cell + ": " + failure.getMessage(), failure);
              }
            }));
          }
        }
      }
    }
    return cells.stream();
  }

  /**
   * Another unit's official, over REST and in the webapps, reads nothing of the unit's congress anywhere the engine
   * keeps a trace of it: history (variables, details, tasks, identity links, user operations, job logs, incidents,
   * decision evaluations, the reports), runtime variables and executions, the task's form variables, the deployment's
   * resources and Cockpit's own API. The unit itself reads the traces it is allowed to, so the queries do find them.
   */
  @TestFactory
  Stream<DynamicTest> anotherUnitsOfficialReadsNothingOfTheCongress() {
    prepare();
    String instance = atDraft.getId();
    String task = unitTask().getId();
    String deployment = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(atDraft.getProcessDefinitionId()).singleResult().getDeploymentId();
    Map<String, String> reads = new java.util.LinkedHashMap<>();
    reads.put("history variable-instance", "GET /history/variable-instance?processInstanceId=" + instance);
    reads.put("history detail", "GET /history/detail?processInstanceId=" + instance);
    reads.put("history task", "GET /history/task?processInstanceId=" + instance);
    reads.put("history identity-link-log", "GET /history/identity-link-log?taskId=" + task);
    reads.put("history user-operation", "GET /history/user-operation?processInstanceId=" + instance);
    reads.put("history job-log", "GET /history/job-log?processInstanceId=" + instance);
    reads.put("history incident", "GET /history/incident?processInstanceId=" + instance);
    // the rule tables are evaluated by the listeners (DecisionService), so their history names no instance
    reads.put("history decision-instance", "GET /history/decision-instance?includeInputs=true&includeOutputs=true");
    reads.put("history activity-instance", "GET /history/activity-instance?processInstanceId=" + instance);
    reads.put("duration report", "GET /history/process-instance/report?reportType=duration&periodUnit=month"
        + "&processDefinitionKeyIn=" + ProcessKeys.CONGRESS);
    reads.put("task report", "GET /history/task/report?reportType=count&groupBy=processDefinition");
    reads.put("variable-instance", "GET /variable-instance?processInstanceIdIn=" + instance);
    reads.put("execution", "GET /execution?processInstanceId=" + instance);
    reads.put("form-variables", "GET /task/" + task + "/form-variables");
    reads.put("rendered form", "GET /task/" + task + "/deployed-form");
    reads.put("deployment resources", "GET /deployment/" + deployment + "/resources");
    reads.put("cockpit process instances", "POST " + cockpitApi() + "/process-instance");
    reads.put("cockpit incidents", "GET " + cockpitApi() + "/incident?processInstanceIdIn=" + instance);
    List<DynamicTest> cells = new ArrayList<>();
    reads.forEach((name, read) -> {
      for (Channel channel : Channel.values()) {
        if (read.contains(cockpitApi()) && channel == Channel.REST) {
          continue;
        }
        cells.add(DynamicTest.dynamicTest(name + " over " + channel, () -> {
          Caller.Response answer = send(caller(Role.OTHER_UNIT, channel), channel, read);
          assertThat(answer.status()).as(answer.toString()).isIn(200, 401, 403, 404);
          // a refusal may repeat the id it was asked for, never anything of the congress
          assertThat(answer.body()).as(answer.toString()).doesNotContain("Thèn Sin", PLAN, Groups.unit(UNIT));
          if (answer.status() == 200) {
            assertThat(answer.body()).as(answer.toString()).doesNotContain(instance, task);
          }
          if (answer.status() == 200 && answer.body().trim().startsWith("[")) {
            assertThat(JSON.readTree(answer.body()).size()).as(answer.toString()).isZero();
          }
        }));
      }
    });
    // no "history detail" nor "history variable-instance": the product writes neither for a congress (the values of
    // each completion are the task completions)
    for (String name : List.of("history task", "variable-instance", "execution", "form-variables")) {
      cells.add(DynamicTest.dynamicTest(name + " for the unit itself", () -> {
        Caller.Response answer = send(caller(Role.UNIT, Channel.REST), Channel.REST, reads.get(name));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).as(answer.toString()).isNotIn("[]", "{}");
      }));
    }
    return cells.stream();
  }

  private Caller.Response send(Caller caller, Channel channel, String read) {
    String method = read.substring(0, read.indexOf(' '));
    String path = read.substring(read.indexOf(' ') + 1);
    if (!path.startsWith("/camunda/")) {
      path = (channel == Channel.REST ? restApi() : webappEngineApi()) + path;
    }
    return "POST".equals(method) ? caller.post(path, "{}") : caller.get(path);
  }

  /** Cockpit is a webapp; the unit registry is the application's own API, which the webapps do not carry. */
  private static boolean applies(Action action, Channel channel) {
    return switch (action) {
      case OPEN_COCKPIT -> channel == Channel.WEBAPP;
      case EDIT_REGISTRY -> channel == Channel.REST;
      default -> true;
    };
  }

  private void check(Role role, Action action, Channel channel, String expectation) throws Exception {
    Caller caller = caller(role, channel);
    String api = channel == Channel.REST ? restApi() : webappEngineApi();
    boolean allowed = "yes".equals(expectation);
    switch (action) {
      case LIST_TASKS -> listTasks(caller, api, expectation);
      case SEE_UNIT_TASK_VARIABLES_AND_FILES -> seeVariables(caller, api, unitTask(), allowed);
      case SEE_REVIEW_TASK_VARIABLES_AND_FILES -> seeVariables(caller, api, reviewTask(), allowed);
      case CLAIM_UNIT_TASK -> claim(caller, api, unitTask(), role, allowed);
      case CLAIM_REVIEW_TASK -> claim(caller, api, reviewTask(), role, allowed);
      case COMPLETE_UNIT_TASK -> {
        // the dossier sent the first time is still there: completing sends it again
        complete(caller, api, unitTask(), "{}", allowed);
        if (allowed) {
          congresses.discard(atDraft.getId());
          atDraft = congresses.returned(UNIT);
        }
      }
      case COMPLETE_REVIEW_TASK -> {
        complete(caller, api, reviewTask(), "{\"variables\": {\"approved\": {\"value\": true}}}", allowed);
        if (allowed) {
          congresses.discard(atReview.getId());
          atReview = congresses.submitted(REVIEWED_UNIT);
        }
      }
      case READ_INSTANCE_AND_HISTORY -> readInstance(caller, api, allowed);
      case START_CONGRESS -> start(caller, api, allowed);
      case EDIT_REGISTRY -> editRegistry(caller, allowed);
      case DEPLOY -> deploy(caller, api, role, channel, allowed);
      case OPEN_COCKPIT -> openCockpit(role, allowed);
      case MANAGE_USERS -> createUser(caller, api, role, channel, allowed);
      case SET_VARIABLE_OUTSIDE_A_COMPLETION -> setVariable(caller, api, allowed);
    }
  }

  // --- the actions -------------------------------------------------------------------------------------------------

  private void listTasks(Caller caller, String api, String expectation) throws JsonProcessingException {
    Caller.Response answer = caller.get(api + "/task?processInstanceIdIn=" + atDraft.getId() + "," + atReview.getId());
    Set<String> visible = new TreeSet<>();
    if (answer.status() == 200) {
      JSON.readTree(answer.body()).forEach(task -> visible.add(task.get("taskDefinitionKey").asText()));
    } else {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    }
    Set<String> expected = switch (expectation) {
      case "draft" -> Set.of(ProcessKeys.TASK_DRAFT_PLAN);
      case "review" -> Set.of(ProcessKeys.TASK_REVIEW_DOSSIER);
      case "both" -> Set.of(ProcessKeys.TASK_DRAFT_PLAN, ProcessKeys.TASK_REVIEW_DOSSIER);
      default -> Set.of();
    };
    assertThat(visible).as(answer.toString()).isEqualTo(expected);
  }

  private void seeVariables(Caller caller, String api, Task task, boolean allowed) {
    Caller.Response variables = caller.get(api + "/task/" + task.getId() + "/variables");
    Caller.Response file = caller.get(api + "/task/" + task.getId() + "/variables/planDocument/data");
    if (allowed) {
      assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
      assertThat(variables.body()).contains("planDocument", "unitName");
      assertThat(file.status()).as(file.toString()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(PLAN);
    } else {
      assertRefused(variables);
      assertRefused(file);
      assertThat(variables.body()).doesNotContain("planDocument");
      assertThat(file.body()).doesNotContain(PLAN);
    }
  }

  private void claim(Caller caller, String api, Task task, Role role, boolean allowed) {
    String user = role.user == null ? "mt-an-danh" : role.user;
    try {
      Caller.Response answer = caller.post(api + "/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
      String assignee = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
      if (allowed) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
        assertThat(assignee).isEqualTo(user);
      } else {
        assertRefused(answer);
        assertThat(assignee).isNull();
      }
    } finally {
      engine.getTaskService().setAssignee(task.getId(), null);
    }
  }

  private void complete(Caller caller, String api, Task task, String body, boolean allowed) {
    Caller.Response answer = caller.post(api + "/task/" + task.getId() + "/complete", body);
    long stillOpen = engine.getTaskService().createTaskQuery().taskId(task.getId()).count();
    if (allowed) {
      assertThat(answer.status()).as(answer.toString()).isIn(200, 204);
      assertThat(stillOpen).isZero();
    } else {
      assertRefused(answer);
      assertThat(stillOpen).isOne();
    }
  }

  private void readInstance(Caller caller, String api, boolean allowed) throws JsonProcessingException {
    String id = atDraft.getId();
    List<Caller.Response> reads = List.of(
        caller.get(api + "/process-instance/" + id),
        caller.get(api + "/process-instance/" + id + "/variables"),
        caller.get(api + "/process-instance/" + id + "/variables/planDocument/data"),
        caller.get(api + "/history/process-instance/" + id));
    Caller.Response activities = caller.get(api + "/history/activity-instance?processInstanceId=" + id);
    if (allowed) {
      reads.forEach(read -> assertThat(read.status()).as(read.toString()).isEqualTo(200));
      assertThat(reads.get(1).body()).contains("unitName");
      assertThat(reads.get(2).body()).isEqualTo(PLAN);
      assertThat(JSON.readTree(activities.body()).size()).as(activities.toString()).isPositive();
    } else {
      reads.forEach(this::assertRefused);
      reads.forEach(read -> assertThat(read.body()).doesNotContain(PLAN, "unitName"));
      if (activities.status() == 200) {
        assertThat(JSON.readTree(activities.body()).size()).as("history of another's congress").isZero();
      } else {
        assertThat(activities.status()).isEqualTo(401);
      }
    }
  }

  private void start(Caller caller, String api, boolean allowed) throws JsonProcessingException {
    RuntimeService runtime = engine.getRuntimeService();
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).count();
    Caller.Response answer = caller.post(api + "/process-definition/key/" + ProcessKeys.CONGRESS + "/start",
        "{\"businessKey\": \"" + STARTING_UNIT + "\", \"variables\": {\"unitCode\": {\"value\": \"" + STARTING_UNIT
            + "\"}}}");
    long after = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).count();
    if (allowed) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(after).isEqualTo(before + 1);
      congresses.discard(JSON.readTree(answer.body()).get("id").asText());
    } else {
      assertRefused(answer);
      assertThat(after).isEqualTo(before);
    }
  }

  private void editRegistry(Caller caller, boolean allowed) {
    Caller.Response answer = caller.put("/api/units/" + UNIT,
        "{\"name\": \"Xã Thèn Sin\", \"level\": \"CO_SO\", \"kind\": \"CIVIL\", \"parentCode\": \"" + DISTRICT + "\"}");
    if (allowed) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    } else {
      assertRefused(answer);
    }
  }

  private void deploy(Caller caller, String api, Role role, Channel channel, boolean allowed) {
    String key = ("mt-trial-" + role + "-" + channel).toLowerCase().replace('_', '-');
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://laichau.vn/thidua/test">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D"><startEvent id="s"/></process>
        </definitions>""".formatted(key);
    Caller.Response answer = caller.postMultipart(api + "/deployment/create", key + ".bpmn", bpmn);
    long deployed = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count();
    try {
      if (allowed) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(deployed).isOne();
      } else {
        assertRefused(answer);
        assertThat(deployed).isZero();
      }
    } finally {
      engine.getRepositoryService().createDeploymentQuery().deploymentName("matrix").list()
          .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }
  }

  private void openCockpit(Role role, boolean allowed) {
    Caller cockpit = role.user == null
        ? Caller.webapp(port, engine.getName(), "", "", "cockpit")
        : webapp(role.user, "cockpit");
    Caller.Response statistics = cockpit.get(
        cockpitApi() + "/process-definition/statistics?maxResults=10");
    if (allowed) {
      assertThat(cockpit.lastLogin.status()).as(cockpit.lastLogin.toString()).isEqualTo(200);
      assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
    } else {
      assertThat(cockpit.lastLogin.status()).as(cockpit.lastLogin.toString()).isIn(401, 403);
      assertRefused(statistics);
    }
  }

  private void createUser(Caller caller, String api, Role role, Channel channel, boolean allowed) {
    String id = ("mt-moi-" + role + "-" + channel).toLowerCase().replace('_', '-');
    Caller.Response answer = caller.post(api + "/user/create", """
        {"profile": {"id": "%s", "firstName": "Mới", "lastName": "Tạo", "email": "moi@laichau.gov.vn"},
         "credentials": {"password": "Khoi-Tao-2025!"}}""".formatted(id));
    long created = engine.getIdentityService().createUserQuery().userId(id).count();
    try {
      if (allowed) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
        assertThat(created).isOne();
      } else {
        assertRefused(answer);
        assertThat(created).isZero();
      }
    } finally {
      if (created > 0) {
        engine.getIdentityService().deleteUser(id);
      }
    }
  }

  /** Only an administrator sets a variable outside a completion; the unit works on its task, it does not edit it. */
  private void setVariable(Caller caller, String api, boolean allowed) {
    String probe = "matrixProbe";
    Caller.Response answer = caller.put(api + "/task/" + unitTask().getId() + "/variables/" + probe,
        "{\"value\": \"" + Groups.unit(UNIT) + "\", \"type\": \"String\"}");
    boolean stored = engine.getRuntimeService().getVariable(atDraft.getId(), probe) != null;
    try {
      if (allowed) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
        assertThat(stored).isTrue();
      } else {
        assertRefused(answer);
        assertThat(stored).isFalse();
      }
    } finally {
      engine.getRuntimeService().removeVariable(atDraft.getId(), probe);
    }
  }

  private void assertRefused(Caller.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isIn(401, 403, 404);
  }

  // --- the fixture -------------------------------------------------------------------------------------------------

  private void prepare() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    for (Role role : Role.values()) {
      if (role.user != null && !ADMIN.equals(role.user)) {
        ensureUser(role.user, role.group);
      }
    }
    atDraft = congresses.returned(UNIT);
    atReview = congresses.submitted(REVIEWED_UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(atDraft.getId());
    congresses.discard(atReview.getId());
    CongressFixture.resetClock();
  }

  private Task unitTask() {
    return congresses.task(atDraft, ProcessKeys.TASK_DRAFT_PLAN);
  }

  private Task reviewTask() {
    return congresses.task(atReview, ProcessKeys.TASK_REVIEW_DOSSIER);
  }

  private Caller caller(Role role, Channel channel) {
    return callers.computeIfAbsent(role, r -> new EnumMap<>(Channel.class)).computeIfAbsent(channel, c -> {
      if (role.user == null) {
        Caller anonymous = anonymous();
        anonymous.get("/camunda/api/admin/auth/user/" + engine.getName());
        return anonymous;
      }
      return c == Channel.REST ? rest(role.user) : webapp(role.user, role.application);
    });
  }

  private static Map<Role, List<String>> parse() {
    Map<Role, List<String>> matrix = new EnumMap<>(Role.class);
    MATRIX.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
      String[] cells = line.split("\\s+");
      matrix.put(Role.valueOf(cells[0]), Arrays.asList(cells).subList(1, cells.length));
    });
    assertThat(matrix).as("a row for every role").hasSize(Role.values().length);
    matrix.values().forEach(row -> assertThat(row).as("a cell for every action").hasSize(Action.values().length));
    return matrix;
  }
}
