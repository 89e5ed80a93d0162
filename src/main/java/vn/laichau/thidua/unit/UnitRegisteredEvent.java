package vn.laichau.thidua.unit;

import org.springframework.context.ApplicationEvent;

/**
 * Published after a unit is saved in the registry (created or updated, by Sở Nội vụ or by the first-start seeding),
 * once the unit's groups exist ({@code unit-<code>}, and {@code phong-noi-vu-<code>} for a district).
 *
 * <p>Listeners run synchronously, inside the registry's transaction (a failure rolls the unit back) and as the system:
 * no user is authenticated on the thread while they run, so they may write identity and authorization data. A listener
 * that must only act after commit uses {@code @TransactionalEventListener}.
 */
public class UnitRegisteredEvent extends ApplicationEvent {

  private final transient Unit unit;

  public UnitRegisteredEvent(Unit unit) {
    super(unit);
    this.unit = unit;
  }

  /** The unit as saved. */
  public Unit unit() {
    return unit;
  }

  /** The unit as saved (bean-style accessor, for SpEL conditions such as {@code #event.unit.level}). */
  public Unit getUnit() {
    return unit;
  }
}
