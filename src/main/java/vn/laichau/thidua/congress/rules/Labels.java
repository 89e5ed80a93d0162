package vn.laichau.thidua.congress.rules;

import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitKind;

/** Vietnamese phrases used inside the rules' messages and the form's guidance. */
public final class Labels {

  public static final String STAFF = "cán bộ, công chức, viên chức, người lao động";

  private Labels() {
  }

  /** E.g. "đơn vị cấp sở, ngành tỉnh và huyện, thành phố thuộc lực lượng công an". */
  public static String unitDescription(Level level, UnitKind kind, boolean pilot) {
    StringBuilder text = new StringBuilder(pilot ? "đơn vị chỉ đạo điểm " : "đơn vị ").append(decapitalize(level.label()));
    switch (kind) {
      case MILITARY -> text.append(" thuộc lực lượng quân đội");
      case POLICE -> text.append(" thuộc lực lượng công an");
      case ENTERPRISE -> text.append(" (doanh nghiệp)");
      case CIVIL -> { }
    }
    return text.toString();
  }

  public static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  public static String decapitalize(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
