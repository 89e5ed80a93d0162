package vn.laichau.thidua.unit;

import java.util.List;
import java.util.Optional;

/** The unit registry (R1), persisted in the application's database. */
public interface UnitRegistry {

  Optional<Unit> find(String code);

  /**
   * The unit, its row locked until the caller's transaction ends: work that must happen once per unit (the start of
   * its congress, of a campaign of its province) waits here for a concurrent one to commit, then sees it.
   */
  Optional<Unit> findForUpdate(String code);

  /** All units, active or retired, ordered by code. */
  List<Unit> findAll();

  /** The units whose parent is the given district. */
  List<Unit> findByParent(String parentCode);

  /** True before the first start has filled the registry. */
  default boolean isEmpty() {
    return findAll().isEmpty();
  }

  /**
   * Creates or updates a unit after validating it, and makes sure its groups exist.
   *
   * @throws InvalidUnitException with a Vietnamese message when the unit is not acceptable
   */
  Unit save(Unit unit);

  /** Records the staff count a unit gave in its plan, where the registry had none. */
  void updateStaffCount(String code, int staffCount);
}
