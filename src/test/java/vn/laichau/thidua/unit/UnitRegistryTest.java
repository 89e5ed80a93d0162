package vn.laichau.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.laichau.thidua.identity.Groups;

/** The registry as other capabilities call it: the staff count a unit gives in its plan, saving as a signed-in user. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class UnitRegistryTest {

  @Autowired
  UnitRegistry registry;
  @Autowired
  IdentityService identityService;
  @Autowired
  ApplicationEvents events;
  @Autowired
  RegistryStartup startup;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void staffCountGivenInThePlanIsSaved() {
    assertThat(registry.find("03400").orElseThrow().staffCount()).isNull();

    registry.updateStaffCount("03400", 320);

    Unit taLeng = registry.find("03400").orElseThrow();
    assertThat(taLeng.staffCount()).isEqualTo(320);
    assertThat(taLeng.name()).isEqualTo("Xã Tả Lèng");
    assertThat(taLeng.parentCode()).isEqualTo("106");
  }

  @Test
  void staffCountBelowOneIsRefused() {
    assertThatThrownBy(() -> registry.updateStaffCount("03408", 0))
        .isInstanceOf(InvalidUnitException.class)
        .hasMessage("R3: Số cán bộ, công chức, viên chức, người lao động phải từ 1 trở lên; giá trị 0 không hợp lệ.");
    assertThat(registry.find("03408").orElseThrow().staffCount()).isNull();
  }

  @Test
  void staffCountOfAnUnknownUnitIsRefused() {
    assertThatThrownBy(() -> registry.updateStaffCount("00000", 10))
        .isInstanceOf(InvalidUnitException.class)
        .hasMessage("Không tìm thấy đơn vị có mã '00000' trong danh sách đơn vị.");
  }

  @Test
  void savingAsSoNoiVuCreatesGroupsAsTheSystemAndKeepsTheCallerSignedIn() {
    identityService.setAuthentication("sonoivu2", List.of(Groups.SO_NOI_VU));

    registry.save(new Unit("99301", "  Xã Có Khoảng Trắng  ", Level.CO_SO, UnitKind.CIVIL, null, " 109 ", null,
        true));

    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("sonoivu2");
    assertThat(identityService.getCurrentAuthentication().getGroupIds()).containsExactly(Groups.SO_NOI_VU);
    identityService.clearAuthentication();
    assertThat(identityService.createGroupQuery().groupId("unit-99301").singleResult().getName())
        .isEqualTo("Xã Có Khoảng Trắng");
    assertThat(registry.find("99301").orElseThrow().parentCode()).as("trimmed").isEqualTo("109");
  }

  @Test
  void everySaveIsAnnouncedWithTheSavedUnit() {
    Unit saved = registry.save(new Unit("CTY-THU-NGHIEM", "Công ty Cổ phần Thử Nghiệm", Level.CO_SO,
        UnitKind.ENTERPRISE, 350, null, null, true));

    assertThat(events.stream(UnitRegisteredEvent.class)).singleElement()
        .satisfies(event -> assertThat(event.unit()).isEqualTo(saved).isEqualTo(event.getUnit()));
    assertThat(saved.isCommune()).isFalse();
  }

  @Test
  void aMilitaryUnitAtCommuneLevelMaySitUnderADistrict() {
    Unit post = registry.save(new Unit("DON-BP-THU", "Đồn Biên phòng Thử", Level.CO_SO, UnitKind.MILITARY, null,
        "107", null, true));

    assertThat(registry.findByParent("107")).contains(post);
  }

  @Test
  void aCouncilMemberMustBeAKnownUser() {
    if (identityService.createUserQuery().userId("hoidong1").count() == 0) {
      identityService.saveUser(identityService.newUser("hoidong1"));
    }

    registry.save(new Unit("SO-NOI-VU", "Sở Nội vụ tỉnh Lai Châu", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null, null,
        "hoidong1", true));

    assertThat(registry.find("SO-NOI-VU").orElseThrow().councilMember()).isEqualTo("hoidong1");
  }

  @Test
  void aSecondStartSeedsNothingAgain() {
    int before = registry.findAll().size();

    startup.run(null);

    assertThat(registry.findAll()).hasSize(before);
    assertThat(events.stream(UnitRegisteredEvent.class)).isEmpty();
    assertThat(identityService.createGroupQuery().groupId(Groups.SO_NOI_VU).count()).isEqualTo(1);
  }

  @Test
  void aRefusedSaveLeavesNoGroupBehind() {
    assertThatThrownBy(() -> registry.save(new Unit("99302", "Xã Lạc", Level.CO_SO, UnitKind.CIVIL, null, "99999",
        null, true))).isInstanceOf(InvalidUnitException.class);

    assertThat(identityService.createGroupQuery().groupId("unit-99302").count()).isZero();
    assertThat(events.stream(UnitRegisteredEvent.class)).isEmpty();
  }
}
