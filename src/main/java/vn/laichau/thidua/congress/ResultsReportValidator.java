package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.rules.Labels;

/**
 * R9: the unit reports the day it held its congress (not in the future, not before its dossier was submitted), the
 * attendance, the examples commended and the delegates elected to the upper level.
 */
@Component("resultsReportValidator")
public class ResultsReportValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    Optional<LocalDate> heldOn = Inputs.date(task, HELD_ON, "R9", "ngày tổ chức (heldOn)", true, violations);
    heldOn.ifPresent(day -> {
      LocalDate today = VietnamTime.today();
      Optional<LocalDate> submitted = Inputs.parseDate(task.getVariable(SUBMITTED_ON));
      if (day.isAfter(today)) {
        violations.add("R9", "Ngày tổ chức " + VietnamTime.format(day) + " chưa đến (hôm nay là "
            + VietnamTime.format(today) + ").");
      } else if (submitted.isPresent() && day.isBefore(submitted.get())) {
        violations.add("R9", "Ngày tổ chức " + VietnamTime.format(day) + " trước ngày gửi hồ sơ "
            + VietnamTime.format(submitted.get()) + ".");
      }
    });
    count(task, ATTENDANCE, "số người dự (attendance)", 1, violations);
    count(task, COMMENDED_COLLECTIVES, "số tập thể được khen thưởng (commendedCollectives)", 0, violations);
    count(task, COMMENDED_INDIVIDUALS, "số cá nhân được khen thưởng (commendedIndividuals)", 0, violations);
    count(task, UPPER_DELEGATES, "số đại biểu đi dự Đại hội cấp trên (upperDelegates)", 0, violations);
    violations.throwIfAny();
    task.setVariable(HELD_ON, Inputs.dateText(heldOn.get()));
  }

  /** A whole number not below the minimum, stored back as an Integer whatever the client sent. */
  private static void count(DelegateTask task, String name, String label, int minimum, Violations violations) {
    Inputs.integer(task, name, "R9", label, true, violations).ifPresent(value -> {
      if (value < minimum) {
        violations.add("R9", Labels.capitalize(label) + " phải từ " + minimum + " trở lên (đã nhập " + value + ").");
      } else {
        task.setVariable(name, value);
      }
    });
  }
}
