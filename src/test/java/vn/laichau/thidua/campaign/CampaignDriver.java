package vn.laichau.thidua.campaign;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * Drives a campaign's congresses through the engine's API, by the public names only (process, task and variable names other systems rely on): the unit's
 * dossier, the reviewer's decision, the results. The engine clock is Vietnam time; jobs (timers and asynchronous
 * continuations) run when the test says, since the job executor is off.
 */
final class CampaignDriver {

  static final List<String> PROGRAMME = List.of("REVIEW", "SPEECHES", "COMMENDATION", "LAUNCH", "UPPER_DELEGATES");

  private final ProcessEngine engine;
  private final CongressProgressRepository progress;
  private final String campaignId;

  CampaignDriver(ProcessEngine engine, CongressProgressRepository progress, String campaignId) {
    this.engine = engine;
    this.progress = progress;
    this.campaignId = campaignId;
  }

  static void clockAt(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, minute), VietnamTime.ZONE).toInstant()));
  }

  /**
   * Runs every job due by the engine clock, including the ones those jobs create, until none is left. One at a time,
   * asking again after each: a job may end a scope whose other jobs then no longer exist (a meeting day ends the
   * congress's deadline timer).
   */
  int runDueJobs() {
    int executed = 0;
    while (true) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return executed;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
      executed++;
    }
  }

  String congress(String unitCode) {
    return progress.find(campaignId, unitCode).map(CongressProgress::processInstanceId)
        .orElseThrow(() -> new AssertionError("no congress of " + unitCode + " in " + campaignId));
  }

  Task task(String unitCode, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(congress(unitCode))
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError(unitCode + " has no open task " + taskKey);
    }
    return task;
  }

  void complete(String unitCode, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(unitCode, taskKey).getId(), variables);
  }

  /** A dossier every rule accepts for the unit: full assembly of its staff (or 450 delegates for the province). */
  static VariableMap dossier(Unit unit, LocalDate meetingDate) {
    VariableMap dossier = Variables.createVariables()
        .putValue("meetingDate", meetingDate.toString())
        .putValue("programmeItems", Spin.JSON(PROGRAMME))
        .putValue("exemplarSpeakers", "Nguyễn Văn An, Chủ tịch Hội Nông dân xã")
        .putValue("planDocument", pdf("ke-hoach.pdf"))
        .putValue("scheduleDocument", pdf("lich-to-chuc.pdf"))
        .putValue("summaryReport", pdf("bao-cao-tong-ket.pdf"))
        .putValue("programmeDocument", pdf("noi-dung-dai-hoi.pdf"));
    switch (unit.level()) {
      case CO_SO -> dossier.putValue("format", "HOI_NGHI_TUYEN_DUONG_DIEN_HINH").putValue("session", "MORNING")
          .putValue("staffCount", 60);
      case SO_NGANH_HUYEN -> dossier.putValue("format", "DAI_HOI_THI_DUA_YEU_NUOC").putValue("session", "MORNING")
          .putValue("staffCount", 80);
      case TINH -> dossier.putValue("format", "DAI_HOI_THI_DUA_YEU_NUOC").putValue("session", "FULL_DAY")
          .putValue("delegateCount", 450);
    }
    return dossier;
  }

  /** The results each level reports in this test (R9): attendance, collectives, individuals, upper delegates. */
  static Map<String, Object> results(Level level, LocalDate heldOn) {
    int[] figures = switch (level) {
      case CO_SO -> new int[] {60, 3, 10, 2};
      case SO_NGANH_HUYEN -> new int[] {80, 5, 20, 4};
      case TINH -> new int[] {450, 30, 231, 15};
    };
    if (level == Level.CO_SO) {
      // R11, R12: a commune names its two delegates and proposes one exemplar to the province
      return Map.of("heldOn", heldOn.toString(), "attendance", figures[0], "commendedCollectives", figures[1],
          "commendedIndividuals", figures[2], "upperDelegates", figures[3],
          "delegateList", "Lò Văn Dũng; 1980; Nam; Thái; Chủ tịch Hội Nông dân\nTẩn Thị Mẩy; 1990; Nữ; Dao; Giáo viên",
          "proposals", "Lò Văn Dũng; cá nhân; BANG_KHEN_TINH_CA_NHAN; Năm năm liền dẫn đầu phong trào");
    }
    return Map.of("heldOn", heldOn.toString(), "attendance", figures[0], "commendedCollectives", figures[1],
        "commendedIndividuals", figures[2], "upperDelegates", figures[3]);
  }

  void submit(Unit unit, LocalDate meetingDate) {
    complete(unit.code(), ProcessKeys.TASK_DRAFT_PLAN, dossier(unit, meetingDate));
  }

  void approve(String unitCode) {
    complete(unitCode, ProcessKeys.TASK_REVIEW_DOSSIER, Map.of("approved", true));
  }

  void returnDossier(String unitCode, String reason) {
    complete(unitCode, ProcessKeys.TASK_REVIEW_DOSSIER, Map.of("approved", false, "reviewComment", reason));
  }

  /**
   * The unit's results; an upper congress also declines, with a reason, each proposal of its lower units that its form
   * lists (R11: every proposal is taken up or declined).
   */
  void report(Unit unit, LocalDate heldOn) {
    Map<String, Object> results = new HashMap<>(results(unit.level(), heldOn));
    Task task = task(unit.code(), ProcessKeys.TASK_REPORT_RESULTS);
    Object listed = engine.getFormService().getTaskFormVariables(task.getId()).get("lowerProposals");
    if (listed instanceof SpinJsonNode proposals && !proposals.elements().isEmpty()) {
      results.put("proposalDecisions", proposals.elements().stream()
          .map(line -> line.stringValue().split(" – ")[0] + "; Không tiếp nhận; Chưa đủ thành tích để đề nghị tiếp")
          .collect(Collectors.joining("\n")));
    }
    engine.getTaskService().complete(task.getId(), results);
  }

  static FileValue pdf(String name) {
    return Variables.fileValue(name)
        .file("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))
        .mimeType("application/pdf").create();
  }
}
