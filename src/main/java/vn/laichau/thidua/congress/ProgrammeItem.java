package vn.laichau.thidua.congress;

import java.util.Arrays;
import java.util.Optional;

/** R5 (plan II.4): the five items every congress or conference holds, in the plan's order. */
public enum ProgrammeItem {
  REVIEW("Tổng kết phong trào thi đua, công tác khen thưởng 5 năm và phương hướng giai đoạn 2025–2030"),
  SPEECHES("Tham luận của các điển hình tiên tiến"),
  COMMENDATION("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến"),
  LAUNCH("Phát động phong trào thi đua giai đoạn 2025–2030"),
  UPPER_DELEGATES("Thông qua danh sách đại biểu đi dự Đại hội cấp trên");

  private final String label;

  ProgrammeItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ProgrammeItem> fromCode(String code) {
    return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
  }
}
