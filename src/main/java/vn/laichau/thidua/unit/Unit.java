package vn.laichau.thidua.unit;

/**
 * A unit (đơn vị) of the registry: a commune, ward, town, district, provincial agency, enterprise or the province.
 *
 * @param code          the unit's code (GSO code for administrative units, e.g. {@code 03394}; a short code for agencies)
 * @param name          the Vietnamese name
 * @param level         the level at which the unit holds its congress (R1)
 * @param kind          civil, enterprise, military or police (R2)
 * @param staffCount    staff (cán bộ, công chức, viên chức, người lao động); {@code null} when not yet known
 * @param parentCode    a commune's district; {@code null} otherwise
 * @param councilMember user id of the council member (Hội đồng TĐKT) responsible for the unit (R10); may be {@code null}
 * @param active        false once Sở Nội vụ retires the unit
 */
public record Unit(String code, String name, Level level, UnitKind kind, Integer staffCount, String parentCode,
    String councilMember, boolean active) {

  /** True for a commune, ward or town: a {@code CO_SO} unit under a district. */
  public boolean isCommune() {
    return level == Level.CO_SO && parentCode != null;
  }

  /**
   * True for a district or the city (huyện, thành phố): a {@code SO_NGANH_HUYEN} unit under the province. The registry
   * allows a {@code SO_NGANH_HUYEN} unit no other parent; the provincial agencies have none.
   */
  public boolean isDistrict() {
    return level == Level.SO_NGANH_HUYEN && parentCode != null;
  }

  public Unit withStaffCount(Integer newStaffCount) {
    return new Unit(code, name, level, kind, newStaffCount, parentCode, councilMember, active);
  }
}
