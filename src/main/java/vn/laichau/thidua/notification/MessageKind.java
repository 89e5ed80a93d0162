package vn.laichau.thidua.notification;

/** The kinds of e-mail of the congress lifecycle and of the campaign; each has its own delegate and service task. */
public enum MessageKind {
  APPROVAL_NOTICE("Thông báo hồ sơ được phê duyệt"),
  DEADLINE_REMINDER("Nhắc hạn tổ chức Đại hội"),
  SUBMISSION_REMINDER("Nhắc gửi hồ sơ trước 15 ngày"),
  OVERDUE_ESCALATION("Báo cáo quá hạn"),
  SECOND_ESCALATION("Báo cáo quá hạn lần hai"),
  CAMPAIGN_ESCALATION("Báo cáo việc của đợt thi đua quá hạn");

  private final String label;

  MessageKind(String label) {
    this.label = label;
  }

  /** The Vietnamese name, as it appears in the warnings an official reads in Cockpit. */
  public String label() {
    return label;
  }
}
