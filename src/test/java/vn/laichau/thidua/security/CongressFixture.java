package vn.laichau.thidua.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.ProgrammeItem;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitKind;

/**
 * Real congresses of the registry's communes, brought by the engine (no user authenticated) to the state a security
 * test needs: waiting at the unit's {@code draftPlan} with a dossier already sent once and returned, or waiting at the
 * reviewer's {@code reviewDossier}. The engine clock stands on 10 January 2025 (Vietnam time), so that a meeting on
 * 20 February keeps the 15 days of R6 and the communes' last day of R7.
 */
final class CongressFixture {

  static final String PLAN_CONTENT = "%PDF-1.7\n% Kế hoạch tổ chức Hội nghị điển hình tiên tiến\n%%EOF\n";
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);
  private static final LocalDate MEETING = LocalDate.of(2025, 2, 20);
  /** A commune's staff count the registry does not know: the unit gives it with its plan. */
  private static final int STAFF = 120;

  private final ProcessEngine engine;
  private final CongressRules rules;

  CongressFixture(ProcessEngine engine, CongressRules rules) {
    this.engine = engine;
    this.rules = rules;
  }

  static void clockOnTheDayOfWork() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(TODAY.atTime(9, 0), VietnamTime.ZONE).toInstant()));
  }

  static void resetClock() {
    ClockUtil.reset();
  }

  ProcessInstance start(String unitCode) {
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode,
        Variables.createVariables().putValue("unitCode", unitCode));
  }

  /** Sent once: waiting at the reviewer's reviewDossier. */
  ProcessInstance submitted(String unitCode) {
    ProcessInstance congress = start(unitCode);
    engine.getRuntimeService().setVariables(congress.getId(), validDossier());
    engine.getTaskService().complete(task(congress, ProcessKeys.TASK_DRAFT_PLAN).getId());
    return congress;
  }

  /** Sent and returned: back at the unit's draftPlan, with the documents of the first submission. */
  ProcessInstance returned(String unitCode) {
    ProcessInstance congress = submitted(unitCode);
    engine.getTaskService().complete(task(congress, ProcessKeys.TASK_REVIEW_DOSSIER).getId(), Variables
        .createVariables().putValue("approved", false).putValue("reviewComment", "Bổ sung danh sách đại biểu."));
    return congress;
  }

  Task task(ProcessInstance congress, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(congress.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Ends a congress so that its unit may start another in the same campaign. */
  void discard(String processInstanceId) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(processInstanceId, "security test", true);
    }
  }

  /** A dossier every rule accepts for a commune of STAFF officials (a full assembly: no delegate count). */
  private VariableMap validDossier() {
    return Variables.createVariables()
        .putValue("format", rules.allowedFormats(Level.CO_SO, UnitKind.CIVIL, false).get(0).name())
        .putValue("meetingDate", MEETING.toString())
        .putValue("session", rules.allowedSessions(Level.CO_SO).get(0).name())
        .putValue("staffCount", STAFF)
        .putValue("programmeItems", Spin.JSON(Arrays.stream(ProgrammeItem.values()).map(Enum::name).toList()))
        .putValue("exemplarSpeakers", "Nguyễn Văn An, Chủ tịch Hội Nông dân xã")
        .putValue("planDocument", file("ke-hoach.pdf", "application/pdf", PLAN_CONTENT))
        .putValue("scheduleDocument", file("lich-to-chuc.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n"))
        .putValue("summaryReport", file("bao-cao-tong-ket.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n"))
        .putValue("programmeDocument", file("noi-dung.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n"));
  }

  private static FileValue file(String name, String mimeType, String content) {
    return Variables.fileValue(name).file(content.getBytes(StandardCharsets.UTF_8)).mimeType(mimeType)
        .encoding("UTF-8").create();
  }
}
