package vn.laichau.thidua.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The grants of a unit's officials ({@code unit-<code>}) and, for a commune, of its district's Phòng Nội vụ
 * ({@code phong-noi-vu-<district>}), made when the unit appears in the registry: Tasklist, its filters and the congress
 * diagram. What they may read and do on a congress comes from the congress itself (the candidate groups of its tasks
 * and {@link CongressInstanceAuthorizations}), so one unit never sees another's dossier.
 *
 * <p>The registry creates the groups as it saves a unit; this makes sure they exist too, so that the grants never
 * point at a missing group whichever runs first.
 */
@Component
public class UnitAuthorizations {

  private final AuthorizationGrants grants;
  private final ObjectProvider<UnitRegistry> registry;

  public UnitAuthorizations(ProcessEngine processEngine, ObjectProvider<UnitRegistry> registry) {
    this.grants = new AuthorizationGrants(processEngine);
    this.registry = registry;
  }

  public void grantFor(Unit unit) {
    String unitGroup = Groups.unit(unit.code());
    grants.ensureGroup(unitGroup, unit.name(), RoleAuthorizations.GROUP_TYPE);
    RoleAuthorizations.grantTasklist(grants, unitGroup);
    if (unit.isCommune()) {
      String reviewerGroup = Groups.phongNoiVu(unit.parentCode());
      grants.ensureGroup(reviewerGroup, "Phòng Nội vụ " + districtName(unit.parentCode()), RoleAuthorizations.GROUP_TYPE);
      RoleAuthorizations.grantTasklist(grants, reviewerGroup);
    }
  }

  private String districtName(String districtCode) {
    UnitRegistry units = registry.getIfAvailable();
    return units == null ? districtCode
        : units.find(districtCode).map(Unit::name).orElse(districtCode);
  }
}
