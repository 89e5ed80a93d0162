package vn.laichau.thidua.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps an official's refused input out of the error log. The engine logs every exception that ends a command at
 * ERROR with its stack trace ({@code ENGINE-16004}, logger {@value #ENGINE_CONTEXT_LOGGER}), also a completion that a
 * rule refused (R2–R9: a {@link FormFieldValidationException} somewhere in the cause chain), which is an ordinary answer
 * to a person, already given to them in Vietnamese. Such an event is replaced by one INFO line on logger
 * {@value #REFUSALS_LOGGER} with the rule and the numbers; every other error of the engine stays an error.
 *
 * <p>Installed by {@code logback-spring.xml}.
 */
public class RefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final String REFUSALS_LOGGER = "vn.laichau.thidua.refusals";

  private static final org.slf4j.Logger REFUSALS = LoggerFactory.getLogger(REFUSALS_LOGGER);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    FormFieldValidationException refusal = refusalIn(t != null ? t : lastThrowable(params));
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    REFUSALS.info("Từ chối dữ liệu nhập: {}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable throwable
        ? throwable : null;
  }

  private static FormFieldValidationException refusalIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
