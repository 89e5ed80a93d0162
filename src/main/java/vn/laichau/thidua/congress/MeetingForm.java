package vn.laichau.thidua.congress;

/** R3: who attends; the {@code delegateQuota} rule table decides it from the level and the staff count. */
public enum MeetingForm {
  FULL_ASSEMBLY("hội nghị toàn thể"),
  DELEGATES("hội nghị đại biểu");

  private final String label;

  MeetingForm(String label) {
    this.label = label;
  }

  /** Lower case: it is used inside sentences. */
  public String label() {
    return label;
  }
}
