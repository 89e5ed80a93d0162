package vn.laichau.thidua.unit;

/** R1: the levels (cấp) at which congresses are held. */
public enum Level {
  CO_SO("Cấp cơ sở (xã, phường, thị trấn, doanh nghiệp thuộc tỉnh)"),
  SO_NGANH_HUYEN("Cấp sở, ngành tỉnh và huyện, thành phố"),
  TINH("Cấp tỉnh");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The Vietnamese name people read. */
  public String label() {
    return label;
  }
}
