package vn.laichau.thidua.reporting;

/** Where a congress of a campaign stands, as the progress and the report to UBND count it (R9). */
public enum CongressStatus {
  DRAFTING("Đang xây dựng kế hoạch"),
  UNDER_REVIEW("Đang thẩm định hồ sơ"),
  APPROVED("Đã duyệt, chờ tổ chức"),
  /**
   * R13: the meeting day has passed and the results are overdue; the wave no longer waits for the unit, whose report,
   * when it comes, makes it HELD_ON_TIME or HELD_LATE.
   */
  HELD_RESULTS_OVERDUE("Đã tổ chức, quá hạn báo cáo kết quả"),
  HELD_ON_TIME("Đã tổ chức đúng hạn"),
  HELD_LATE("Đã tổ chức, quá hạn"),
  NOT_HELD("Không tổ chức"),
  /** The congress's instance was cancelled (deleted) before it ended: counted apart, never as held or not held. */
  CANCELLED("Đã hủy");

  private final String label;

  CongressStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True once the congress has ended, held or not. */
  public boolean isFinal() {
    return this == HELD_ON_TIME || this == HELD_LATE || this == NOT_HELD || this == CANCELLED;
  }

  public boolean isHeld() {
    return this == HELD_ON_TIME || this == HELD_LATE;
  }
}
