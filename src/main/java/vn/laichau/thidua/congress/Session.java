package vn.laichau.thidua.congress;

import java.util.Arrays;
import java.util.Optional;

/** R4: how long the meeting lasts; which level may choose which is the {@code allowedSessions} rule table. */
public enum Session {
  MORNING("Buổi sáng"),
  AFTERNOON("Buổi chiều"),
  FULL_DAY("Cả ngày");

  private final String label;

  Session(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Session> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}
