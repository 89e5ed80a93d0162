package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R8 (plan IV.1): Sở Nội vụ records what it agreed with a provincial pilot (Sở Y tế, huyện Than Uyên): the content,
 * the programme, the time and the delegates. The unit's dossier is then checked against the rules as any other.
 */
@Component("pilotAgreementValidator")
public class PilotAgreementValidator implements TaskListener {

  private final CongressFacts facts;

  public PilotAgreementValidator(CongressFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    if (ContractValues.text(task, AGREED_CONTENT).isEmpty()) {
      violations.add("R8", "Chưa ghi nội dung đã thống nhất (agreedContent).");
    }
    if (ContractValues.text(task, AGREED_PROGRAMME).isEmpty()) {
      violations.add("R8", "Chưa ghi chương trình đã thống nhất (agreedProgramme).");
    }
    var meeting = Inputs.date(task, AGREED_MEETING_DATE, "R8", "thời gian tổ chức đã thống nhất (agreedMeetingDate)",
        true, violations);
    meeting.ifPresent(day -> {
      var deadline = facts.of(task).deadline();
      if (day.isAfter(deadline)) {
        violations.add("R8", "Thời gian đã thống nhất " + VietnamTime.format(day) + " sau thời hạn "
            + VietnamTime.format(deadline) + " của đơn vị chỉ đạo điểm.");
      }
    });
    Optional<Integer> delegates = Inputs.integer(task, AGREED_DELEGATE_COUNT, "R8",
        "thành phần, số đại biểu đã thống nhất (agreedDelegateCount)", true, violations);
    delegates.filter(count -> count < 1).ifPresent(count ->
        violations.add("R8", "Số đại biểu đã thống nhất phải từ 1 trở lên (đã nhập " + count + ")."));
    violations.throwIfAny();
    task.setVariable(AGREED_MEETING_DATE, ContractValues.dateText(meeting.get()));
    task.setVariable(AGREED_DELEGATE_COUNT, delegates.get());
  }
}
