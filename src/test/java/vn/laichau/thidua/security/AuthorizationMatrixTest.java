package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.identity.Groups;

/**
 * Every role against every action, each cell asserted allowed or refused, over the engine's REST API and over the
 * webapps' own API (a Tasklist or Cockpit session with its XSRF token). The dossier is Xã Thèn Sin's (03394, huyện
 * Tam Đường 106): one congress waiting at the unit's {@code draftPlan}, one at the district's {@code reviewDossier},
 * both with a plan document attached. Actions that change something act on a congress of their own, and "refused"
 * always also means "nothing changed".
 */
class AuthorizationMatrixTest extends WebSecurityTestSupport {

  // @formatter:off
  private static final String MATRIX = """
      role               list   unitVars reviewVars claimUnit claimReview completeUnit completeReview instance start registry deploy cockpit users
      UNIT               draft  yes      no         yes       no          yes          no             yes      no    no       no     no      no
      OTHER_UNIT         none   no       no         no        no          no           no             no       no    no       no     no      no
      DISTRICT_REVIEWER  review no       yes        no        yes         no           yes            yes      no    no       no     no      no
      SO_NOI_VU          none   no       no         no        no          no           no             yes      yes   yes      no     yes     no
      COUNCIL_MEMBER     both   yes      yes        no        no          no           no             yes      no    no       no     yes     no
      UBND_SUPERVISOR    both   yes      yes        no        no          no           no             yes      no    no       no     yes     no
      ADMINISTRATOR      both   yes      yes        yes       yes         yes          yes            yes      yes   yes      yes    yes     yes
      ANONYMOUS          none   no       no         no        no          no           no             no       no    no       no     no      no
      """;
  // @formatter:on

  private static final String UNIT = "03394";
  private static final String DISTRICT = "106";
  private static final String OTHER_UNIT = "03386";
  private static final String PLAN = "Kế hoạch tổ chức Hội nghị điển hình tiên tiến xã Thèn Sin";
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
    EDIT_REGISTRY, DEPLOY, OPEN_COCKPIT, MANAGE_USERS
  }

  enum Channel { REST, WEBAPP }

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
    String api = channel == Channel.REST ? "/engine-rest" : "/camunda/api/engine/engine/default";
    boolean allowed = "yes".equals(expectation);
    switch (action) {
      case LIST_TASKS -> listTasks(caller, api, expectation);
      case SEE_UNIT_TASK_VARIABLES_AND_FILES -> seeVariables(caller, api, task(atDraft), allowed);
      case SEE_REVIEW_TASK_VARIABLES_AND_FILES -> seeVariables(caller, api, task(atReview), allowed);
      case CLAIM_UNIT_TASK -> claim(caller, api, task(atDraft), role, allowed);
      case CLAIM_REVIEW_TASK -> claim(caller, api, task(atReview), role, allowed);
      case COMPLETE_UNIT_TASK -> complete(caller, api, task(startCongress()), allowed);
      case COMPLETE_REVIEW_TASK -> complete(caller, api, task(toReview(startCongress())), allowed);
      case READ_INSTANCE_AND_HISTORY -> readInstance(caller, api, allowed);
      case START_CONGRESS -> start(caller, api, allowed);
      case EDIT_REGISTRY -> editRegistry(caller, allowed);
      case DEPLOY -> deploy(caller, api, role, channel, allowed);
      case OPEN_COCKPIT -> openCockpit(role, allowed);
      case MANAGE_USERS -> createUser(caller, api, role, channel, allowed);
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
      assertThat(variables.body()).contains("planDocument", UNIT);
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

  private void complete(Caller caller, String api, Task task, boolean allowed) {
    Caller.Response answer = caller.post(api + "/task/" + task.getId() + "/complete", "{}");
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
      assertThat(reads.get(1).body()).contains("unitGroup");
      assertThat(reads.get(2).body()).isEqualTo(PLAN);
      assertThat(JSON.readTree(activities.body()).size()).as(activities.toString()).isPositive();
    } else {
      reads.forEach(this::assertRefused);
      reads.forEach(read -> assertThat(read.body()).doesNotContain(PLAN, "unitGroup"));
      if (activities.status() == 200) {
        assertThat(JSON.readTree(activities.body()).size()).as("history of another's congress").isZero();
      } else {
        assertThat(activities.status()).isEqualTo(401);
      }
    }
  }

  private void start(Caller caller, String api, boolean allowed) {
    RuntimeService runtime = engine.getRuntimeService();
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).count();
    Caller.Response answer = caller.post(api + "/process-definition/key/" + ProcessKeys.CONGRESS + "/start",
        "{\"businessKey\": \"" + UNIT + "\", \"variables\": " + startVariablesJson() + "}");
    long after = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).count();
    if (allowed) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(after).isEqualTo(before + 1);
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
        ? Caller.webapp(port, "", "", "cockpit")
        : webapp(role.user, "cockpit");
    Caller.Response statistics = cockpit.get(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=10");
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

  private void assertRefused(Caller.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isIn(401, 403, 404);
  }

  // --- the fixture -------------------------------------------------------------------------------------------------

  private void prepare() {
    deployCongressFixture();
    ensureUser(Role.UNIT.user, Role.UNIT.group);
    ensureUser(Role.OTHER_UNIT.user, Role.OTHER_UNIT.group);
    ensureUser(Role.DISTRICT_REVIEWER.user, Role.DISTRICT_REVIEWER.group);
    ensureUser(Role.SO_NOI_VU.user, Role.SO_NOI_VU.group);
    ensureUser(Role.COUNCIL_MEMBER.user, Role.COUNCIL_MEMBER.group);
    ensureUser(Role.UBND_SUPERVISOR.user, Role.UBND_SUPERVISOR.group);
    atDraft = startCongress();
    atReview = toReview(startCongress());
  }

  /** The congress process as far as authorization is concerned: see src/test/resources/security. */
  private void deployCongressFixture() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.CONGRESS)
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name("congress-fixture")
          .addClasspathResource("security/congress-fixture.bpmn").deploy();
    }
  }

  private ProcessInstance startCongress() {
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, UNIT, startVariables());
  }

  private VariableMap startVariables() {
    return Variables.createVariables()
        .putValue("unitCode", UNIT)
        .putValue("unitGroup", Groups.unit(UNIT))
        .putValue("reviewerGroup", Groups.phongNoiVu(DISTRICT))
        .putValue("planDocument", Variables.fileValue("ke-hoach.pdf")
            .file(PLAN.getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").encoding("UTF-8").create());
  }

  private String startVariablesJson() {
    return """
        {"unitCode": {"value": "%s"}, "unitGroup": {"value": "%s"}, "reviewerGroup": {"value": "%s"}}"""
        .formatted(UNIT, Groups.unit(UNIT), Groups.phongNoiVu(DISTRICT));
  }

  private ProcessInstance toReview(ProcessInstance congress) {
    engine.getTaskService().complete(task(congress).getId());
    return congress;
  }

  private Task task(ProcessInstance congress) {
    return engine.getTaskService().createTaskQuery().processInstanceId(congress.getId()).singleResult();
  }

  private Caller caller(Role role, Channel channel) {
    return callers.computeIfAbsent(role, r -> new EnumMap<>(Channel.class)).computeIfAbsent(channel, c -> {
      if (role.user == null) {
        Caller anonymous = anonymous();
        anonymous.get("/camunda/api/admin/auth/user/default");
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
