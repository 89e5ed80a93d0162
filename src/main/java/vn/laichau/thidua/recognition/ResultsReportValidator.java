package vn.laichau.thidua.recognition;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Inputs;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.congress.rules.Labels;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.unit.Level;

/**
 * R9: the unit reports the day it held its congress (not in the future, not before its dossier was submitted), the
 * attendance, the examples commended and the delegates elected to the upper level. R11, R12: it may name them, in
 * {@code honours}, {@code proposals} and {@code delegateList}; each line is checked, a count sent with its list must
 * be the list's, and a count left out is taken from its list. The lists of a campaign's congress are stored for the
 * campaign's documents in the completion's own transaction.
 */
@Component("resultsReportValidator")
public class ResultsReportValidator implements TaskListener {

  private final ContentLists lists;
  private final CongressContentRepository content;
  private final CongressFacts facts;

  public ResultsReportValidator(ContentLists lists, CongressContentRepository content, CongressFacts facts) {
    this.lists = lists;
    this.content = content;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    Optional<LocalDate> heldOn = Inputs.date(task, HELD_ON, "R9", "ngày tổ chức (heldOn)", true, violations);
    heldOn.ifPresent(day -> {
      LocalDate today = VietnamTime.today();
      Optional<LocalDate> submitted = ContractValues.parseDate(task.getVariable(SUBMITTED_ON));
      if (day.isAfter(today)) {
        violations.add("R9", "Ngày tổ chức " + VietnamTime.format(day) + " chưa đến (hôm nay là "
            + VietnamTime.format(today) + ").");
      } else if (submitted.isPresent() && day.isBefore(submitted.get())) {
        violations.add("R9", "Ngày tổ chức " + VietnamTime.format(day) + " trước ngày gửi hồ sơ "
            + VietnamTime.format(submitted.get()) + ".");
      }
    });
    Congress congress = facts.of(task);
    Level level = congress.level();
    int before = violations.messages().size();
    List<Honour> honours = lists.lines(task.getVariable(ContentLists.HONOURS), ContentLists.HONOURS, "R11",
        "danh sách được khen thưởng", violations).map(l -> lists.honours(l, level, false, violations)).orElse(null);
    boolean honoursRead = violations.messages().size() == before;
    List<Honour> proposals = lists.lines(task.getVariable(ContentLists.PROPOSALS), ContentLists.PROPOSALS, "R11",
        "danh sách đề nghị cấp trên khen thưởng", violations).map(l -> lists.honours(l, level, true, violations))
        .orElse(null);
    before = violations.messages().size();
    List<Delegate> delegates = lists.lines(task.getVariable(ContentLists.DELEGATE_LIST), ContentLists.DELEGATE_LIST,
        "R12", "danh sách đại biểu đi dự Đại hội cấp trên", violations).map(l -> lists.delegates(l, violations))
        .orElse(null);
    boolean delegatesRead = violations.messages().size() == before;
    count(task, ATTENDANCE, "số người dự (attendance)", 1, null, violations);
    // a list with a broken line gives no count: its lines' messages say what to correct
    if (honoursRead) {
      count(task, COMMENDED_COLLECTIVES, "số tập thể được khen thưởng (commendedCollectives)", 0,
          honours == null ? null : counted(honours, Beneficiary.COLLECTIVE), violations);
      count(task, COMMENDED_INDIVIDUALS, "số cá nhân được khen thưởng (commendedIndividuals)", 0,
          honours == null ? null : counted(honours, Beneficiary.INDIVIDUAL), violations);
    }
    if (delegatesRead) {
      count(task, UPPER_DELEGATES, "số đại biểu đi dự Đại hội cấp trên (upperDelegates)", 0,
          delegates == null ? null : new Counted(delegates.size(), "danh sách đại biểu (delegateList) có "
              + delegates.size() + " người"), violations);
    }
    violations.throwIfAny();
    task.setVariable(HELD_ON, ContractValues.dateText(heldOn.get()));
    keep(task, ContentLists.HONOURS, honours);
    keep(task, ContentLists.PROPOSALS, proposals);
    keep(task, ContentLists.DELEGATE_LIST, delegates);
    content.replace(congress.campaignId(), congress.unitCode(), task.getProcessInstanceId(), honours, proposals,
        delegates);
  }

  /** A count a list gives, with the words that say where it comes from. */
  private record Counted(int value, String source) {
  }

  private static Counted counted(List<Honour> honours, Beneficiary type) {
    int n = (int) honours.stream().filter(h -> h.type() == type).count();
    return new Counted(n, "danh sách được khen thưởng (honours) có " + n + " " + type.label());
  }

  private static void keep(DelegateTask task, String name, List<?> list) {
    if (list != null) {
      task.setVariable(name, SpinValues.jsonValue(ContentLists.json(list)).create());
    }
  }

  /**
   * A whole number not below the minimum, stored back as an Integer whatever the client sent; required unless a list
   * gives it, and then equal to the list's.
   */
  private static void count(DelegateTask task, String name, String label, int minimum, Counted listed,
      Violations violations) {
    if (listed != null && ContractValues.isBlank(task.getVariable(name))) {
      task.setVariable(name, listed.value());
      return;
    }
    Inputs.integer(task, name, "R9", label, true, violations).ifPresent(value -> {
      if (value < minimum) {
        violations.add("R9", Labels.capitalize(label) + " phải từ " + minimum + " trở lên (đã nhập " + value + ").");
      } else if (listed != null && value != listed.value()) {
        violations.add("R9", Labels.capitalize(label) + " là " + value + " nhưng " + listed.source() + ".");
      } else {
        task.setVariable(name, value);
      }
    });
  }
}
