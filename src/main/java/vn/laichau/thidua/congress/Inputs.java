package vn.laichau.thidua.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.rules.Labels;

/**
 * Reads what a person typed into a form, tolerant of how the different clients send it (a REST client sends an
 * Integer, a Camunda Form a Long or a Double, an HTML form may send text), strict about what it means. A value that
 * cannot be read is a violation with a Vietnamese message naming the field.
 */
public final class Inputs {

  /** yyyy-MM-dd, strictly: 2025-02-30 is not a date. */
  public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private Inputs() {
  }

  public static boolean isBlank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  /** A date written yyyy-MM-dd (or a Date, read in Vietnam time); empty when missing or unreadable. */
  public static Optional<LocalDate> date(VariableScope scope, String name, String rule, String label, boolean required,
      Violations violations) {
    Object value = scope.getVariable(name);
    if (isBlank(value)) {
      if (required) {
        violations.add(rule, "Chưa nhập " + label + ".");
      }
      return Optional.empty();
    }
    Optional<LocalDate> date = parseDate(value);
    if (date.isEmpty()) {
      violations.add(rule, Labels.capitalize(label) + " «" + value + "» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
    }
    return date;
  }

  public static Optional<LocalDate> parseDate(Object value) {
    if (value instanceof LocalDate day) {
      return Optional.of(day);
    }
    if (value instanceof Date instant) {
      return Optional.of(VietnamTime.dateOf(instant));
    }
    if (value instanceof String text) {
      try {
        return Optional.of(LocalDate.parse(text.trim(), ISO_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A whole number; empty when missing or unreadable. */
  public static Optional<Integer> integer(VariableScope scope, String name, String rule, String label, boolean required,
      Violations violations) {
    Object value = scope.getVariable(name);
    if (isBlank(value)) {
      if (required) {
        violations.add(rule, "Chưa nhập " + label + ".");
      }
      return Optional.empty();
    }
    Optional<Integer> number = parseInteger(value);
    if (number.isEmpty()) {
      violations.add(rule, Labels.capitalize(label) + " «" + value + "» không phải là một số nguyên.");
    }
    return number;
  }

  public static Optional<Integer> parseInteger(Object value) {
    try {
      BigDecimal number;
      if (value instanceof Number n) {
        number = new BigDecimal(n.toString());
      } else if (value instanceof String text) {
        number = new BigDecimal(text.trim());
      } else {
        return Optional.empty();
      }
      return Optional.of(number.intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** A yes/no answer; empty when missing or unreadable. */
  public static Optional<Boolean> bool(VariableScope scope, String name, String rule, String label, Violations violations) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    violations.add(rule, isBlank(value) ? "Chưa chọn " + label + "."
        : Labels.capitalize(label) + " «" + value + "» phải là có hoặc không.");
    return Optional.empty();
  }

  /** Non-blank text, trimmed; empty when missing. */
  public static Optional<String> text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(s.trim());
    }
    return Optional.empty();
  }

  public static String dateText(LocalDate day) {
    return ISO_DATE.format(day);
  }
}
