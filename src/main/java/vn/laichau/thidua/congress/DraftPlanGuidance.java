package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.DerivedHistoryLeftOut;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.congress.rules.DelegateQuota;
import vn.laichau.thidua.congress.rules.DossierDocumentsRule;
import vn.laichau.thidua.congress.rules.Labels;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitKind;

/**
 * Tells the draftPlan form what this unit may choose, computed from the same rule tables that will judge the
 * submission, each time the form is read ({@link FormGuidance}): it describes this draft only and is never stored.
 */
@Component("draftPlanGuidance")
public class DraftPlanGuidance implements FormGuidance {

  /**
   * Json: R6 as the form offers it (largest file, kinds of document, the four documents and their names), from
   * {@link DossierDocumentsRule#formGuidance()}.
   */
  public static final String DOSSIER_DOCUMENTS = "dossierDocuments";

  private final CongressRules rules;
  private final CongressFacts facts;
  private final CampaignCalendar calendar;
  private final DossierDocumentsRule documents;

  public DraftPlanGuidance(CongressRules rules, CongressFacts facts, CampaignCalendar calendar,
      DossierDocumentsRule documents) {
    this.rules = rules;
    this.facts = facts;
    this.calendar = calendar;
    this.documents = documents;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.CONGRESS.equals(processKey) && ProcessKeys.TASK_DRAFT_PLAN.equals(taskKey);
  }

  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    // what the form may offer, not a judgement: the submission is judged by the same tables, and recorded, then
    DerivedHistoryLeftOut.preview(() -> compute(task, guidance));
  }

  private void compute(DelegateTask task, Map<String, Object> guidance) {
    Congress congress = facts.of(task);
    Level level = congress.level();
    UnitKind kind = congress.kind();
    boolean pilot = congress.pilot();
    String campaignId = congress.campaignId();
    LocalDate deadline = congress.deadline();

    List<CongressFormat> formats = rules.allowedFormats(level, kind, pilot);
    guidance.put(LEVEL_LABEL, level.label());
    guidance.put(ALLOWED_FORMATS_LABEL, labels(formats, CongressFormat::label));
    guidance.put(ALLOWED_FORMAT_OPTIONS, options(formats, CongressFormat::name, CongressFormat::label));

    List<Session> sessions = rules.allowedSessions(level);
    guidance.put(ALLOWED_SESSIONS_LABEL, labels(sessions, Session::label));
    guidance.put(ALLOWED_SESSION_OPTIONS, options(sessions, Session::name, Session::label));
    guidance.put(PROGRAMME_ITEM_OPTIONS,
        options(List.of(ProgrammeItem.values()), ProgrammeItem::name, ProgrammeItem::label));

    Integer staff = staffCount(task, congress);
    Optional<DelegateQuota> quota = rules.delegateQuota(level, staff);
    guidance.put(QUOTA_DESCRIPTION, quota.map(DraftPlanGuidance::describe).orElse(
        "Danh sách đơn vị chưa có số " + Labels.STAFF + " của đơn vị: hãy nhập số này cùng hồ sơ; hình thức hội nghị "
            + "(toàn thể hay đại biểu) và số đại biểu được xác định theo số đó."));
    quota.ifPresent(q -> {
      guidance.put(QUOTA_MEETING_FORM, q.meetingForm().name());
      guidance.put(QUOTA_MIN_DELEGATES, q.minDelegates());
      guidance.put(QUOTA_MAX_DELEGATES, q.maxDelegates());
    });

    int leadDays = calendar.submissionLeadDays(campaignId);
    LocalDate earliestMeeting = VietnamTime.today().plusDays(leadDays);
    guidance.put(DEADLINE_LABEL, VietnamTime.format(deadline));
    guidance.put(SUBMISSION_LEAD_DAYS, leadDays);
    guidance.put(SUBMISSION_RULE_LABEL, "Hồ sơ phải gửi trước ngày tổ chức ít nhất " + leadDays
        + " ngày: gửi hôm nay (" + VietnamTime.format(VietnamTime.today()) + ") thì ngày tổ chức sớm nhất là "
        + VietnamTime.format(earliestMeeting) + "; Đại hội phải hoàn thành chậm nhất ngày "
        + VietnamTime.format(deadline) + ".");
    guidance.put(DOSSIER_DOCUMENTS, Spin.JSON(documents.formGuidance()));
  }

  /** As the submission will see it: the registry's count, or the unit's own declaration while the registry has none. */
  private static Integer staffCount(DelegateTask task, Congress congress) {
    if (congress.staffCount() != null) {
      return congress.staffCount();
    }
    return ContractValues.parseInteger(task.getVariable(STAFF_COUNT)).orElse(null);
  }

  static String describe(DelegateQuota quota) {
    String form;
    if (quota.isFullAssembly()) {
      form = "tổ chức " + quota.meetingForm().label() + ", số đại biểu là " + quota.staffCount() + " (hệ thống tự ghi).";
    } else {
      String limit = quota.limitedByShare()
          ? " (" + quota.sharePercent() + " của " + quota.staffCount() + ", làm tròn; không quá " + quota.cap() + ")"
          : "";
      form = "tổ chức " + quota.meetingForm().label() + " từ " + quota.minDelegates() + " đến "
          + quota.maxDelegates() + " đại biểu" + limit + ".";
    }
    if (quota.staffCount() == null) {
      return Labels.capitalize(form);
    }
    return "Đơn vị có " + quota.staffCount() + " " + Labels.STAFF + ": " + form;
  }

  private static <T> String labels(List<T> items, Function<T, String> label) {
    return String.join(", ", items.stream().map(label).toList());
  }

  /** Json [{value, label}] for a form's select or checkboxes. */
  static <T> Object options(List<T> items, Function<T, String> value, Function<T, String> label) {
    List<Map<String, String>> options = items.stream().map(item -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("value", value.apply(item));
      option.put("label", label.apply(item));
      return option;
    }).toList();
    return Spin.JSON(options);
  }
}
