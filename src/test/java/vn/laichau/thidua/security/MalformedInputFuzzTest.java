package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;

/**
 * Thousands of malformed requests over HTTP, generated from a fixed seed (the same every run, so a failure is
 * reproduced by running the test again): completions of a unit's {@code draftPlan}, congress starts and registry
 * writes whose bodies are broken JSON, values of the wrong type or shape, unknown or hostile variable types, names and
 * codes, very long and odd strings. Each request carries at least one thing the server must refuse, so every answer
 * must be a 4xx: never a 5xx, never a 2xx, and nothing of any of them is stored.
 */
class MalformedInputFuzzTest extends WebSecurityTestSupport {

  private static final long SEED = 20251205L;
  private static final int COMPLETIONS = Integer.getInteger("fuzz.completions", 800);
  private static final int STARTS = Integer.getInteger("fuzz.starts", 600);
  private static final int REGISTRY_WRITES = Integer.getInteger("fuzz.registry-writes", 600);

  /** Xã Khun Há: a congress just started, at draftPlan, with no dossier yet. */
  private static final String UNIT = "03430";
  private static final String OFFICIAL = "fz-khun-ha";

  private static final List<String> COMPLETION_NAMES = List.of("format", "session", "meetingDate", "staffCount",
      "delegateCount", "programmeItems", "exemplarSpeakers", "planDocument", "scheduleDocument", "unitLevel",
      "submissionCount", "returnCount", "deadline", "approved", "decision", "reason", "newDeadline", "unitCode",
      "campaignId", "", " ", "a.b", "${1+1}", "#{x}", "draftPlanValidator", "execution", "Đại hội", "x".repeat(300));
  private static final List<String> TYPES = List.of("String", "Integer", "Long", "Short", "Double", "Boolean",
      "Date", "Json", "Xml", "Object", "Bytes", "File", "Null", "Nonsense", "", "string");
  private static final List<String> UNIT_FIELDS = List.of("name", "level", "kind", "staffCount", "parentCode",
      "councilMember", "active", "code", "unknownField", "");

  @Autowired
  CongressRules rules;
  @Autowired
  JdbcTemplate jdbc;

  private final Random random = new Random(SEED);
  private final List<String> fiveHundreds = new ArrayList<>();
  private final List<String> accepted = new ArrayList<>();
  private CongressFixture congresses;
  private ProcessInstance congress;

  @BeforeEach
  void freshCongress() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    ensureUser(OFFICIAL, Groups.unit(UNIT));
    congress = congresses.start(UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(congress.getId());
    CongressFixture.resetClock();
  }

  @Test
  void malformedCompletionsStartsAndRegistryWritesAreRefusedWithA4xxAndStoreNothing() {
    String taskId = draftPlanId();
    Map<String, Object> variablesBefore = engine.getRuntimeService().getVariables(congress.getId());
    long congressesBefore = congressCount();
    long unitsBefore = count("select count(*) from unit");
    long groupsBefore = engine.getIdentityService().createGroupQuery().count();
    String unitBefore = unitRow();
    Caller official = rest(OFFICIAL);
    Caller admin = rest(ADMIN);

    for (int i = 0; i < COMPLETIONS; i++) {
      String path = restApi() + "/task/" + taskId + (random.nextBoolean() ? "/complete" : "/submit-form");
      check(official, "POST", path, maybeTruncated(() -> "{\"variables\": " + variables(COMPLETION_NAMES) + "}"));
    }
    for (int i = 0; i < STARTS; i++) {
      String path = restApi() + "/process-definition/key/" + ProcessKeys.CONGRESS + "/start";
      check(admin, "POST", path, maybeTruncated(() -> "{\"businessKey\": " + junk(1) + ", \"variables\": "
          + startVariables() + "}"));
    }
    for (int i = 0; i < REGISTRY_WRITES; i++) {
      String code = switch (random.nextInt(4)) {
        case 0 -> UNIT;
        case 1 -> "FUZZ-" + i;
        case 2 -> "ab%20cd";
        default -> "x".repeat(41);
      };
      check(admin, "PUT", "/api/units/" + code, maybeTruncated(this::unitBody));
    }

    assertThat(fiveHundreds).as("answers 5xx").isEmpty();
    assertThat(accepted).as("malformed requests accepted").isEmpty();
    assertThat(draftPlanId()).as("the task stays open").isEqualTo(taskId);
    assertThat(engine.getRuntimeService().getVariables(congress.getId())).as("nothing of a refused completion stored")
        .isEqualTo(variablesBefore);
    assertThat(congressCount()).as("no congress started").isEqualTo(congressesBefore);
    assertThat(count("select count(*) from unit")).as("no unit created").isEqualTo(unitsBefore);
    assertThat(engine.getIdentityService().createGroupQuery().count()).as("no group created").isEqualTo(groupsBefore);
    assertThat(unitRow()).as("the unit written to is unchanged").isEqualTo(unitBefore);
  }

