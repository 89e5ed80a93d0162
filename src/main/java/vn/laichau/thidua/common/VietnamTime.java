package vn.laichau.thidua.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The plan's dates are Vietnam dates (UTC+07:00, no daylight saving). "Now" is the engine clock, so tests move time
 * with {@link ClockUtil} and never sleep.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamTime() {
  }

  /** Today in Vietnam, by the engine clock. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** 00:00 Vietnam time at the start of the day. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** 00:00 Vietnam time of the day after the last day: the moment work becomes overdue (R7). */
  public static Date overdueFrom(LocalDate lastDay) {
    return startOf(lastDay.plusDays(1));
  }

  public static LocalDate dateOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }

  public static ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
  }

  /** A date as Vietnamese readers write it, e.g. 31/03/2025. */
  public static String format(LocalDate day) {
    return day == null ? "" : VN_DATE.format(day);
  }
}
