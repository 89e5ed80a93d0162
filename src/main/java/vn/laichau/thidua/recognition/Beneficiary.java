package vn.laichau.thidua.recognition;

import java.util.Optional;

/** R11: whom a recognition is for, an individual (cá nhân) or a collective (tập thể). */
public enum Beneficiary {
  INDIVIDUAL("cá nhân"),
  COLLECTIVE("tập thể");

  private final String label;

  Beneficiary(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Beneficiary> fromCode(String code) {
    for (Beneficiary beneficiary : values()) {
      if (beneficiary.name().equals(code)) {
        return Optional.of(beneficiary);
      }
    }
    return Optional.empty();
  }
}
