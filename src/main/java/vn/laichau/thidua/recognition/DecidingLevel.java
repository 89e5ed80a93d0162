package vn.laichau.thidua.recognition;

import java.util.Optional;
import vn.laichau.thidua.unit.Level;

/**
 * R11: the level that decides a recognition, the three congress levels of R1 and, above the province, the Government
 * and the State President, to whom the province submits. In rising order.
 */
public enum DecidingLevel {
  CO_SO("cấp cơ sở"),
  SO_NGANH_HUYEN("cấp sở, ngành, huyện"),
  TINH("cấp tỉnh"),
  TRUNG_UONG("Chính phủ, Chủ tịch nước");

  private final String label;

  DecidingLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static DecidingLevel of(Level level) {
    return valueOf(level.name());
  }

  public static Optional<DecidingLevel> fromCode(String code) {
    for (DecidingLevel level : values()) {
      if (level.name().equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
