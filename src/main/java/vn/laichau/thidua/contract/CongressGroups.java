package vn.laichau.thidua.contract;

import vn.laichau.thidua.unit.Unit;

/** Who works on a unit's congress: its officials, who reviews its dossier (R6, R14) and who follows up (R13). */
public interface CongressGroups {

  /** The group of the unit's officials. */
  String unitGroup(Unit unit);

  String reviewerGroup(Unit unit);

  String supervisorGroup(String reviewerGroup);
}
