package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.CongressFormat;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.congress.rules.DelegateQuota;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * An administrator, who alone may still write a congress's variables over {@code /engine-rest}, writes the names of
 * the facts a congress used to keep as variables: the reviewer's and the unit's groups, the staff count and the
 * declaration flag, the level, the kind, the pilot status, the last day. The write goes through (it is the
 * administrator's right) and changes nothing the server decides: who reviews and who drafts, the delegate quota, the
 * formats a pilot may choose, the last day a meeting must keep and the overdue timer all follow the registry, the
 * campaign's tables and the server's register of the congress.
 */
class ContractTamperingAttackTest extends WebSecurityTestSupport {

  /** Xã Bản Giang, huyện Tam Đường (106): no pilot, no staff count in the registry until a test gives one. */
  private static final String UNIT = "03418";
  /** Xã Nà Tăm, same district: the unit whose group the administrator writes in. */
  private static final String OTHER = "03427";
  private static final String OFFICIAL = "tc-ban-giang";
  private static final String REVIEWER_GROUP = Groups.phongNoiVu("106");
  /** The communes' last day in LAICHAU-2025: 00:00 Vietnam time of the next day is 17:00 UTC on the day. */
  private static final Date OVERDUE_FROM = Date.from(Instant.parse("2025-03-31T17:00:00Z"));

  @Autowired
  CongressRules rules;
  @Autowired
  UnitRegistry registry;

  private CongressFixture congresses;
  private ProcessInstance congress;
  private Unit registered;

  @BeforeEach
  void returnedDossier() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    ensureUser(OFFICIAL, Groups.unit(UNIT));
    registered = registry.find(UNIT).orElseThrow();
    congress = congresses.returned(UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(congress.getId());
    registry.save(registered);
    CongressFixture.resetClock();
  }

  @Test
  void writingTheGroupVariablesChangesNeitherWhoReviewsNorWhoDrafts() {
    Caller admin = rest(ADMIN);
    assertThat(admin.put(variable("reviewerGroup"), text(Groups.unit(UNIT))).status()).isEqualTo(204);
    assertThat(admin.put(variable("unitGroup"), text(Groups.unit(OTHER))).status()).isEqualTo(204);

    Caller.Response sent = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan().getId() + "/complete",
        completion(Map.of()));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
    Task review = congresses.task(congress, ProcessKeys.TASK_REVIEW_DOSSIER);
    assertThat(candidateGroups(review)).containsExactly(REVIEWER_GROUP);
    engine.getTaskService().complete(review.getId(), Variables.createVariables().putValue("approved", false)
        .putValue("reviewComment", "Bổ sung danh sách đại biểu."));
    assertThat(candidateGroups(draftPlan())).containsExactly(Groups.unit(UNIT));
  }

  @Test
  void writingTheStaffCountLevelKindAndPilotVariablesChangesNeitherTheQuotaNorTheFormats() {
    // Sở Nội vụ enters the commune's staff count in the registry: from now on it is the count the quota follows
    registry.save(registered.withStaffCount(300));
    DelegateQuota quota = rules.delegateQuota(Level.CO_SO, 300).orElseThrow();
    int delegates = quota.isFullAssembly() ? quota.staffCount() : quota.maxDelegates();
    // a format of a commune that is not a pilot, which a pilot may not choose (R8)
    List<CongressFormat> pilotFormats = rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, true);
    CongressFormat format = rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, false).stream()
        .filter(allowed -> !pilotFormats.contains(allowed)).findFirst().orElseThrow();

    Caller admin = rest(ADMIN);
    for (Map.Entry<String, String> tampered : Map.of(
        "staffCount", "{\"value\": 5, \"type\": \"Integer\"}",
        "staffCountGivenByUnit", "{\"value\": true, \"type\": \"Boolean\"}",
        "unitLevel", text("TINH"),
        "unitKind", text("POLICE"),
        "pilot", "{\"value\": true, \"type\": \"Boolean\"}").entrySet()) {
      assertThat(admin.put(variable(tampered.getKey()), tampered.getValue()).status()).isEqualTo(204);
    }

    Caller.Response sent = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan().getId() + "/complete",
        completion(Map.of("format", text(format.name()),
            "delegateCount", "{\"value\": " + delegates + ", \"type\": \"Integer\"}")));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
    Map<String, Object> dossier = engine.getRuntimeService().getVariables(congress.getId());
    assertThat(dossier).containsEntry("meetingForm", quota.meetingForm().name())
        .containsEntry("delegateCount", delegates).containsEntry("staffCount", 300)
        .containsEntry("format", format.name()).containsEntry("staffCountGivenByUnit", false);
    assertThat(registry.find(UNIT).orElseThrow().staffCount()).isEqualTo(300);
  }

  @Test
  void writingTheDeadlineVariablesMovesNeitherTheLastDayNorTheOverdueTimer() {
    Caller admin = rest(ADMIN);
    assertThat(admin.put(variable("deadline"), text("2025-12-31")).status()).isEqualTo(204);
    assertThat(admin.put(variable("deadlineDue"), "{\"value\": \"2025-12-31T17:00:00.000+0000\", \"type\": \"Date\"}")
        .status()).isEqualTo(204);

    Caller.Response late = rest(OFFICIAL).post(restApi() + "/task/" + draftPlan().getId() + "/complete",
        completion(Map.of("meetingDate", text("2025-04-15"))));

    assertThat(late.status()).as(late.toString()).isEqualTo(400);
    assertThat(late.body()).contains("R7", "31/03/2025");
    assertThat(draftPlan()).as("draftPlan still open").isNotNull();
    assertThat(overdueTimer().getDuedate()).isEqualTo(OVERDUE_FROM);

    // the overdue handling compares the new date with the register's last day, and the extension moves the timer
    ClockUtil.setCurrentTime(OVERDUE_FROM);
    engine.getManagementService().executeJob(overdueTimer().getId());
    Task handle = congresses.task(congress, ProcessKeys.TASK_HANDLE_OVERDUE);
    assertThat(candidateGroups(handle)).containsExactly(REVIEWER_GROUP);
    engine.getTaskService().complete(handle.getId(), Variables.createVariables().putValue("decision", "EXTEND")
        .putValue("newDeadline", "2025-04-20").putValue("reason", "Xã bị ảnh hưởng mưa lũ."));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(congress.getId())
        .activityId("extendedDeadlinePassed").singleResult().getDuedate())
        .isEqualTo(Date.from(Instant.parse("2025-04-20T17:00:00Z")));
  }

  private String variable(String name) {
    return restApi() + "/process-instance/" + congress.getId() + "/variables/" + name;
  }

  private static String text(String value) {
    return "{\"value\": \"" + value + "\", \"type\": \"String\"}";
  }

  /** The returned dossier sent again as it was (its documents are still there), with the given fields changed. */
  private String completion(Map<String, String> changed) {
    Map<String, Object> sent = engine.getRuntimeService().getVariables(congress.getId());
    StringBuilder variables = new StringBuilder("""
        "programmeItems": {"value": "[\\"REVIEW\\",\\"SPEECHES\\",\\"COMMENDATION\\",\\"LAUNCH\\",\\"UPPER_DELEGATES\\"]",
                           "type": "Json"}""");
    Map.of("format", text(String.valueOf(sent.get("format"))), "meetingDate", text("2025-02-20"),
        "session", text(String.valueOf(sent.get("session")))).forEach((name, value) -> {
          if (!changed.containsKey(name)) {
            variables.append(", \"").append(name).append("\": ").append(value);
          }
        });
    changed.forEach((name, value) -> variables.append(", \"").append(name).append("\": ").append(value));
    return "{\"variables\": {" + variables + "}}";
  }

  private Task draftPlan() {
    return congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN);
  }

  private Job overdueTimer() {
    return engine.getManagementService().createJobQuery().processInstanceId(congress.getId())
        .activityId("deadlinePassed").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
