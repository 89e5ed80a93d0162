package vn.laichau.thidua.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the level and kind that people and files write as text, refusing unknown values in Vietnamese. */
public final class UnitInput {

  static final String LEVELS = Arrays.stream(Level.values())
      .map(level -> level.name() + " (" + level.label() + ")").collect(Collectors.joining(", "));
  static final String KINDS = Arrays.stream(UnitKind.values())
      .map(kind -> kind.name() + " (" + kind.label() + ")").collect(Collectors.joining(", "));

  private UnitInput() {
  }

  /** {@code null} when the text is missing; the registry then says the level is missing. */
  public static Level level(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidUnitException("Cấp '" + text + "' không hợp lệ. Các cấp: " + LEVELS + ".");
    }
  }

  /** {@code null} when the text is missing; the registry then says the kind is missing. */
  public static UnitKind kind(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UnitKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidUnitException("Loại đơn vị '" + text + "' không hợp lệ. Các loại: " + KINDS + ".");
    }
  }
}
