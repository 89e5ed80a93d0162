package vn.laichau.thidua.congress;

/** How a congress ended, stored as the process variable {@code outcome}. */
public enum Outcome {
  /** Held on or before the unit's original last day (the campaign calendar's, or the start's {@code deadline}). */
  HELD_ON_TIME("Đã tổ chức đúng hạn"),
  /** Held, but after the original last day (after an extension). */
  HELD_LATE("Đã tổ chức, quá hạn"),
  /** The reviewer recorded that the congress will not be held. */
  NOT_HELD("Không tổ chức");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
