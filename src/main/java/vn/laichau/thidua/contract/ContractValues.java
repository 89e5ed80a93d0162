package vn.laichau.thidua.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.common.VietnamTime;

/**
 * Reads the values of a process's variables, tolerant of how the different clients send them (a REST client sends an
 * Integer, a Camunda Form a Long or a Double, an HTML form text), strict about what they mean: a value that cannot be
 * read is empty, and the caller decides whether that is a violation.
 */
public final class ContractValues {

  /** yyyy-MM-dd, strictly: 2025-02-30 is not a date. */
  public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private ContractValues() {
  }

  public static boolean isBlank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  /** Non-blank text, trimmed; empty when missing or not text. */
  public static Optional<String> text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }

  /** A date written yyyy-MM-dd, or a Date read in Vietnam time; empty when missing or unreadable. */
  public static Optional<LocalDate> date(VariableScope scope, String name) {
    return parseDate(scope.getVariable(name));
  }

  public static Optional<LocalDate> parseDate(Object value) {
    if (value instanceof LocalDate day) {
      return Optional.of(day);
    }
    if (value instanceof Date instant) {
      return Optional.of(VietnamTime.dateOf(instant));
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), ISO_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A whole number; empty when missing or unreadable. */
  public static Optional<Integer> integer(VariableScope scope, String name) {
    return parseInteger(scope.getVariable(name));
  }

  public static Optional<Integer> parseInteger(Object value) {
    try {
      if (value instanceof Number n) {
        return Optional.of(new BigDecimal(n.toString()).intValueExact());
      }
      if (value instanceof String text && !text.isBlank()) {
        return Optional.of(new BigDecimal(text.strip()).intValueExact());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A yes/no answer; empty when missing or unreadable. */
  public static Optional<Boolean> bool(VariableScope scope, String name) {
    return parseBool(scope.getVariable(name));
  }

  public static Optional<Boolean> parseBool(Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    return Optional.empty();
  }

  /** A variable a step cannot do without (a mail's subject, a recorded date); its absence fails the step by name. */
  public static String required(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (isBlank(value)) {
      throw new IllegalStateException("Thiếu biến " + name + " của quy trình");
    }
    return value.toString();
  }

  public static String dateText(LocalDate day) {
    return ISO_DATE.format(day);
  }
}
