package vn.laichau.thidua.campaign.milestone;

/**
 * The campaign's own work (R7, R8, R9, plan II and IV.2), in the plan's order; the congresses themselves are followed
 * in {@code congress_progress}. The Vietnamese label is what the progress, the escalation tasks and the report to UBND
 * show.
 */
public enum Milestone {
  GUIDANCE("Ban hành Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp"),
  DRIVE_LAUNCH("Các ngành, các cấp phát động đợt thi đua đặc biệt"),
  DIRECTIVE_REVIEW("Tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị"),
  PILOT_CHOICE("Các huyện, thành phố chọn xã chỉ đạo điểm"),
  PROVINCIAL_PLAN("Dự thảo Kế hoạch Đại hội Thi đua yêu nước tỉnh, thành lập Ban Tổ chức và các Tiểu ban,"
      + " báo cáo UBND tỉnh"),
  NATIONAL_DELEGATES("Danh sách đại biểu dự Đại hội Thi đua yêu nước toàn quốc"),
  REPORT_TO_UBND("Báo cáo UBND tỉnh kết quả tổ chức Đại hội các cấp");

  private final String label;

  Milestone(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
