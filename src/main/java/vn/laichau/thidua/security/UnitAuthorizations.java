package vn.laichau.thidua.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.RegistryStartup;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegisteredEvent;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The grants of a unit's officials ({@code unit-<code>}) and, for a district, of its Phòng Nội vụ
 * ({@code phong-noi-vu-<code>}): Tasklist, its filters and the congress diagram. Made as the registry announces each
 * unit it saves ({@link UnitRegisteredEvent}: the registry has created the groups by then), and confirmed for every
 * unit at each start, after the registry's own start, so that a grant added in a later version reaches the units
 * registered before it.
 *
 * <p>What officials may read and do on a congress comes from the congress itself (the candidate groups of its tasks
 * and {@link CongressInstanceAuthorizations}), so one unit never sees another's dossier.
 */
@Component
@Order(RegistryStartup.ORDER + 10)
public class UnitAuthorizations implements ApplicationRunner {

  private final AuthorizationGrants grants;
  private final UnitRegistry registry;

  public UnitAuthorizations(ProcessEngine processEngine, UnitRegistry registry) {
    this.grants = new AuthorizationGrants(processEngine);
    this.registry = registry;
  }

  @EventListener
  public void onUnitRegistered(UnitRegisteredEvent event) {
    grantFor(event.unit());
  }

  @Override
  public void run(ApplicationArguments args) {
    registry.findAll().forEach(this::grantFor);
  }

  public void grantFor(Unit unit) {
    RoleAuthorizations.grantTasklist(grants, Groups.unit(unit.code()));
    if (unit.isDistrict()) {
      RoleAuthorizations.grantTasklist(grants, Groups.phongNoiVu(unit.code()));
      // the campaign's dashboard plugin shows the district its own communes (reporting.ProgressAccess)
      grants.grant(Groups.phongNoiVu(unit.code()), Resources.APPLICATION, RoleAuthorizations.COCKPIT,
          Permissions.ACCESS);
    }
  }
}
