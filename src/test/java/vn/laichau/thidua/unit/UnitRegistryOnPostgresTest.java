package vn.laichau.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.support.PostgresTest;

/**
 * The registry on a real PostgreSQL (profile {@code postgres}), in a database of its own: Flyway's V1 ran, the engine
 * created its tables beside it, the first start seeded exactly the province, 8 districts, 106 communes and the
 * agencies, each with its groups.
 */
@PostgresTest
class UnitRegistryOnPostgresTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @Autowired
  UnitRegistry registry;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Test
  void runsOnPostgresql() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getURL()).contains("/thidua_");
    }
    assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).getDatabaseType()).isEqualTo("postgres");
  }

  @Test
  void flywayMigratedTheRegistryTable() {
    List<Map<String, Object>> history = jdbc.queryForList(
        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
    assertThat(history).extracting(row -> row.get("version")).contains("1");
    assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'act_ru_task'",
        Integer.class)).as("the engine's tables beside it").isEqualTo(1);
  }

  @Test
  void firstStartSeededTheWholeRegistry() {
    assertThat(count("level = 'TINH'")).isEqualTo(1);
    assertThat(count("level = 'SO_NGANH_HUYEN' AND parent_code = '12'")).isEqualTo(8);
    assertThat(count("level = 'CO_SO' AND kind = 'CIVIL' AND parent_code IS NOT NULL")).isEqualTo(106);
    assertThat(count("parent_code IS NULL AND level <> 'TINH'")).isEqualTo(38);
    assertThat(count("staff_count IS NOT NULL")).isZero();
    assertThat(registry.find("03394")).contains(
        new Unit("03394", "Xã Thèn Sin", Level.CO_SO, UnitKind.CIVIL, null, "106", null, true));
    assertThat(registry.find("BCH-BIEN-PHONG-TINH").orElseThrow().kind()).isEqualTo(UnitKind.MILITARY);
  }

  @Test
  void groupsExistForEveryUnitDistrictAndRole() {
    assertThat(identityService.createGroupQuery().groupType("WORKFLOW").list()).hasSize(153 + 8 + 3);
    assertThat(identityService.createGroupQuery().groupId("unit-03394").singleResult().getName())
        .isEqualTo("Xã Thèn Sin");
    assertThat(identityService.createGroupQuery().groupId("phong-noi-vu-110").singleResult().getName())
        .isEqualTo("Phòng Nội vụ Huyện Than Uyên");
    assertThat(identityService.createGroupQuery().groupIdIn("so-noi-vu", "hoi-dong-tdkt", "ubnd-tinh").count())
        .isEqualTo(3);
  }

  @Test
  void savesAndRefusesAsOnH2() {
    registry.save(new Unit("99401", "Xã Trên PostgreSQL", Level.CO_SO, UnitKind.CIVIL, null, "111", null, true));
    registry.updateStaffCount("99401", 301);

    assertThat(registry.find("99401").orElseThrow().staffCount()).isEqualTo(301);
    assertThatThrownBy(() -> registry.updateStaffCount("99401", 0)).isInstanceOf(InvalidUnitException.class);
    assertThat(registry.find("99401").orElseThrow().staffCount()).isEqualTo(301);
  }

  private int count(String where) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE " + where, Integer.class);
  }
}
