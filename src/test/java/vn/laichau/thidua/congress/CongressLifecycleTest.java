package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.support.AssertProcessCoverage;

/**
 * Every path of the congress lifecycle, from the start to each end; together they take every flow node and sequence
 * flow of {@code congress}, which the class asserts.
 */
// the notification elements (notify…) are CongressNotificationTest's to cover
@AssertProcessCoverage(process = CONGRESS, atLeast = 1.0, exceptElementsStartingWith = "notify")
class CongressLifecycleTest extends CongressTestBase {

  private static final LocalDate CO_SO_DEADLINE = LocalDate.of(2025, 3, 31);

  @Test
  void unitHoldsItsCongressAfterAReturnAndAResubmission() {
    Unit commune = driver.commune(120);
    ProcessInstance congress = driver.start(commune);

    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN).hasBusinessKey(commune.code())
        .variables()
        .containsEntry(CAMPAIGN_ID, "LAICHAU-2025")
        .containsEntry(DEADLINE, "2025-03-31");
    Congress known = facts.of(congress.getId());
    assertThat(known.unitGroup()).isEqualTo("unit-" + commune.code());
    assertThat(known.reviewerGroup()).isEqualTo("phong-noi-vu-106");
    assertThat(known.districtCode()).isEqualTo("106");
    assertThat(known.campaignId()).isEqualTo("LAICHAU-2025");
    assertThat(known.deadline()).isEqualTo("2025-03-31");
    assertThat(known.pilot()).isFalse();
    assertThat(known.provincialPilot()).isFalse();
    assertThat(task(TASK_DRAFT_PLAN, congress)).hasCandidateGroup("unit-" + commune.code());

