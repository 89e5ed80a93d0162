package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R7: an overdue unit is either granted a new last day, after its current one and not in the past, with a reason; or
 * recorded as not holding its congress, with a reason.
 */
@Component("overdueDecisionValidator")
public class OverdueDecisionValidator implements TaskListener {

  private final CongressFacts facts;

  public OverdueDecisionValidator(CongressFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    Optional<String> code = ContractValues.text(task, DECISION);
    Optional<OverdueDecision> decision = code.flatMap(OverdueDecision::fromCode);
    if (decision.isEmpty()) {
      violations.add("R7", code.isEmpty()
          ? "Chưa chọn quyết định: gia hạn (EXTEND) hoặc không tổ chức (NOT_HELD)."
          : "Không có quyết định «" + code.get() + "»: chọn gia hạn (EXTEND) hoặc không tổ chức (NOT_HELD).");
    }
    if (ContractValues.text(task, REASON).isEmpty()) {
      violations.add("R7", decision.orElse(null) == OverdueDecision.NOT_HELD
          ? "Ghi nhận không tổ chức Đại hội phải nêu lý do (reason)."
          : "Quyết định phải nêu lý do (reason).");
    }
    if (decision.orElse(null) == OverdueDecision.EXTEND) {
      LocalDate current = facts.of(task).deadline();
      Optional<LocalDate> newDeadline = Inputs.date(task, NEW_DEADLINE, "R7", "thời hạn mới (newDeadline)", true,
          violations);
      newDeadline.ifPresent(day -> {
        if (!day.isAfter(current)) {
          violations.add("R7", "Thời hạn mới " + VietnamTime.format(day) + " phải sau thời hạn hiện tại "
              + VietnamTime.format(current) + ".");
        } else if (day.isBefore(VietnamTime.today())) {
          violations.add("R7", "Thời hạn mới " + VietnamTime.format(day) + " đã qua (hôm nay là "
              + VietnamTime.format(VietnamTime.today()) + ").");
        } else {
          task.setVariable(NEW_DEADLINE, ContractValues.dateText(day));
        }
      });
    }
    violations.throwIfAny();
  }
}
