package vn.laichau.thidua.congress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.laichau.thidua.campaign.CampaignCalendar;
import vn.laichau.thidua.unit.InvalidUnitException;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * TEMPORARY, tests only: the JDBC registry and the configured campaign calendar are being written on branch
 * {@code registry}. Until they are merged, the congress tests run against this in-memory registry and a calendar with
 * the plan's dates (RULES.md R6, R7, R8). Removed when main has the real beans.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryRegistryConfiguration {

  public static final String CAMPAIGN = "LAICHAU-2025";
  /** The district pilot communes of the test calendar (one per district in the real plan). */
  public static final Set<String> PILOT_COMMUNES = Set.of("03394");
  public static final Set<String> PROVINCIAL_PILOTS = Set.of("SO-Y-TE", "110");

  @Bean
  @Primary
  UnitRegistry inMemoryUnitRegistry() {
    InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
    registry.save(new Unit("12", "Tỉnh Lai Châu", Level.TINH, UnitKind.CIVIL, null, null, null, true));
    for (int district = 105; district <= 112; district++) {
      registry.save(new Unit(String.valueOf(district), "Huyện " + district, Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null,
          "12", null, true));
    }
    registry.save(new Unit("03394", "Xã Thèn Sin", Level.CO_SO, UnitKind.CIVIL, 40, "106", null, true));
    registry.save(new Unit("SO-NOI-VU", "Sở Nội vụ", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 60, null, null, true));
    registry.save(new Unit("SO-Y-TE", "Sở Y tế", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 150, null, null, true));
    registry.save(new Unit("CONG-AN-TINH", "Công an tỉnh Lai Châu", Level.SO_NGANH_HUYEN, UnitKind.POLICE, 900, null,
        null, true));
    registry.save(new Unit("BCH-QUAN-SU-TINH", "Bộ Chỉ huy Quân sự tỉnh", Level.SO_NGANH_HUYEN, UnitKind.MILITARY,
        400, null, null, true));
    return registry;
  }

  @Bean
  @Primary
  CampaignCalendar inMemoryCampaignCalendar() {
    return new CampaignCalendar() {
      @Override
      public String defaultCampaignId() {
        return CAMPAIGN;
      }

      @Override
      public boolean exists(String campaignId) {
        return CAMPAIGN.equals(campaignId);
      }

      @Override
      public LocalDate lastDay(String campaignId, Unit unit) {
        if (isProvincialPilot(campaignId, unit.code())) {
          return LocalDate.of(2025, 4, 30);
        }
        if (isPilot(campaignId, unit.code())) {
          return LocalDate.of(2025, 2, 28);
        }
        return switch (unit.level()) {
          case CO_SO -> LocalDate.of(2025, 3, 31);
          case SO_NGANH_HUYEN -> LocalDate.of(2025, 6, 30);
          case TINH -> LocalDate.of(2025, 9, 30);
        };
      }

      @Override
      public int submissionLeadDays(String campaignId) {
        return 15;
      }

      @Override
      public boolean isPilot(String campaignId, String unitCode) {
        return PILOT_COMMUNES.contains(unitCode) || PROVINCIAL_PILOTS.contains(unitCode);
      }

      @Override
      public boolean isProvincialPilot(String campaignId, String unitCode) {
        return PROVINCIAL_PILOTS.contains(unitCode);
      }
    };
  }

  static class InMemoryUnitRegistry implements UnitRegistry {

    private final Map<String, Unit> units = new ConcurrentHashMap<>();

    @Override
    public Optional<Unit> find(String code) {
      return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<Unit> findAll() {
      return units.values().stream().sorted(Comparator.comparing(Unit::code)).toList();
    }

    @Override
    public List<Unit> findByParent(String parentCode) {
      return units.values().stream().filter(u -> parentCode.equals(u.parentCode()))
          .sorted(Comparator.comparing(Unit::code)).toList();
    }

    @Override
    public Unit save(Unit unit) {
      if (unit.name() == null || unit.name().isBlank()) {
        throw new InvalidUnitException("Tên đơn vị không được để trống.");
      }
      units.put(unit.code(), unit);
      return unit;
    }

    @Override
    public void updateStaffCount(String code, int staffCount) {
      units.computeIfPresent(code, (c, unit) -> unit.withStaffCount(staffCount));
    }
  }
}
