package vn.laichau.thidua.unit;

/**
 * The body of {@code PUT /api/units/{code}}, a public API: {@code name}, {@code level}, {@code kind},
 * {@code staffCount}, {@code parentCode}; beyond the contract, {@code councilMember} (R10) and {@code active}
 * (false retires the unit).
 *
 * <p>Level and kind are text here so that an unknown value is answered with a Vietnamese 400 naming the allowed values,
 * not with a deserialization error.
 */
public record UnitRequest(String name, String level, String kind, Integer staffCount, String parentCode,
    String councilMember, Boolean active) {

  /**
   * The unit to save. A field left out keeps what the registry has where forgetting it would lose information: the
   * staff count (once known it is never unknown again; a unit may have given it in its plan), the council member
   * (an empty string removes it) and the active flag (a new unit is active). The parent is part of the unit's place in
   * the tree and is taken as sent: left out, the unit has none.
   */
  Unit toUnit(String code, Unit existing) {
    Integer staff = staffCount != null ? staffCount : existing == null ? null : existing.staffCount();
    String council = councilMember != null ? councilMember : existing == null ? null : existing.councilMember();
    boolean isActive = active != null ? active : existing == null || existing.active();
    return new Unit(code, name, UnitInput.level(level), UnitInput.kind(kind), staff, parentCode, council, isActive);
  }
}