    VariableMap dossier = driver.validDossier(commune, LocalDate.of(2025, 2, 20));
    complete(task(TASK_DRAFT_PLAN, congress), dossier);
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER)
        .variables().containsEntry(SUBMITTED_ON, "2025-01-10").containsEntry(DELEGATE_COUNT, 120)
        .containsEntry(MEETING_FORM, "FULL_ASSEMBLY");
    assertThat(task(TASK_REVIEW_DOSSIER, congress)).hasCandidateGroup("phong-noi-vu-106");
    // the review form reads the names of what was sent from the server, never a code
    assertThat(engine.getFormService().getTaskFormVariables(task(TASK_REVIEW_DOSSIER, congress).getId()))
        .containsEntry("levelLabel", Level.CO_SO.label())
        .containsEntry("formatLabel", CongressFormat.valueOf((String) dossier.get(FORMAT)).label())
        .containsEntry("sessionLabel", Session.valueOf((String) dossier.get(SESSION)).label())
        .containsEntry("meetingFormLabel", "Hội nghị toàn thể: toàn bộ cán bộ, công chức, viên chức, người lao động dự")
        .containsKey(PROGRAMME_ITEM_OPTIONS);

    complete(task(TASK_REVIEW_DOSSIER, congress),
        withVariables(APPROVED, false, REVIEW_COMMENT, "Bổ sung danh sách điển hình được khen thưởng."));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN).variables()
        .containsEntry(RETURN_REASON, "Bổ sung danh sách điển hình được khen thưởng.")
        .containsEntry(RETURN_COUNT, 1)
        .doesNotContainKey(APPROVED);

    // the corrected dossier comes back on 08/02: the 15 days are counted again from the new submission
    CongressDriver.clockAt(LocalDate.of(2025, 2, 8), 10, 0);
    RuleViolationException late = refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier));
    assertThat(late.getViolations()).singleElement().asString().startsWith("R6 – ").contains("20/02/2025");
    dossier.putValue(MEETING_DATE, "2025-02-23");
    complete(task(TASK_DRAFT_PLAN, congress), dossier);
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().containsEntry(SUBMITTED_ON, "2025-02-08")
        .containsEntry(SUBMISSION_COUNT, 2);

    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(congress).isWaitingAt("meetingDayReached");
    Job meeting = job("meetingDayReached", congress);
    assertThat(meeting.getDuedate()).isEqualTo(Date.from(Instant.parse("2025-02-22T17:00:00Z")));

    CongressDriver.clockAt(LocalDate.of(2025, 2, 23), 0, 0);
    execute(meeting);
    assertThat(congress).isWaitingAt(TASK_REPORT_RESULTS);
    assertThat(task(TASK_REPORT_RESULTS, congress)).hasCandidateGroup("unit-" + commune.code());
    assertThat(jobQuery().processInstanceId(congress.getId()).activityId("deadlinePassed").count())
        .as("the deadline timer is gone").isZero();

    CongressDriver.clockAt(LocalDate.of(2025, 2, 24), 8, 0);
    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-23", ATTENDANCE, 110,
        COMMENDED_COLLECTIVES, 5, COMMENDED_INDIVIDUALS, 27, UPPER_DELEGATES, 3));
    assertThat(congress).isEnded().hasPassed("recordResults");
    assertThat(outcome(congress)).isEqualTo("HELD_ON_TIME");
  }

  @Test
  void provincialPilotAgreesItsPlanWithSoNoiVuBeforeDrafting() {
    ProcessInstance congress = driver.start(registry.find("SO-Y-TE").orElseThrow());

    assertThat(congress).isWaitingAt(TASK_AGREE_PILOT_PLAN).variables().containsEntry(DEADLINE, "2025-04-30");
    assertThat(facts.of(congress.getId()).provincialPilot()).isTrue();
    assertThat(facts.of(congress.getId()).reviewerGroup()).isEqualTo("so-noi-vu");
    assertThat(task(TASK_AGREE_PILOT_PLAN, congress)).hasCandidateGroup("so-noi-vu");

    RuleViolationException incomplete = refusalOf(() -> complete(task(TASK_AGREE_PILOT_PLAN, congress),
        withVariables(AGREED_CONTENT, "Tổng kết 5 năm ngành y tế")));
    assertThat(incomplete.getViolations()).allMatch(v -> v.startsWith("R8 – ")).hasSize(3);

    complete(task(TASK_AGREE_PILOT_PLAN, congress), withVariables(AGREED_CONTENT, "Tổng kết 5 năm ngành y tế",
        AGREED_PROGRAMME, "Năm nội dung theo mục II.4 của Kế hoạch", AGREED_MEETING_DATE, "2025-04-15",
        AGREED_DELEGATE_COUNT, 100));
    assertThat(congress).hasPassed(TASK_AGREE_PILOT_PLAN).isWaitingAt(TASK_DRAFT_PLAN);
  }

  @Test
  void deadlineTimerIsDueAtMidnightVietnamTimeOfTheDayAfterTheLastDay() {
    ProcessInstance congress = driver.start(driver.commune(80));

    Job deadline = job("deadlinePassed", congress);
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2025-03-31T17:00:00Z")))
        .isEqualTo(VietnamTime.overdueFrom(CO_SO_DEADLINE));
    assertThat(facts.of(congress.getId()).deadlineDue()).isEqualTo(deadline.getDuedate());
  }

  @Test
  void overdueUnitIsExtendedThenRecordedAsNotHeldWhileItsDraftStaysOpen() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);

    CongressDriver.clockAt(CO_SO_DEADLINE.plusDays(1), 0, 0);
    execute(job("deadlinePassed", congress));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN, TASK_HANDLE_OVERDUE);
    assertThat(task(TASK_HANDLE_OVERDUE, congress)).hasCandidateGroup("phong-noi-vu-106");

    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND", NEW_DEADLINE, "2025-04-20",
        REASON, "Xã bị ảnh hưởng mưa lũ, đề nghị lùi thời gian tổ chức."));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN, "extendedDeadlinePassed").variables()
        .containsEntry(DEADLINE, "2025-04-20")
        .containsEntry(EXTENSION_COUNT, 1).doesNotContainKeys(DECISION, NEW_DEADLINE, REASON);
    assertThat(facts.of(congress.getId()).deadline()).isEqualTo("2025-04-20");
    assertThat(facts.of(congress.getId()).originalDeadline()).isEqualTo("2025-03-31");
    Job extended = job("extendedDeadlinePassed", congress);
    assertThat(extended.getDuedate()).isEqualTo(Date.from(Instant.parse("2025-04-20T17:00:00Z")));
    SpinJsonNode extensions = (SpinJsonNode) engine.getRuntimeService().getVariable(congress.getId(), EXTENSIONS);
    assertThat(extensions.elements()).singleElement().satisfies(extension -> {
      assertThat(extension.prop("from").stringValue()).isEqualTo("2025-03-31");
      assertThat(extension.prop("to").stringValue()).isEqualTo("2025-04-20");
      assertThat(extension.prop("reason").stringValue()).contains("mưa lũ");
    });

    CongressDriver.clockAt(LocalDate.of(2025, 4, 21), 0, 0);
    execute(extended);
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN, TASK_HANDLE_OVERDUE);

    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "NOT_HELD",
        REASON, "Đơn vị sáp nhập, không tổ chức Hội nghị."));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(congress.getId())
        .activityId(TASK_DRAFT_PLAN).canceled().count()).as("the unit's draft cancelled").isEqualTo(1);
    assertThat(congress).isEnded().hasPassed("recordNotHeld", "notHeldThrown", "congressNotHeld")
        .hasNotPassed("recordSubmission", TASK_REPORT_RESULTS);
    assertThat(congressProgress.findByProcessInstance(congress.getId())).hasValueSatisfying(row -> {
      assertThat(row.status().name()).isEqualTo("NOT_HELD");
      assertThat(row.notHeldReason()).isEqualTo("Đơn vị sáp nhập, không tổ chức Hội nghị.");
    });
  }

  @Test
  void aUnitRetiredBeforeItsMeetingHoldsNoCongressAndOneRetiredAfterItReportsItsResults() {
    Unit merged = driver.commune(80);
    ProcessInstance congress = driver.start(merged);
    CongressDriver.clockAt(LocalDate.of(2025, 2, 3), 9, 0);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(merged, LocalDate.of(2025, 3, 20)));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER);

    // Sở Nội vụ retires the commune (merged into its neighbour) while its dossier is under review
    registry.save(new Unit(merged.code(), merged.name(), merged.level(), merged.kind(), merged.staffCount(),
        merged.parentCode(), merged.councilMember(), false));
    assertThat(congress).isEnded().hasPassed("unitRetired", "recordRetirement", "congressRetired")
        .hasNotPassed("recordApproval", TASK_REPORT_RESULTS);
    // set by the server, not through a task: the congress's progress keeps it
    assertThat(congressProgress.findByProcessInstance(congress.getId())).hasValueSatisfying(row -> {
      assertThat(row.status().name()).isEqualTo("NOT_HELD");
      assertThat(row.notHeldReason()).isEqualTo("Đơn vị " + merged.name() + " (" + merged.code() + ") ngừng hoạt"
          + " động: Sở Nội vụ cập nhật danh sách đơn vị ngày 03/02/2025.");
      assertThat(row.endedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 3));
    });
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(congress.getId())
        .activityId(TASK_REVIEW_DOSSIER).canceled().count()).as("the review cancelled").isEqualTo(1);

    // a unit whose meeting has been held reports its results, retired or not
    Unit held = driver.commune(80);
    ProcessInstance heldCongress = driver.start(held);
    complete(task(TASK_DRAFT_PLAN, heldCongress), driver.validDossier(held, LocalDate.of(2025, 3, 1)));
    complete(task(TASK_REVIEW_DOSSIER, heldCongress), withVariables(APPROVED, true));
    CongressDriver.clockAt(LocalDate.of(2025, 3, 1), 0, 0);
    execute(job("meetingDayReached", heldCongress));
    registry.save(new Unit(held.code(), held.name(), held.level(), held.kind(), held.staffCount(), held.parentCode(),
        held.councilMember(), false));
    assertThat(heldCongress).isWaitingAt(TASK_REPORT_RESULTS).hasNotPassed("unitRetired");
  }

  @Test
  void congressHeldAfterAnExtensionIsHeldLate() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    CongressDriver.clockAt(CO_SO_DEADLINE.plusDays(1), 0, 0);
    execute(job("deadlinePassed", congress));
    complete(task(TASK_HANDLE_OVERDUE, congress), withVariables(DECISION, "EXTEND", NEW_DEADLINE, "2025-05-15",
        REASON, "Chờ kiện toàn lãnh đạo xã."));

    CongressDriver.clockAt(LocalDate.of(2025, 4, 2), 9, 0);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 5, 10)));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(congress).isWaitingAt("meetingDayReached", "extendedDeadlinePassed");

    CongressDriver.clockAt(LocalDate.of(2025, 5, 10), 0, 0);
    execute(job("meetingDayReached", congress));
    assertThat(congress).isWaitingAt(TASK_REPORT_RESULTS);
    assertThat(jobQuery().processInstanceId(congress.getId()).activityId("extendedDeadlinePassed").count())
        .as("the extended deadline ends with the lifecycle").isZero();

    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-05-10", ATTENDANCE, 75,
        COMMENDED_COLLECTIVES, 2, COMMENDED_INDIVIDUALS, 10, UPPER_DELEGATES, 2));
    assertThat(congress).isEnded();
    assertThat(outcome(congress)).isEqualTo("HELD_LATE");
  }

  @Test
  void approvingOnOrAfterTheMeetingDayIsRefusedAndTheReturnAsksTheUnitForANewDate() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    CongressDriver.clockAt(LocalDate.of(2025, 3, 10), 9, 0);
    VariableMap dossier = driver.validDossier(commune, LocalDate.of(2025, 3, 25));
    complete(task(TASK_DRAFT_PLAN, congress), dossier);

    // the reviewer lets the dossier lie until its meeting day: approving now would fire the meeting timer at once
    CongressDriver.clockAt(LocalDate.of(2025, 3, 25), 8, 0);
    RuleViolationException onTheDay = refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress),
        withVariables(APPROVED, true)));
    assertThat(onTheDay.getViolations()).singleElement().asString()
        .startsWith("R13 – Không thể duyệt hồ sơ vào hoặc sau ngày tổ chức 25/03/2025 (hôm nay là 25/03/2025)")
        .contains("trả lại hồ sơ");
    CongressDriver.clockAt(LocalDate.of(2025, 3, 26), 8, 0);
    assertThat(refusalOf(() -> complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true)))
        .getViolations()).singleElement().asString().contains("25/03/2025").contains("26/03/2025");
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).variables().doesNotContainKey(APPROVED_ON);

    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false,
        REVIEW_COMMENT, "Đã qua ngày tổ chức dự kiến: đề nghị chọn ngày tổ chức mới."));
    assertThat(congress).isWaitingAt(TASK_DRAFT_PLAN).variables().containsEntry(RETURN_REASON,
        "Đã qua ngày tổ chức dự kiến: đề nghị chọn ngày tổ chức mới.");
    // the old date cannot be sent again (R6: 15 days ahead of today)
    assertThat(refusalOf(() -> complete(task(TASK_DRAFT_PLAN, congress), dossier)).getViolations())
        .anyMatch(violation -> violation.startsWith("R6 – "));
  }

  @Test
  void theDayBeforeTheMeetingTheDossierCanStillBeApproved() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 2, 20)));
    CongressDriver.clockAt(LocalDate.of(2025, 2, 19), 23, 59);
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(congress).isWaitingAt("meetingDayReached");
  }

  @Test
  void reviewIsDueFiveWorkingDaysAfterTheSubmissionAndItsSupervisorFollowsItUpFromTheNextDay() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    // Friday 10/01/2025: Monday 13 to Friday 17 are the five working days
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 3, 20)));
    Date due = Date.from(Instant.parse("2025-01-17T17:00:00Z"));
    assertThat(congress).variables().containsEntry(REVIEW_LAST_DAY, "2025-01-17");
    assertThat(task(TASK_REVIEW_DOSSIER, congress).getDueDate()).isEqualTo(due);
    Job late = job("reviewLate", congress);
    assertThat(late.getDuedate()).isEqualTo(due);

    CongressDriver.clockAt(LocalDate.of(2025, 1, 17), 23, 59);
    assertThat(jobQuery().processInstanceId(congress.getId()).activityId("reviewLate").duedateLowerThan(
        org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).count()).as("not due on the last day").isZero();

    CongressDriver.clockAt(LocalDate.of(2025, 1, 18), 0, 0);
    execute(late);
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER, TASK_FOLLOW_UP_LATE_REVIEW);
    // Sở Nội vụ supervises the district's Phòng Nội vụ (R13)
    assertThat(task(TASK_FOLLOW_UP_LATE_REVIEW, congress)).hasCandidateGroup("so-noi-vu");

    RuleViolationException empty = refusalOf(() -> complete(task(TASK_FOLLOW_UP_LATE_REVIEW, congress),
        withVariables(FOLLOW_UP_NOTE, " ")));
    assertThat(empty.getViolations()).singleElement().asString().startsWith("R13 – ");
    complete(task(TASK_FOLLOW_UP_LATE_REVIEW, congress),
        withVariables(FOLLOW_UP_NOTE, "Đã gọi điện cho Phòng Nội vụ huyện Tam Đường ngày 20/01."));
    assertThat(congress).isWaitingAt(TASK_REVIEW_DOSSIER).hasPassed("lateReviewFollowedUp").variables()
        .doesNotContainKey(FOLLOW_UP_NOTE);
  }

  @Test
  void workingDaysSkipTetAndTheReviewIsDueThreeDaysBeforeTheMeetingAtTheLatest() {
    Unit agency = driver.agency(UnitKind.CIVIL, 50);
    ProcessInstance congress = driver.start(agency);
    // Friday 24/01/2025: 27–31/01 are Tết, then a weekend; five working days end on Friday 07/02
    CongressDriver.clockAt(LocalDate.of(2025, 1, 24), 9, 0);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(agency, LocalDate.of(2025, 3, 20)));
    assertThat(congress).variables().containsEntry(REVIEW_LAST_DAY, "2025-02-07");
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, false, REVIEW_COMMENT, "Bổ sung."));

    // the same day, a meeting on 08/02 (exactly 15 days ahead): the review is due three days before, on 05/02
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(agency, LocalDate.of(2025, 2, 8)));
    assertThat(congress).variables().containsEntry(REVIEW_LAST_DAY, "2025-02-05");
    assertThat(task(TASK_REVIEW_DOSSIER, congress).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2025-02-05T17:00:00Z")));

    // Sở Nội vụ reviews the agency; UBND tỉnh supervises Sở Nội vụ (R13)
    CongressDriver.clockAt(LocalDate.of(2025, 2, 6), 0, 0);
    execute(job("reviewLate", congress));
    assertThat(task(TASK_FOLLOW_UP_LATE_REVIEW, congress)).hasCandidateGroup("ubnd-tinh");

    // Sở Nội vụ approves before UBND tỉnh has followed it up: the follow-up ends with the review
    CongressDriver.clockAt(LocalDate.of(2025, 2, 6), 9, 0);
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(congress).hasPassed("lateReviewDone", "lateReviewClosed").isWaitingAt("meetingDayReached");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(congress.getId())
        .taskDefinitionKey(TASK_FOLLOW_UP_LATE_REVIEW).count()).isZero();
  }

  @Test
  void noOneReviewsTheirOwnCongress() {
    // R14: Sở Nội vụ's own congress and the provincial congress go to UBND tỉnh, who follows up its own reviews
    for (String unitCode : new String[] {"SO-NOI-VU", "12"}) {
      Unit registered = registry.find(unitCode).orElseThrow();
      Unit unit = registry.save(registered.withStaffCount(60));
      ProcessInstance congress = driver.start(unit);
      assertThat(facts.of(congress.getId()).reviewerGroup()).isEqualTo("ubnd-tinh");
      VariableMap dossier = driver.validDossier(unit, LocalDate.of(2025, 3, 20));
      if (unit.level() == Level.TINH) {
        dossier.putValue(DELEGATE_COUNT, 450);
      }
      complete(task(TASK_DRAFT_PLAN, congress), dossier);
      registry.save(registered);
      assertThat(task(TASK_REVIEW_DOSSIER, congress)).hasCandidateGroup("ubnd-tinh");
      CongressDriver.clockAt(LocalDate.of(2025, 1, 18), 0, 0);
      execute(job("reviewLate", congress));
      assertThat(task(TASK_FOLLOW_UP_LATE_REVIEW, congress)).hasCandidateGroup("ubnd-tinh");
      CongressDriver.clockAt(TODAY, 9, 0);
    }
    // everyone else's reviewer is unchanged (R6)
    assertThat(facts.of(driver.start(driver.agency(UnitKind.CIVIL, 50)).getId()).reviewerGroup()).isEqualTo("so-noi-vu");
  }

  @Test
  void resultsAreDueSevenDaysAfterTheMeetingAndTheReviewerFollowsUpALateUnit() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, LocalDate.of(2025, 3, 1)));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    assertThat(congress).variables().containsEntry(RESULTS_LAST_DAY, "2025-03-08");
    CongressDriver.clockAt(LocalDate.of(2025, 3, 1), 0, 0);
    execute(job("meetingDayReached", congress));
    Date due = Date.from(Instant.parse("2025-03-08T17:00:00Z"));
    assertThat(task(TASK_REPORT_RESULTS, congress).getDueDate()).isEqualTo(due);
    assertThat(job("resultsLate", congress).getDuedate()).isEqualTo(due);

    CongressDriver.clockAt(LocalDate.of(2025, 3, 9), 0, 0);
    execute(job("resultsLate", congress));
    assertThat(congress).isWaitingAt(TASK_REPORT_RESULTS, TASK_FOLLOW_UP_LATE_RESULTS);
    assertThat(task(TASK_FOLLOW_UP_LATE_RESULTS, congress)).hasCandidateGroup("phong-noi-vu-106");
    complete(task(TASK_FOLLOW_UP_LATE_RESULTS, congress),
        withVariables(FOLLOW_UP_NOTE, "Đã nhắc xã báo cáo trước ngày 12/03."));
    assertThat(congress).hasPassed("lateResultsFollowedUp").isWaitingAt(TASK_REPORT_RESULTS);

    // a second follow-up still open when the results come is moot: the congress ends with it
    CongressDriver.clockAt(LocalDate.of(2025, 3, 10), 9, 0);
    engine.getRuntimeService().createProcessInstanceModification(congress.getId())
        .startBeforeActivity(TASK_FOLLOW_UP_LATE_RESULTS).execute();
    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-03-01", ATTENDANCE, 75,
        COMMENDED_COLLECTIVES, 2, COMMENDED_INDIVIDUALS, 10, UPPER_DELEGATES, 2));
    assertThat(congress).isEnded();
    assertThat(outcome(congress)).isEqualTo("HELD_ON_TIME");
  }
}
