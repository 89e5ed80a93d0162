package vn.laichau.thidua.campaign.progress;

import java.util.Arrays;
import java.util.List;

/**
 * Where a congress of a campaign stands, as the progress, the Cockpit dashboard and the report to UBND count it (R9).
 * The one place that names a state: its Vietnamese label, the colour the dashboard draws it in, and whether the
 * congress has ended. The dashboard, the report and the metrics list the states from here, so a new state is one line.
 */
public enum CongressStatus {
  DRAFTING("Đang xây dựng kế hoạch", "#9e9e9e", false),
  UNDER_REVIEW("Đang thẩm định hồ sơ", "#1e88e5", false),
  APPROVED("Đã duyệt, chờ tổ chức", "#8e24aa", false),
  /**
   * R13: the meeting day has passed and the results are overdue; the wave no longer waits for the unit, whose report,
   * when it comes, makes it HELD_ON_TIME or HELD_LATE. The congress is still open: its results are awaited.
   */
  HELD_RESULTS_OVERDUE("Đã tổ chức, quá hạn báo cáo kết quả", "#6d4c41", false),
  HELD_ON_TIME("Đã tổ chức đúng hạn", "#43a047", true),
  HELD_LATE("Đã tổ chức, quá hạn", "#fb8c00", true),
  NOT_HELD("Không tổ chức", "#e53935", true),
  /** The congress's instance was cancelled (deleted) before it ended: counted apart, never as held or not held. */
  CANCELLED("Đã hủy", "#616161", true);

  private final String label;
  private final String colour;
  private final boolean isFinal;

  CongressStatus(String label, String colour, boolean isFinal) {
    this.label = label;
    this.colour = colour;
    this.isFinal = isFinal;
  }

  public String label() {
    return label;
  }

  /** The colour of the state on the dashboard's charts, as CSS. */
  public String colour() {
    return colour;
  }

  /** True once the congress has ended, held or not. */
  public boolean isFinal() {
    return isFinal;
  }

  public boolean isHeld() {
    return this == HELD_ON_TIME || this == HELD_LATE;
  }

  /** The states of a congress that has not ended. */
  public static List<CongressStatus> open() {
    return Arrays.stream(values()).filter(status -> !status.isFinal()).toList();
  }
}
