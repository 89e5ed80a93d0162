package vn.laichau.thidua.unit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start: the role groups exist. At the first start (empty registry): the registry is filled from the seed
 * lists, each unit saved through the registry, so it is validated, gets its groups and is announced with
 * {@link UnitRegisteredEvent} exactly as a unit Sở Nội vụ registers. One transaction: a seed that fails half-way
 * leaves the registry empty, and the next start tries again.
 *
 * <p>Runs early among the application runners ({@link #ORDER}); a runner that needs the units orders itself after.
 */
@Component
@Order(RegistryStartup.ORDER)
public class RegistryStartup implements ApplicationRunner {

  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  private static final Logger LOG = LoggerFactory.getLogger(RegistryStartup.class);

  private final UnitRegistry registry;
  private final UnitGroups groups;
  private final UnitSeeder seeder;
  private final RegistryProperties properties;
  private final TransactionTemplate transaction;

  public RegistryStartup(UnitRegistry registry, UnitGroups groups, UnitSeeder seeder, RegistryProperties properties,
      TransactionTemplate transaction) {
    this.registry = registry;
    this.groups = groups;
    this.seeder = seeder;
    this.properties = properties;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    groups.ensureRoleGroups();
    if (properties.seed().enabled() && registry.isEmpty()) {
      List<Unit> units = seeder.units();
      transaction.executeWithoutResult(status -> units.forEach(registry::save));
      LOG.info("Unit registry seeded with {} units from {} and {}", units.size(), properties.seed().units(),
          properties.seed().agencies());
    }
  }
}
