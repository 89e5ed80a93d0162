package vn.laichau.thidua.campaign;

/**
 * The campaign's own work (R7, R8, R9, plan II and IV.2), in the plan's order; the congresses themselves are followed
 * in {@code congress_progress}. The Vietnamese label is what the progress, the escalation tasks and the report to UBND
 * show.
 */
public enum Milestone {
  GUIDANCE("Ban hành Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp", true),
  DRIVE_LAUNCH("Các ngành, các cấp phát động đợt thi đua đặc biệt", false),
  DIRECTIVE_REVIEW("Tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị", true),
  PILOT_CHOICE("Các huyện, thành phố chọn xã chỉ đạo điểm", false),
  PROVINCIAL_PLAN("Dự thảo Kế hoạch Đại hội Thi đua yêu nước tỉnh, thành lập Ban Tổ chức và các Tiểu ban,"
      + " báo cáo UBND tỉnh", true),
  NATIONAL_DELEGATES("Danh sách đại biểu dự Đại hội Thi đua yêu nước toàn quốc", true),
  REPORT_TO_UBND("Báo cáo UBND tỉnh kết quả tổ chức Đại hội các cấp", true);

  private final String label;
  private final boolean soNoiVuWork;

  Milestone(String label, boolean soNoiVuWork) {
    this.label = label;
    this.soNoiVuWork = soNoiVuWork;
  }

  public String label() {
    return label;
  }

  /** True for Sở Nội vụ's own tasks (IV.2), escalated to Sở Nội vụ itself and reported to UBND when late. */
  public boolean isSoNoiVuWork() {
    return soNoiVuWork;
  }
}
