package vn.laichau.thidua.recognition;

/** One delegate elected to the upper congress (R12), with the columns of the delegate lists congresses print. */
public record Delegate(String fullName, int birthYear, Gender gender, String ethnicity, String position) {

  /** As the lists write it: Nam, Nữ. */
  public enum Gender {
    NAM("Nam"),
    NU("Nữ");

    private final String label;

    Gender(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
