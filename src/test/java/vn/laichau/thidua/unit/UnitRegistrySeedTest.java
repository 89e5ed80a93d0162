package vn.laichau.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.identity.Groups;

/**
 * The registry's first content: the province, the statistics office's 8 districts and 106 communes, the provincial
 * agencies, each with its groups. Other tests of the same (cached) context add units, so this test checks the seeded
 * units by their codes; {@code UnitRegistryOnPostgresTest} counts a freshly seeded registry as a whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitRegistrySeedTest {

  @Autowired
  UnitRegistry registry;
  @Autowired
  UnitSeeder seeder;
  @Autowired
  IdentityService identityService;

  @Test
  void seedListsHoldTheProvinceEightDistrictsAndTheirHundredAndSixCommunes() {
    List<Unit> seed = seeder.units();

    assertThat(seed).filteredOn(unit -> unit.level() == Level.TINH).extracting(Unit::code).containsExactly("12");
    assertThat(seed).filteredOn(Unit::isDistrict).extracting(Unit::code)
        .containsExactly("105", "106", "107", "108", "109", "110", "111", "112");
    assertThat(seed).filteredOn(Unit::isCommune).hasSize(106);
    assertThat(seed).filteredOn(unit -> unit.parentCode() == null && unit.level() != Level.TINH).hasSize(38);
    assertThat(seed).extracting(Unit::code).doesNotHaveDuplicates();
    assertThat(seed).allSatisfy(unit -> {
      assertThat(unit.staffCount()).as("staff counts are not public").isNull();
      assertThat(unit.active()).isTrue();
    });
  }

  @Test
  void everySeededUnitIsInTheRegistryAsListed() {
    Map<String, Unit> stored = registry.findAll().stream().collect(Collectors.toMap(Unit::code, unit -> unit));

    for (Unit seeded : seeder.units()) {
      Unit unit = stored.get(seeded.code());
      assertThat(unit).as(seeded.code()).isNotNull();
      assertThat(unit.name()).isEqualTo(seeded.name());
      assertThat(unit.level()).isEqualTo(seeded.level());
      assertThat(unit.kind()).isEqualTo(seeded.kind());
      assertThat(unit.parentCode()).isEqualTo(seeded.parentCode());
    }
  }

  @Test
  void knownUnitsHaveTheirPlaceInTheTree() {
    assertThat(registry.find("12")).contains(
        new Unit("12", "Tỉnh Lai Châu", Level.TINH, UnitKind.CIVIL, null, null, null, true));
    assertThat(registry.find("106")).contains(
        new Unit("106", "Huyện Tam Đường", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null, "12", null, true));
    assertThat(registry.find("105").orElseThrow().name()).isEqualTo("Thành phố Lai Châu");
    Unit thenSin = registry.find("03394").orElseThrow();
    assertThat(thenSin.name()).isEqualTo("Xã Thèn Sin");
    assertThat(thenSin.level()).isEqualTo(Level.CO_SO);
    assertThat(thenSin.parentCode()).isEqualTo("106");
    assertThat(thenSin.isCommune()).isTrue();
    assertThat(registry.find("03386").orElseThrow().name()).isEqualTo("Phường Quyết Thắng");
    assertThat(registry.findByParent("110")).extracting(Unit::name).contains("Thị trấn Than Uyên");
    assertThat(registry.findByParent("108")).filteredOn(unit -> unit.code().startsWith("0")).hasSize(22);
  }

  @Test
  void agenciesHaveTheSharedCodesLevelsAndKinds() {
    assertThat(registry.find("SO-NOI-VU").orElseThrow().name()).isEqualTo("Sở Nội vụ tỉnh Lai Châu");
    assertThat(registry.find("SO-Y-TE").orElseThrow().level()).isEqualTo(Level.SO_NGANH_HUYEN);
    assertThat(registry.find("CONG-AN-TINH").orElseThrow().kind()).isEqualTo(UnitKind.POLICE);
    assertThat(registry.find("BCH-QUAN-SU-TINH").orElseThrow().kind()).isEqualTo(UnitKind.MILITARY);
    assertThat(registry.find("BCH-BIEN-PHONG-TINH").orElseThrow().kind()).isEqualTo(UnitKind.MILITARY);
    Unit enterprise = registry.find("CTY-THUY-NONG").orElseThrow();
    assertThat(enterprise.level()).isEqualTo(Level.CO_SO);
    assertThat(enterprise.kind()).isEqualTo(UnitKind.ENTERPRISE);
    assertThat(enterprise.parentCode()).isNull();
    assertThat(registry.findAll()).extracting(Unit::name).doesNotContain("Ủy ban nhân dân tỉnh Lai Châu");
  }

  @Test
  void agencyListMarksWhatComesFromThePartialPublicList() throws IOException {
    List<Map<String, String>> agencies = csv("data/lai-chau-agencies.csv");
    Set<String> partialNames = csv("data/lai-chau-agencies-partial.csv").stream().map(row -> row.get("name"))
        .collect(Collectors.toSet());

    assertThat(agencies).extracting(row -> row.get("source")).containsOnly("partial-list", "likely-unconfirmed");
    Set<String> fromPartial = agencies.stream().filter(row -> row.get("source").equals("partial-list"))
        .map(row -> row.get("name")).collect(Collectors.toSet());
    Set<String> expected = partialNames.stream().filter(name -> !name.equals("Ủy ban nhân dân tỉnh Lai Châu"))
        .collect(Collectors.toSet());
    assertThat(fromPartial).isEqualTo(expected);
    assertThat(agencies).filteredOn(row -> row.get("source").equals("likely-unconfirmed")).extracting(
        row -> row.get("code")).contains("BCH-QUAN-SU-TINH", "BCH-BIEN-PHONG-TINH", "SO-TAI-CHINH", "TINH-DOAN");
  }

  @Test
  void everyUnitHasItsGroupAndEveryDistrictItsPhongNoiVu() {
    Set<String> groupIds = identityService.createGroupQuery().list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    for (Unit unit : seeder.units()) {
      assertThat(groupIds).contains(Groups.unit(unit.code()));
    }
    assertThat(groupIds).contains("phong-noi-vu-105", "phong-noi-vu-106", "phong-noi-vu-107", "phong-noi-vu-108",
        "phong-noi-vu-109", "phong-noi-vu-110", "phong-noi-vu-111", "phong-noi-vu-112");
    assertThat(groupIds).doesNotContain("phong-noi-vu-03394", "phong-noi-vu-SO-Y-TE", "phong-noi-vu-12");

    Group thenSin = identityService.createGroupQuery().groupId("unit-03394").singleResult();
    assertThat(thenSin.getName()).isEqualTo("Xã Thèn Sin");
    assertThat(thenSin.getType()).isEqualTo("WORKFLOW");
    assertThat(identityService.createGroupQuery().groupId("phong-noi-vu-106").singleResult().getName())
        .isEqualTo("Phòng Nội vụ Huyện Tam Đường");
  }

  @Test
  void roleGroupsExistWithVietnameseNames() {
    assertThat(groupName(Groups.SO_NOI_VU)).startsWith("Sở Nội vụ");
    assertThat(groupName(Groups.HOI_DONG_TDKT)).isEqualTo("Hội đồng Thi đua, Khen thưởng tỉnh");
    assertThat(groupName(Groups.UBND_TINH)).isEqualTo("Ủy ban nhân dân tỉnh");
  }

  private String groupName(String id) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    assertThat(group).as(id).isNotNull();
    assertThat(group.getType()).isEqualTo(UnitGroups.TYPE);
    return group.getName();
  }

  private static List<Map<String, String>> csv(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return TableFile.csv(new String(in.readAllBytes(), StandardCharsets.UTF_8)).records(path);
    }
  }
}
