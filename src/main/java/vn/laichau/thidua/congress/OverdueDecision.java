package vn.laichau.thidua.congress;

import java.util.Arrays;
import java.util.Optional;

/** R7: what the reviewer decides when a unit is overdue ({@code handleOverdue}, variable {@code decision}). */
public enum OverdueDecision {
  EXTEND("Gia hạn"),
  NOT_HELD("Không tổ chức");

  private final String label;

  OverdueDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<OverdueDecision> fromCode(String code) {
    return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
  }
}
