package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.support.PostgresTest;
import vn.laichau.thidua.support.ProcessTestConfiguration;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The congress lifecycle on a real PostgreSQL (profile {@code postgres}): the dossier's files, Json and dates survive
 * the round trip, the timers' due dates are stored exactly, a refusal rolls back on PostgreSQL as on H2, and the
 * overdue path extends and ends the congress.
 *
 * <p>With the coverage plugin, as every process test: that also gives the class a Spring context, and so a database,
 * of its own, apart from the registry's PostgreSQL test, which counts the seeded units that these tests add to.
 */
@PostgresTest
@Import(ProcessTestConfiguration.class)
class CongressOnPostgresTest {

  @Autowired
  ProcessEngine engine;
  /** What is kept of an ended congress: the engine keeps no history of its variables. */
  @Autowired
  CongressProgressRepository progress;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CongressRules rules;
  @Autowired
  CampaignCalendar calendar;
  @Autowired
  DataSource dataSource;

  private CongressDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    CongressDriver.clockAt(LocalDate.of(2025, 1, 10), 9, 0);
    driver = new CongressDriver(engine, registry, rules, calendar);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void unitHoldsItsCongressOnPostgresql() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);
    VariableMap dossier = driver.validDossier(commune, LocalDate.of(2025, 2, 20)).putValue(STAFF_COUNT, 320)
        .putValue(DELEGATE_COUNT, 180);

    RuleViolationException refusal = CongressTestBase.refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress),
        driver.validDossier(commune, LocalDate.of(2025, 2, 20)).putValue(STAFF_COUNT, 320)
            .putValue(DELEGATE_COUNT, 201)));
    assertThat(refusal.getViolations()).singleElement().asString().startsWith("R3 – Số đại biểu 201");
    assertThat(engine.getRuntimeService().getVariables(congress.getId())).doesNotContainKeys(FORMAT, PLAN_DOCUMENT);
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isNull();

    complete(task(TASK_DRAFT_PLAN, congress), dossier);
    assertThat(engine.getRuntimeService().getVariable(congress.getId(), STAFF_COUNT)).isEqualTo(320);
    assertThat(registry.find(commune.code()).orElseThrow().staffCount()).isNull();
    FileValue plan = engine.getRuntimeService().getVariableTyped(congress.getId(), PLAN_DOCUMENT);
    assertThat(plan.getFilename()).isEqualTo("ke-hoach.pdf");
    assertThat(plan.getMimeType()).isEqualTo(CongressDriver.PDF);
    assertThat(plan.getValue().readAllBytes()).startsWith("%PDF-".getBytes());

    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false, REVIEW_COMMENT, "Bổ sung lịch tổ chức."));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN).variables().containsEntry(RETURN_REASON, "Bổ sung lịch tổ chức.");
    complete(task(TASK_DRAFT_PLAN, congress), dossier);
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(job("meetingDayReached", congress).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2025-02-19T17:00:00Z")));

    CongressDriver.clockAt(LocalDate.of(2025, 2, 20), 0, 0);
    execute(job("meetingDayReached", congress));
    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 175,
        COMMENDED_COLLECTIVES, 4, COMMENDED_INDIVIDUALS, 20, UPPER_DELEGATES, 3));
    assertThat(congress).isEnded();
    assertThat(progress.findByProcessInstance(congress.getId())).map(CongressProgress::status).map(Enum::name)
        .contains("HELD_ON_TIME");
  }

  @Test
  void overdueUnitIsExtendedThenRecordedAsNotHeldOnPostgresql() {
    ProcessInstance congress = driver.start(driver.commune(80));
    assertThat(job("deadlinePassed", congress).getDuedate()).isEqualTo(Date.from(Instant.parse("2025-03-31T17:00:00Z")));

    CongressDriver.clockAt(LocalDate.of(2025, 4, 1), 0, 0);
    execute(job("deadlinePassed", congress));
    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND", NEW_DEADLINE, "2025-04-20",
        REASON, "Mưa lũ kéo dài."));
    assertThat(job("extendedDeadlinePassed", congress).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2025-04-20T17:00:00Z")));

    CongressDriver.clockAt(LocalDate.of(2025, 4, 21), 0, 0);
    execute(job("extendedDeadlinePassed", congress));
    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "NOT_HELD", REASON, "Đơn vị sáp nhập."));
    assertThat(congress).isEnded().hasPassed("congressNotHeld");
    assertThat(progress.findByProcessInstance(congress.getId())).hasValueSatisfying(row -> {
      assertThat(row.status().name()).isEqualTo("NOT_HELD");
      assertThat(row.extensionCount()).isEqualTo(1);
    });
  }

  /** PostgreSQL does not index a foreign key by itself: without it each completion reads every open task. */
  @Test
  void taskParentForeignKeyIsIndexed() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_task' AND indexname = ?")) {
      statement.setString(1, "act_idx_task_parent_task");
      try (var rows = statement.executeQuery()) {
        assertThat(rows.next()).as("index act_idx_task_parent_task").isTrue();
        assertThat(rows.getString(1)).contains("(parent_task_id_)");
      }
    }
  }
}
