package vn.laichau.thidua.congress.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.laichau.thidua.congress.MeetingForm;

/**
 * R3 for one unit: the row of the {@code delegateQuota} table that matched, with the unit's staff count.
 *
 * @param meetingForm  full assembly or delegate conference
 * @param floor        the table's least number of delegates ({@code null} for a full assembly)
 * @param cap          the table's absolute ceiling ({@code null} for a full assembly)
 * @param maxShare     the share of the staff that may be delegates, e.g. 0.7; {@code null} where the table has none
 * @param staffCount   the unit's staff count N ({@code null} where the table does not depend on it, the province)
 */
public record DelegateQuota(MeetingForm meetingForm, Integer floor, Integer cap, BigDecimal maxShare,
    Integer staffCount) {

  public boolean isFullAssembly() {
    return meetingForm == MeetingForm.FULL_ASSEMBLY;
  }

  /**
   * The most delegates allowed: N for a full assembly, otherwise min(share × N rounded half up, cap). The share is
   * computed in decimal arithmetic: 0.7 × 105 is exactly 73.5, which rounds up to 74 (in binary floating point it is
   * 73.4999… and would round down).
   */
  public int maxDelegates() {
    if (isFullAssembly()) {
      return staffCount;
    }
    if (maxShare == null) {
      return cap;
    }
    int share = maxShare.multiply(BigDecimal.valueOf(staffCount)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    return Math.min(share, cap);
  }

  public int minDelegates() {
    return isFullAssembly() ? staffCount : floor;
  }

  /** True when the share of the staff, not the cap, limits the number of delegates. */
  public boolean limitedByShare() {
    return !isFullAssembly() && maxShare != null && maxDelegates() < cap;
  }

  /** The share as a percentage for people to read, e.g. "70%". */
  public String sharePercent() {
    return maxShare == null ? "" : maxShare.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
