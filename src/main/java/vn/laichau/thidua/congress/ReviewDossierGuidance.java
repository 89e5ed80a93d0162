package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.congress.rules.Labels;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Gives the reviewDossier form the Vietnamese names of what the unit sent (R2–R5): the form shows them and never a
 * code, and keeps no table of names of its own (the enums are the one place they live). Computed when the form is
 * read, like {@link DraftPlanGuidance}'s.
 */
@Component("reviewDossierGuidance")
public class ReviewDossierGuidance implements FormGuidance {

  static final String FORMAT_LABEL = "formatLabel";
  static final String SESSION_LABEL = "sessionLabel";
  static final String MEETING_FORM_LABEL = "meetingFormLabel";
  /** Whence the staff count comes: the registry, or the unit's own declaration for the reviewer to accept or return. */
  static final String STAFF_COUNT_SOURCE_LABEL = "staffCountSourceLabel";
  static final String UNKNOWN = "Không rõ";

  private final CongressFacts facts;

  public ReviewDossierGuidance(CongressFacts facts) {
    this.facts = facts;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.CONGRESS.equals(processKey) && ProcessKeys.TASK_REVIEW_DOSSIER.equals(taskKey);
  }

  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    guidance.put(LEVEL_LABEL, facts.of(task).level().label());
    guidance.put(FORMAT_LABEL, label(task, FORMAT, CongressFormat::valueOf, CongressFormat::label));
    guidance.put(SESSION_LABEL, label(task, SESSION, Session::valueOf, Session::label));
    guidance.put(MEETING_FORM_LABEL, label(task, MEETING_FORM, MeetingForm::valueOf,
        ReviewDossierGuidance::describe));
    guidance.put(PROGRAMME_ITEM_OPTIONS, DraftPlanGuidance.options(List.of(ProgrammeItem.values()),
        ProgrammeItem::name, ProgrammeItem::label));
    guidance.put(STAFF_COUNT_SOURCE_LABEL, Boolean.TRUE.equals(task.getVariable(STAFF_COUNT_GIVEN_BY_UNIT))
        ? "do đơn vị tự khai (danh sách đơn vị chưa có số này): kiểm tra, chấp nhận hoặc trả lại hồ sơ; số này không"
            + " ghi vào danh sách đơn vị"
        : "theo danh sách đơn vị");
  }

  /** R3 as the reviewer reads it: who attends. */
  static String describe(MeetingForm form) {
    return switch (form) {
      case FULL_ASSEMBLY -> Labels.capitalize(form.label()) + ": toàn bộ " + Labels.STAFF + " dự";
      case DELEGATES -> Labels.capitalize(form.label());
    };
  }

  private static <T> String label(DelegateTask task, String variable, Function<String, T> parse,
      Function<T, String> label) {
    Object code = task.getVariable(variable);
    if (code == null || code.toString().isBlank()) {
      return UNKNOWN;
    }
    try {
      return Optional.of(parse.apply(code.toString())).map(label).orElse(UNKNOWN);
    } catch (IllegalArgumentException unknownCode) {
      return UNKNOWN;
    }
  }
}
