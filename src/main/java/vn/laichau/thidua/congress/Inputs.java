package vn.laichau.thidua.congress;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.congress.rules.Labels;
import vn.laichau.thidua.contract.ContractValues;

/**
 * What a person typed into a form, read through {@link ContractValues}: a value that is missing where the rule needs
 * it, or that cannot be read, is a violation with a Vietnamese message naming the field.
 */
public final class Inputs {

  private Inputs() {
  }

  /** A date written yyyy-MM-dd (or a Date, read in Vietnam time); empty when missing or unreadable. */
  public static Optional<LocalDate> date(VariableScope scope, String name, String rule, String label, boolean required,
      Violations violations) {
    Object value = scope.getVariable(name);
    if (ContractValues.isBlank(value)) {
      if (required) {
        violations.add(rule, "Chưa nhập " + label + ".");
      }
      return Optional.empty();
    }
    Optional<LocalDate> date = ContractValues.parseDate(value);
    if (date.isEmpty()) {
      violations.add(rule, Labels.capitalize(label) + " «" + value + "» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
    }
    return date;
  }

  /** A whole number; empty when missing or unreadable. */
  public static Optional<Integer> integer(VariableScope scope, String name, String rule, String label, boolean required,
      Violations violations) {
    Object value = scope.getVariable(name);
    if (ContractValues.isBlank(value)) {
      if (required) {
        violations.add(rule, "Chưa nhập " + label + ".");
      }
      return Optional.empty();
    }
    Optional<Integer> number = ContractValues.parseInteger(value);
    if (number.isEmpty()) {
      violations.add(rule, Labels.capitalize(label) + " «" + value + "» không phải là một số nguyên.");
    }
    return number;
  }

  /** A yes/no answer; empty when missing or unreadable. */
  public static Optional<Boolean> bool(VariableScope scope, String name, String rule, String label, Violations violations) {
    Object value = scope.getVariable(name);
    Optional<Boolean> answer = ContractValues.parseBool(value);
    if (answer.isEmpty()) {
      violations.add(rule, ContractValues.isBlank(value) ? "Chưa chọn " + label + "."
          : Labels.capitalize(label) + " «" + value + "» phải là có hoặc không.");
    }
    return answer;
  }
}
