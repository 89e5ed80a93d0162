package vn.laichau.thidua.notification;

/** The kinds of e-mail of the congress lifecycle and of the campaign; each has its own delegate and service task. */
public enum MessageKind {
  APPROVAL_NOTICE("Thông báo hồ sơ được phê duyệt"),
  DEADLINE_REMINDER("Nhắc hạn tổ chức Đại hội"),
  SUBMISSION_REMINDER("Nhắc gửi hồ sơ trước 15 ngày"),
  OVERDUE_ESCALATION("Báo cáo quá hạn"),
  SECOND_ESCALATION("Báo cáo quá hạn lần hai"),
  CAMPAIGN_ESCALATION("Báo cáo việc của đợt thi đua quá hạn"),
  REVIEW_OVERDUE("Báo quá hạn thẩm định hồ sơ"),
  RESULTS_OVERDUE("Báo quá hạn báo cáo kết quả"),
  PROVINCIAL_START("Báo bắt đầu chuẩn bị Đại hội tỉnh và các đơn vị chưa hoàn thành"),
  CONGRESS_OPENED("Báo đơn vị bắt đầu chuẩn bị Đại hội"),
  DOSSIER_ARRIVED("Báo cơ quan thẩm định có hồ sơ mới"),
  DOSSIER_RETURNED("Báo đơn vị hồ sơ bị trả lại"),
  CAMPAIGN_TASK_OPENED("Báo đơn vị có việc mới của đợt thi đua"),
  DAILY_DIGEST("Thư tổng hợp hồ sơ chờ thẩm định");

  private final String label;

  MessageKind(String label) {
    this.label = label;
  }

  /** The Vietnamese name, as it appears in the warnings an official reads in Cockpit. */
  public String label() {
    return label;
  }
}
