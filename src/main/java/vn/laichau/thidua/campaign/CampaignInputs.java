package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;

/**
 * Reads what Sở Nội vụ and the units enter in the campaign's forms and collects every problem, so the person learns
 * all that is wrong at once; {@link #throwIfAny()} refuses the completion with a Vietnamese message (a 400 over REST).
 */
public final class CampaignInputs {

  public static final int MAX_TEXT = 2000;

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public CampaignInputs(VariableScope scope) {
    this.scope = scope;
  }

  /** A required date, yyyy-MM-dd, not after today (it records something that happened). */
  public LocalDate pastDate(String name, String label) {
    LocalDate day = date(name, label);
    if (day != null && day.isAfter(VietnamTime.today())) {
      problems.add(label + " " + VietnamTime.format(day) + " ở sau hôm nay (" + VietnamTime.format(VietnamTime.today())
          + ").");
    }
    return day;
  }

  /** A required date, yyyy-MM-dd, not before today (a new date). */
  public LocalDate futureDate(String name, String label) {
    LocalDate day = date(name, label);
    if (day != null && day.isBefore(VietnamTime.today())) {
      problems.add(label + " " + VietnamTime.format(day) + " ở trước hôm nay (" + VietnamTime.format(VietnamTime.today())
          + ").");
    }
    return day;
  }

  public LocalDate date(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add("Chưa nhập " + label.toLowerCase(java.util.Locale.forLanguageTag("vi")) + ".");
      return null;
    }
    return ContractValues.parseDate(value).orElseGet(() -> {
      problems.add(label + " «" + value + "» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
      return null;
    });
  }

  /** Required text, trimmed. */
  public String text(String name, String label) {
    String value = ContractValues.text(scope, name).orElse(null);
    if (value == null) {
      problems.add("Chưa nhập " + label.toLowerCase(java.util.Locale.forLanguageTag("vi")) + ".");
    } else if (value.length() > MAX_TEXT) {
      problems.add(label + " dài quá " + MAX_TEXT + " ký tự.");
    }
    return value;
  }

  public String optionalText(String name) {
    return ContractValues.text(scope, name).orElse(null);
  }

  /**
   * Removes the form's values from the process once they are recorded: the campaign's tasks run side by side in one
   * instance, and a value left behind (a {@code reason}) must not fill the same field of another task's form.
   * The history keeps every value.
   */
  public static void consume(org.camunda.bpm.engine.delegate.DelegateTask task, String... names) {
    for (String name : names) {
      task.getExecution().removeVariable(name);
    }
  }

  public void problem(String message) {
    problems.add(message);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidCampaignException(problems);
    }
  }
}
