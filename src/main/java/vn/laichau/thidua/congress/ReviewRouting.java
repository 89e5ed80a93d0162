package vn.laichau.thidua.congress;

import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.CongressGroups;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.RegistryProperties;
import vn.laichau.thidua.unit.Unit;

/**
 * Who works on a unit's congress, who reviews its dossier and who supervises that reviewer: the one place that
 * decides it.
 *
 * <p>R6: a commune's dossier goes to its district's Phòng Nội vụ, every other to Sở Nội vụ. R14: no one reviews their
 * own congress, so Sở Nội vụ's own congress and the provincial congress go to {@code thidua.turnaround.self-review-group}
 * (UBND tỉnh by default, which issues the provincial congress's detailed plan). R13: a late review or report escalates
 * to the reviewer's supervisor: Sở Nội vụ over a district's Phòng Nội vụ, UBND tỉnh over Sở Nội vụ; UBND tỉnh has no
 * one above it in the province and follows up its own.
 */
@Component
public class ReviewRouting implements CongressGroups {

  private final TurnaroundProperties turnaround;
  private final RegistryProperties registry;

  public ReviewRouting(TurnaroundProperties turnaround, RegistryProperties registry) {
    this.turnaround = turnaround;
    this.registry = registry;
  }

  @Override
  public String unitGroup(Unit unit) {
    return Groups.unit(unit.code());
  }

  @Override
  public String reviewerGroup(Unit unit) {
    if (unit.level() == Level.TINH || unit.code().equals(registry.standingAgencyCode())) {
      return turnaround.selfReviewGroup();
    }
    return unit.isCommune() ? Groups.phongNoiVu(unit.parentCode()) : Groups.SO_NOI_VU;
  }

  @Override
  public String supervisorGroup(String reviewerGroup) {
    if (Groups.isPhongNoiVuGroup(reviewerGroup)) {
      return Groups.SO_NOI_VU;
    }
    return Groups.UBND_TINH;
  }
}
