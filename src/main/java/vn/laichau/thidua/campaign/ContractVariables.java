package vn.laichau.thidua.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The {@code congress} variables the campaign reads (CONTRACT.md, HELPERS.md), spelled once, and tolerant readers for
 * them: a REST client sends an Integer, a Camunda Form a Long or a Double, an HTML form text.
 */
public final class ContractVariables {

  public static final String UNIT_CODE = "unitCode";
  public static final String CAMPAIGN_ID = "campaignId";
  public static final String DEADLINE = "deadline";
  public static final String PILOT = "pilot";
  public static final String MEETING_DATE = "meetingDate";
  public static final String APPROVED = "approved";
  public static final String DECISION = "decision";
  public static final String NEW_DEADLINE = "newDeadline";
  public static final String REASON = "reason";
  public static final String HELD_ON = "heldOn";
  public static final String ATTENDANCE = "attendance";
  public static final String COMMENDED_COLLECTIVES = "commendedCollectives";
  public static final String COMMENDED_INDIVIDUALS = "commendedIndividuals";
  public static final String UPPER_DELEGATES = "upperDelegates";
  /** HELD_ON_TIME, HELD_LATE or NOT_HELD. */
  public static final String OUTCOME = "outcome";

  private ContractVariables() {
  }

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
        return Optional.of(LocalDate.parse(text.strip()));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

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

  public static Optional<Boolean> bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    return Optional.empty();
  }
}