  private void check(Caller caller, String method, String path, String body) {
    Caller.Response answer = method.equals("PUT") ? caller.put(path, body) : caller.post(path, body);
    if (answer.status() >= 500) {
      fiveHundreds.add(answer.status() + " " + method + " " + path + " " + abbreviate(body) + " → "
          + abbreviate(answer.body()));
    } else if (answer.status() < 400) {
      accepted.add(answer.status() + " " + method + " " + path + " " + abbreviate(body));
    }
  }

  /** Variables of a start, one of which makes it wrong: no unit, an unknown unit, a bad last day or campaign. */
  private String startVariables() {
    String wrong = switch (random.nextInt(5)) {
      case 0 -> "\"unitCode\": {\"value\": \"FUZZ-" + random.nextInt(1000) + "\"}";
      case 1 -> "\"unitCode\": " + junkVariable();
      case 2 -> "\"unitCode\": {\"value\": \"" + UNIT + "\"}, \"deadline\": {\"value\": " + junk(1) + "}";
      case 3 -> "\"unitCode\": {\"value\": \"" + UNIT + "\"}, \"campaignId\": {\"value\": \"FUZZ\"}";
      default -> "\"" + pick(COMPLETION_NAMES) + "\": " + junkVariable();
    };
    String more = variables(COMPLETION_NAMES);
    return more.length() > 2 && random.nextBoolean() ? "{" + wrong + ", " + more.substring(1) : "{" + wrong + "}";
  }

  /** A unit's body whose level is never one of the three: refused for a new unit and an existing one alike. */
  private String unitBody() {
    StringBuilder body = new StringBuilder("{\"level\": ").append(pick(List.of("\"HUYEN\"", "\"\"", "5", "[]", "{}",
        "\"co_so\"", "\"TINH \"", "true")));
    int fields = random.nextInt(6);
    for (int i = 0; i < fields; i++) {
      body.append(", ").append(string(pick(UNIT_FIELDS))).append(": ").append(junk(2));
    }
    return body.append('}').toString();
  }

  private String variables(List<String> names) {
    int count = random.nextInt(6);
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ", ").append(string(pick(names))).append(": ").append(junkVariable());
    }
    return random.nextInt(10) == 0 ? junk(2) : json.append('}').toString();
  }

  private String junkVariable() {
    return switch (random.nextInt(5)) {
      case 0 -> junk(2);
      case 1 -> "{\"value\": " + junk(2) + "}";
      case 2 -> "{\"value\": " + junk(2) + ", \"type\": " + string(pick(TYPES)) + "}";
      case 3 -> "{\"value\": " + junk(1) + ", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
          + string(pick(List.of("java.lang.Runtime", "java.util.ArrayList", "", "x"))) + ", \"serializationDataFormat\": "
          + string(pick(List.of("application/x-java-serialized-object", "application/json", "text/plain", "")))
          + "}}";
      default -> "{\"value\": " + junk(1) + ", \"type\": " + string(pick(TYPES)) + ", \"valueInfo\": " + junk(2) + "}";
    };
  }

  /** Any JSON value, nested at most this deep. */
  private String junk(int depth) {
    int kind = random.nextInt(depth > 0 ? 10 : 8);
    return switch (kind) {
      case 0 -> String.valueOf(random.nextInt());
      case 1 -> pick(List.of("1e400", "-0", "1.5", "9223372036854775808", "0", "-1", "2147483648"));
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> string(pick(List.of("", " ", "null", "2025-02-30", "2025-13-01", "20/02/2025", "2025-02-20T25:00",
          "MORNING ", "FULL_DAY", "<script>alert(1)</script>", "'; drop table unit; --", "Đại hội", "\\u0000")));
      case 5 -> string("A".repeat(random.nextInt(20_000)));
      case 6 -> string(randomText());
      case 7 -> pick(List.of("\"\\ud800\"", "\"\\u0000\"", "\"tab\\there\""));
      case 8 -> "[" + junk(depth - 1) + ", " + junk(depth - 1) + "]";
      default -> "{" + string(pick(COMPLETION_NAMES)) + ": " + junk(depth - 1) + "}";
    };
  }

  /** One body in eight cut short or spoilt: broken JSON. */
  private String maybeTruncated(Supplier<String> body) {
    String json = body.get();
    return switch (random.nextInt(8)) {
      case 0 -> json.substring(0, random.nextInt(json.length()));
      case 1 -> json.replace(':', '=');
      default -> json;
    };
  }

  private String randomText() {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      char c = (char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : 0xa0 + random.nextInt(0x2000));
      text.append(c);
    }
    return text.toString();
  }

  private static String string(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private String draftPlanId() {
    return congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN).getId();
  }

  private long congressCount() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONGRESS).count();
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }

  private String unitRow() {
    return jdbc.queryForList("select * from unit where code = ?", UNIT).toString();
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
