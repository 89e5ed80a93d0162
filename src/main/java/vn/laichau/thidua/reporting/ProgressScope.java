package vn.laichau.thidua.reporting;

import java.util.Set;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.unit.Level;

/**
 * What part of a campaign a caller sees: the whole province (UBND tỉnh, the council, Sở Nội vụ, administrators), or the
 * communes of the districts whose Phòng Nội vụ the caller belongs to. {@code followed} are the units whose council
 * member the caller is (R10): they come first on the dashboard.
 */
public record ProgressScope(boolean province, Set<String> districts, String userId, Set<String> followed) {

  public static ProgressScope wholeProvince() {
    return new ProgressScope(true, Set.of(), null, Set.of());
  }

  public boolean includes(CongressProgress row) {
    return province || (row.level() == Level.CO_SO && districts.contains(row.districtCode()));
  }

  public boolean follows(String unitCode) {
    return followed.contains(unitCode);
  }
}
