package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Drives the congress process in tests: fresh units in the registry, the engine clock in Vietnam time, and a complete
 * valid dossier for a unit that each test then breaks in exactly one way.
 */
final class CongressDriver {

  static final String PDF = "application/pdf";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final List<String> ALL_PROGRAMME_ITEMS = Arrays.stream(ProgrammeItem.values()).map(Enum::name).toList();

  private static final AtomicInteger UNIT_NUMBER = new AtomicInteger();

  private final ProcessEngine engine;
  private final UnitRegistry registry;
  private final CongressRules rules;
  private final CampaignCalendar calendar;

  CongressDriver(ProcessEngine engine, UnitRegistry registry, CongressRules rules, CampaignCalendar calendar) {
    this.engine = engine;
    this.registry = registry;
    this.rules = rules;
    this.calendar = calendar;
  }

  /** A new commune of district 106 with this staff count (null: the registry does not know it). */
  Unit commune(Integer staff) {
    return save(Level.CO_SO, UnitKind.CIVIL, staff, "106");
  }

  /** A new provincial agency of this kind and staff count. */
  Unit agency(UnitKind kind, Integer staff) {
    return save(Level.SO_NGANH_HUYEN, kind, staff, null);
  }

  Unit enterprise(Integer staff) {
    return save(Level.CO_SO, UnitKind.ENTERPRISE, staff, null);
  }

  Unit save(Level level, UnitKind kind, Integer staff, String parent) {
    String code = "T" + String.format("%05d", UNIT_NUMBER.incrementAndGet());
    return registry.save(new Unit(code, "Đơn vị thử nghiệm " + code, level, kind, staff, parent, null, true));
  }

  /** Sets the engine clock to this moment, Vietnam time. */
  static void clockAt(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, minute), VietnamTime.ZONE).toInstant()));
  }

  ProcessInstance start(Unit unit) {
    return start(unit.code(), Map.of());
  }

  ProcessInstance start(String unitCode, Map<String, Object> variables) {
    VariableMap all = Variables.createVariables().putValue(UNIT_CODE, unitCode);
    all.putAll(variables);
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.CONGRESS, unitCode, all);
  }

  Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /**
   * A dossier that every rule accepts for this unit, meeting on the given day: the first allowed format and session,
   * the delegate count the table allows at most (none for a full assembly), all five programme items, four documents.
   */
  VariableMap validDossier(Unit unit, LocalDate meetingDate) {
    VariableMap dossier = Variables.createVariables()
        .putValue(FORMAT, rules.allowedFormats(unit.level(), unit.kind(), isPilot(unit)).get(0).name())
        .putValue(MEETING_DATE, meetingDate.toString())
        .putValue(SESSION, rules.allowedSessions(unit.level()).get(0).name())
        .putValue(PROGRAMME_ITEMS, Spin.JSON(ALL_PROGRAMME_ITEMS))
        .putValue(EXEMPLAR_SPEAKERS, "Nguyễn Văn An, Chủ tịch Hội Nông dân xã")
        .putValue(PLAN_DOCUMENT, pdf("ke-hoach.pdf"))
        .putValue(SCHEDULE_DOCUMENT, docx("lich-to-chuc.docx"))
        .putValue(SUMMARY_REPORT, pdf("bao-cao-tong-ket.pdf"))
        .putValue(PROGRAMME_DOCUMENT, docx("noi-dung-dai-hoi.docx"));
    rules.delegateQuota(unit.level(), unit.staffCount())
        .filter(quota -> !quota.isFullAssembly())
        .ifPresent(quota -> dossier.putValue(DELEGATE_COUNT, quota.maxDelegates()));
    return dossier;
  }

  private boolean isPilot(Unit unit) {
    return calendar.isPilot(calendar.defaultCampaignId(), unit.code());
  }

  static FileValue pdf(String name) {
    return file(name, PDF, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
  }

  static FileValue docx(String name) {
    return file(name, DOCX, "PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml");
  }

  static FileValue file(String name, String mimeType, String content) {
    return Variables.fileValue(name).file(content.getBytes(StandardCharsets.ISO_8859_1)).mimeType(mimeType).create();
  }

  static FileValue file(String name, String mimeType, byte[] content) {
    return Variables.fileValue(name).file(content).mimeType(mimeType).create();
  }
}
