package vn.laichau.thidua.recognition;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressObserver;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.recognition.CongressContentRepository.Lesson;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Plan II.6, "rút kinh nghiệm": a pilot congress records at its results what went well ({@code lessonsWentWell}) and
 * what to change ({@code lessonsToChange}); the other congresses of the campaign read every pilot's lessons on their
 * {@code draftPlan} ({@code pilotLessons}, a Json array of one line a pilot), computed when the form is read, so a
 * lesson recorded after the draft was opened is there the next time it is read. Only a pilot records lessons: a main-wave congress that sends them is refused.
 */
@Component
public class PilotLessons implements CongressObserver, FormGuidance {

  private final CongressProgressRepository progress;
  private final CongressContentRepository content;
  private final UnitRegistry registry;
  private final CongressFacts facts;

  public PilotLessons(CongressProgressRepository progress, CongressContentRepository content, UnitRegistry registry,
      CongressFacts facts) {
    this.progress = progress;
    this.content = content;
    this.registry = registry;
    this.facts = facts;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.CONGRESS.equals(processKey) && ProcessKeys.TASK_DRAFT_PLAN.equals(taskKey);
  }

  /** A main-wave draft reads every pilot's lessons as they stand when the form is read. */
  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    if (!isPilot(task)) {
      progress.findByProcessInstance(task.getProcessInstanceId()).flatMap(row -> lessons(row.campaignId()))
          .ifPresent(lessons -> guidance.put(PILOT_LESSONS, lessons));
    }
  }

  @Override
  public void taskCompleted(DelegateTask task) {
    if (!ProcessKeys.TASK_REPORT_RESULTS.equals(task.getTaskDefinitionKey())) {
      return;
    }
    Optional<String> wentWell = ContractValues.text(task, LESSONS_WENT_WELL);
    Optional<String> toChange = ContractValues.text(task, LESSONS_TO_CHANGE);
    if (wentWell.isEmpty() && toChange.isEmpty()) {
      return;
    }
    if (!isPilot(task)) {
      Violations violations = new Violations();
      violations.add("II.6", "Chỉ Đại hội (Hội nghị) điểm ghi bài học kinh nghiệm (lessonsWentWell,"
          + " lessonsToChange) cho các đơn vị tổ chức sau rút kinh nghiệm.");
      violations.throwIfAny();
    }
    progress.findByProcessInstance(task.getProcessInstanceId()).ifPresent(row -> content.saveLesson(
        row.campaignId(), row.unitCode(), task.getProcessInstanceId(), wentWell.orElse(null), toChange.orElse(null)));
  }

  /** Every pilot's lessons of the campaign, one line a pilot; empty when none has recorded any. */
  private Optional<JsonValue> lessons(String campaignId) {
    List<String> lines = new ArrayList<>();
    for (Lesson lesson : content.lessons(campaignId)) {
      Optional<Unit> unit = registry.find(lesson.unitCode());
      String who = unit.map(u -> u.name() + " (điểm " + DecidingLevel.of(u.level()).label() + ")")
          .orElse(lesson.unitCode());
      List<String> parts = new ArrayList<>();
      if (lesson.wentWell() != null) {
        parts.add("Làm tốt: " + lesson.wentWell());
      }
      if (lesson.toChange() != null) {
        parts.add("Cần rút kinh nghiệm: " + lesson.toChange());
      }
      lines.add(who + " – " + String.join(" ", parts));
    }
    return lines.isEmpty() ? Optional.empty()
        : Optional.of(SpinValues.jsonValue(ContentLists.json(lines)).create());
  }

  /** The campaign's pilots as the server knows them, never a variable a completion could have written. */
  private boolean isPilot(VariableScope scope) {
    Congress congress = facts.of(scope);
    return congress.pilot() || congress.provincialPilot();
  }
}
