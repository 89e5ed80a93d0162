package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * Plan II.6: a pilot congress records its lessons at its results; the main wave reads them while it drafts, on the
 * draft plans open when the pilot ends and on those opened later. Only a pilot records lessons.
 */
class PilotLessonsTest extends CongressTestBase {

  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void forgetTheLessons() {
    jdbc.update("DELETE FROM congress_lesson WHERE unit_code = 'SO-Y-TE'");
  }

  @Test
  void thePilotsLessonsReachTheMainWaveWhileItDrafts() {
    Unit early = driver.agency(UnitKind.CIVIL, 80);
    ProcessInstance drafting = driver.start(early);
    assertThat(engine.getFormService().getTaskFormVariables(task(TASK_DRAFT_PLAN, drafting).getId())
        .get(PILOT_LESSONS))
        .isNull();

    Unit pilot = registry.find("SO-Y-TE").orElseThrow();
    ProcessInstance congress = driver.start(pilot);
    complete(task(TASK_AGREE_PILOT_PLAN, congress), withVariables(AGREED_CONTENT, "Tổng kết 5 năm ngành y tế",
        AGREED_PROGRAMME, "Năm nội dung theo mục II.4 của Kế hoạch", AGREED_MEETING_DATE, MEETING.toString(),
        AGREED_DELEGATE_COUNT, 100));
    // the registry has no staff count for Sở Y tế: the unit gives it with its dossier
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(pilot, MEETING).putValue(STAFF_COUNT, 100)
        .putValue(DELEGATE_COUNT, 70));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    CongressDriver.clockAt(MEETING, 14, 0);
    execute(job("meetingDayReached", congress));
    complete(task(TASK_REPORT_RESULTS, congress), results().putValue(LESSONS_WENT_WELL,
        "Chọn điển hình từ cơ sở, báo cáo tham luận ngắn gọn").putValue(LESSONS_TO_CHANGE,
        "Gửi giấy mời sớm hơn cho đại biểu vùng xa"));
    assertThat(congress).isEnded();

    String lesson = pilot.name() + " (điểm cấp sở, ngành, huyện) – Làm tốt: Chọn điển hình từ cơ sở, báo cáo tham"
        + " luận ngắn gọn Cần rút kinh nghiệm: Gửi giấy mời sớm hơn cho đại biểu vùng xa";
    assertThat(lessons(drafting)).contains(lesson);
    ProcessInstance later = driver.start(driver.commune(80));
    assertThat(lessons(later)).contains(lesson);
  }

  @Test
  void aCongressOfTheMainWaveRecordsNoLessons() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, MEETING));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    CongressDriver.clockAt(MEETING, 14, 0);
    execute(job("meetingDayReached", congress));

    assertThat(refusalOf(() -> complete(task(TASK_REPORT_RESULTS, congress), results()
        .putValue(LESSONS_TO_CHANGE, "Không có"))).getViolations()).containsExactly("II.6 – Chỉ Đại hội (Hội nghị)"
        + " điểm ghi bài học kinh nghiệm (lessonsWentWell, lessonsToChange) cho các đơn vị tổ chức sau rút kinh"
        + " nghiệm.");
    complete(task(TASK_REPORT_RESULTS, congress), results());
    assertThat(congress).isEnded();
  }

  private List<String> lessons(ProcessInstance congress) {
    SpinJsonNode lines = (SpinJsonNode) engine.getFormService().getTaskFormVariables(
        task(TASK_DRAFT_PLAN, congress).getId()).get(PILOT_LESSONS);
    assertThat(lines).as("the pilots' lessons on the draft plan").isNotNull();
    return lines.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private static VariableMap results() {
    return Variables.createVariables().putValue(HELD_ON, MEETING.toString()).putValue(ATTENDANCE, 50)
        .putValue(COMMENDED_COLLECTIVES, 0).putValue(COMMENDED_INDIVIDUALS, 0).putValue(UPPER_DELEGATES, 0);
  }
}
