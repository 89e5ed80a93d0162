package vn.laichau.thidua.unit;

/** R1, R2: the kind of a unit; the armed forces and the police have formats of their own. */
public enum UnitKind {
  CIVIL("Cơ quan, địa phương"),
  ENTERPRISE("Doanh nghiệp"),
  MILITARY("Quân đội"),
  POLICE("Công an");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
