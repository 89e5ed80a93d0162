package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R6: the reviewer approves, or returns the dossier with a reason the unit will read. R13: a dossier cannot be approved
 * on or after its meeting day (the meeting timer would fire at once); the reviewer returns it instead, and the unit,
 * resending it, must pick a meeting date that R6 accepts.
 */
@Component("reviewDecisionValidator")
public class ReviewDecisionValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    Optional<Boolean> approved = Inputs.bool(task, APPROVED, "R6", "duyệt hay trả lại hồ sơ (approved)", violations);
    if (approved.isPresent() && !approved.get() && ContractValues.text(task, REVIEW_COMMENT).isEmpty()) {
      violations.add("R6", "Trả lại hồ sơ phải nêu lý do (reviewComment) để đơn vị sửa.");
    }
    if (approved.orElse(false)) {
      Optional<LocalDate> meeting = ContractValues.parseDate(task.getVariable(MEETING_DATE));
      LocalDate today = VietnamTime.today();
      if (meeting.isPresent() && !today.isBefore(meeting.get())) {
        violations.add("R13", "Không thể duyệt hồ sơ vào hoặc sau ngày tổ chức " + VietnamTime.format(meeting.get())
            + " (hôm nay là " + VietnamTime.format(today) + "). Hãy trả lại hồ sơ (nêu lý do) để đơn vị chọn ngày"
            + " tổ chức mới.");
      }
    }
    violations.throwIfAny();
    task.setVariable(APPROVED, approved.get());
  }
}
