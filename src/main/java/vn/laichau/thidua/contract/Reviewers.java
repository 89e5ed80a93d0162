package vn.laichau.thidua.contract;

import vn.laichau.thidua.unit.Unit;

/** Who reviews a unit's dossier (R6, R14) and who follows up a late reviewer (R13). */
public interface Reviewers {

  String reviewerGroup(Unit unit);

  String supervisorGroup(String reviewerGroup);
}
