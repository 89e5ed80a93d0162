package vn.laichau.thidua.congress;

import java.util.Arrays;
import java.util.Optional;

/**
 * R2, R8: the formats (hình thức) of a congress or conference. Which level and kind of unit may choose which is a rule
 * table ({@code allowedFormats} in processes/congress-rules.dmn), not this enum.
 */
public enum CongressFormat {
  HOI_NGHI_TUYEN_DUONG_DIEN_HINH("Hội nghị tuyên dương điển hình tiên tiến"),
  HOI_NGHI_NGUOI_TOT_VIEC_TOT("Hội nghị biểu dương người tốt, việc tốt"),
  HOI_NGHI_LAO_DONG_GIOI("Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo"),
  DAI_HOI_THI_DUA_YEU_NUOC("Đại hội Thi đua yêu nước"),
  DAI_HOI_QUYET_THANG("Đại hội Thi đua Quyết thắng"),
  DAI_HOI_VI_AN_NINH_TO_QUOC("Đại hội Thi đua Vì an ninh Tổ quốc"),
  HOI_NGHI_DIEN_HINH_TIEN_TIEN("Hội nghị điển hình tiên tiến");

  private final String label;

  CongressFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<CongressFormat> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
  }
}
