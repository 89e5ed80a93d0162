package vn.laichau.thidua.identity;

/** The group ids of the contract, spelled once. */
public final class Groups {

  /** Sở Nội vụ: the standing agency, reviewer of every dossier but the communes'. */
  public static final String SO_NOI_VU = "so-noi-vu";
  /** Council members (Hội đồng Thi đua, Khen thưởng tỉnh): read everything, change nothing. */
  public static final String HOI_DONG_TDKT = "hoi-dong-tdkt";
  /** The People's Committee (UBND tỉnh): read everything, change nothing. */
  public static final String UBND_TINH = "ubnd-tinh";
  /** Administrators (Camunda's own admin group). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private static final String UNIT_PREFIX = "unit-";
  private static final String PHONG_NOI_VU_PREFIX = "phong-noi-vu-";

  private Groups() {
  }

  /** The group of a unit's officials. */
  public static String unit(String unitCode) {
    return UNIT_PREFIX + unitCode;
  }

  /** The district's Phòng Nội vụ, reviewer of its communes. */
  public static String phongNoiVu(String districtCode) {
    return PHONG_NOI_VU_PREFIX + districtCode;
  }

  public static boolean isUnitGroup(String groupId) {
    return groupId != null && groupId.startsWith(UNIT_PREFIX);
  }

  public static boolean isPhongNoiVuGroup(String groupId) {
    return groupId != null && groupId.startsWith(PHONG_NOI_VU_PREFIX);
  }

  /** The unit code of a {@code unit-<code>} group. */
  public static String unitCodeOf(String groupId) {
    return groupId.substring(UNIT_PREFIX.length());
  }

  /** The district code of a {@code phong-noi-vu-<code>} group. */
  public static String districtCodeOf(String groupId) {
    return groupId.substring(PHONG_NOI_VU_PREFIX.length());
  }
}
