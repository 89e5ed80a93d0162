package vn.laichau.thidua.unit;

/** A unit as {@code /api/units} shows it: the stored values and, for people, the Vietnamese names of level and kind. */
public record UnitView(String code, String name, Level level, String levelLabel, UnitKind kind, String kindLabel,
    Integer staffCount, String parentCode, String councilMember, boolean active) {

  static UnitView of(Unit unit) {
    return new UnitView(unit.code(), unit.name(), unit.level(), unit.level().label(), unit.kind(), unit.kind().label(),
        unit.staffCount(), unit.parentCode(), unit.councilMember(), unit.active());
  }

  /** For someone who neither belongs to the unit nor oversees it: no staff count, no council member. */
  static UnitView withoutPrivateFacts(Unit unit) {
    return new UnitView(unit.code(), unit.name(), unit.level(), unit.level().label(), unit.kind(), unit.kind().label(),
        null, unit.parentCode(), null, unit.active());
  }
}
