package vn.laichau.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.identity.Groups;

/**
 * {@code /api/units} as its public API names it. Requests carry HTTP Basic credentials of real engine users and the test
 * also sets the engine authentication the {@code /api} filter would set from them, so the test proves the controller
 * alone here and the whole chain once the filter is in front of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class UnitApiTest {

  static final String SO_NOI_VU_USER = "sonoivu1";
  static final String COMMUNE_USER = "canbothensin1";
  static final String ADMIN_USER = "admin";
  static final String PASSWORD = "Mat-khau-thu-1";

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identityService;
  @Autowired
  UnitRegistry registry;
  @Autowired
  ApplicationEvents events;
  @Autowired
  RuntimeService runtimeService;
  /** The congress's outcome, once it has ended: the engine keeps no history of a congress's variables. */
  @Autowired
  CongressProgressRepository progress;

  @BeforeEach
  void users() {
    user(SO_NOI_VU_USER, Groups.SO_NOI_VU);
    user(COMMUNE_USER, Groups.unit("03394"));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void anyoneSignedInReadsAllUnits() throws Exception {
    as(COMMUNE_USER, get("/api/units"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(153))))
        .andExpect(jsonPath("$[?(@.code == '03394')].name").value("Xã Thèn Sin"))
        .andExpect(jsonPath("$[?(@.code == '03394')].parentCode").value("106"));
  }

  @Test
  void oneUnitShowsItsFieldsWithVietnameseLabels() throws Exception {
    as(COMMUNE_USER, get("/api/units/03394"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("03394"))
        .andExpect(jsonPath("$.name").value("Xã Thèn Sin"))
        .andExpect(jsonPath("$.level").value("CO_SO"))
        .andExpect(jsonPath("$.levelLabel").value(Level.CO_SO.label()))
        .andExpect(jsonPath("$.kind").value("CIVIL"))
        .andExpect(jsonPath("$.parentCode").value("106"))
        .andExpect(jsonPath("$.staffCount").isEmpty())
        .andExpect(jsonPath("$.active").value(true));
  }

  @Test
  void anOfficialSeesTheirOwnUnitsStaffCountAndCouncilMemberAndNobodyElses() throws Exception {
    Unit own = registry.find("03394").orElseThrow();
    Unit other = registry.find("03400").orElseThrow();
    registry.updateStaffCount("03394", 57);
    registry.updateStaffCount("03400", 64);
    try {
      seeOwnStaffCountOnly();
    } finally {
      registry.save(own);
      registry.save(other);
    }
  }

  private void seeOwnStaffCountOnly() throws Exception {
    as(COMMUNE_USER, get("/api/units/03394")).andExpect(jsonPath("$.staffCount").value(57));
    as(COMMUNE_USER, get("/api/units/03400")).andExpect(jsonPath("$.staffCount").isEmpty())
        .andExpect(jsonPath("$.councilMember").isEmpty());
    as(COMMUNE_USER, get("/api/units"))
        .andExpect(jsonPath("$[?(@.code == '03394')].staffCount").value(57))
        .andExpect(jsonPath("$[?(@.code == '03400')].staffCount").value(org.hamcrest.Matchers.contains(
            org.hamcrest.Matchers.nullValue())));
    as(SO_NOI_VU_USER, get("/api/units/03400")).andExpect(jsonPath("$.staffCount").value(64));
  }

  @Test
  void unknownUnitIsA404WithAVietnameseMessage() throws Exception {
    as(COMMUNE_USER, get("/api/units/99999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Không tìm thấy đơn vị có mã '99999' trong danh sách đơn vị."));
  }

  @Test
  void soNoiVuCreatesACommuneThenReadsItAndItsGroupExists() throws Exception {
    as(SO_NOI_VU_USER, put("/api/units/99101").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Xã Thử Nghiệm", "level": "CO_SO", "kind": "CIVIL", "staffCount": 42, "parentCode": "106"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value("99101"))
        .andExpect(jsonPath("$.staffCount").value(42));

    as(COMMUNE_USER, get("/api/units/99101"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Xã Thử Nghiệm"))
        .andExpect(jsonPath("$.level").value("CO_SO"))
        .andExpect(jsonPath("$.kind").value("CIVIL"))
        // another unit's staff count is not an official's business
        .andExpect(jsonPath("$.staffCount").isEmpty())
        .andExpect(jsonPath("$.parentCode").value("106"));
    as(SO_NOI_VU_USER, get("/api/units/99101")).andExpect(jsonPath("$.staffCount").value(42));
    Group group = identityService.createGroupQuery().groupId("unit-99101").singleResult();
    assertThat(group.getName()).isEqualTo("Xã Thử Nghiệm");
    assertThat(group.getType()).isEqualTo("WORKFLOW");
    assertThat(identityService.createGroupQuery().groupId("phong-noi-vu-99101").count()).isZero();
    assertThat(events.stream(UnitRegisteredEvent.class).map(UnitRegisteredEvent::unit).map(Unit::code))
        .containsExactly("99101");
  }

  @Test
  void updatingAUnitAnswers200AndRenamesItsGroup() throws Exception {
    String body = """
        {"name": "%s", "level": "CO_SO", "kind": "CIVIL", "parentCode": "107"}""";
    as(SO_NOI_VU_USER, put("/api/units/99102").contentType(MediaType.APPLICATION_JSON)
        .content(body.formatted("Xã Cũ"))).andExpect(status().isCreated());

    as(SO_NOI_VU_USER, put("/api/units/99102").contentType(MediaType.APPLICATION_JSON)
        .content(body.formatted("Xã Mới")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Xã Mới"));

    assertThat(identityService.createGroupQuery().groupId("unit-99102").singleResult().getName())
        .isEqualTo("Xã Mới");
    assertThat(events.stream(UnitRegisteredEvent.class)).hasSize(2);
  }

  @Test
  void newDistrictGetsItsUnitGroupAndItsPhongNoiVu() throws Exception {
    as(SO_NOI_VU_USER, put("/api/units/199").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Huyện Thử Nghiệm", "level": "SO_NGANH_HUYEN", "kind": "CIVIL", "parentCode": "12"}"""))
        .andExpect(status().isCreated());

    assertThat(identityService.createGroupQuery().groupId("unit-199").singleResult().getName())
        .isEqualTo("Huyện Thử Nghiệm");
    assertThat(identityService.createGroupQuery().groupId("phong-noi-vu-199").singleResult().getName())
        .isEqualTo("Phòng Nội vụ Huyện Thử Nghiệm");

    // a commune can now be registered under it
    as(SO_NOI_VU_USER, put("/api/units/99103").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Xã Thuộc Huyện Mới", "level": "CO_SO", "kind": "CIVIL", "parentCode": "199"}"""))
        .andExpect(status().isCreated());
    assertThat(registry.findByParent("199")).extracting(Unit::code).containsExactly("99103");
  }

  @Test
  void administratorRegistersAnAgencyWithoutParent() throws Exception {
    as(ADMIN_USER, put("/api/units/SO-THU-NGHIEM").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Sở Thử Nghiệm tỉnh Lai Châu", "level": "SO_NGANH_HUYEN", "kind": "CIVIL", "staffCount": 120}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.parentCode").isEmpty());
    assertThat(registry.find("SO-THU-NGHIEM").orElseThrow().isDistrict()).isFalse();
    assertThat(identityService.createGroupQuery().groupId("phong-noi-vu-SO-THU-NGHIEM").count()).isZero();
  }

  @Test
  void soNoiVuRetiresAUnit() throws Exception {
    String body = """
        {"name": "Ban Sắp Giải Thể", "level": "SO_NGANH_HUYEN", "kind": "CIVIL", "active": %s}""";
    as(SO_NOI_VU_USER, put("/api/units/BAN-GIAI-THE").contentType(MediaType.APPLICATION_JSON)
        .content(body.formatted("true"))).andExpect(status().isCreated());
    String congress = runtimeService.startProcessInstanceByKey("congress", "BAN-GIAI-THE",
        Map.of("unitCode", "BAN-GIAI-THE")).getId();
    as(SO_NOI_VU_USER, put("/api/units/BAN-GIAI-THE").contentType(MediaType.APPLICATION_JSON)
        .content(body.formatted("false"))).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));

    assertThat(registry.find("BAN-GIAI-THE").orElseThrow().active()).isFalse();
    // its congress, not yet held, is recorded as not held (Sở Nội vụ may not end congresses itself: the system does)
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(congress).count()).isZero();
    assertThat(progress.findByProcessInstance(congress).orElseThrow().status().name()).isEqualTo("NOT_HELD");
  }

  @Test
  void putWithoutSigningInIs401() throws Exception {
    mvc.perform(put("/api/units/99104").contentType(MediaType.APPLICATION_JSON).content("""
            {"name": "Xã Không Đăng Nhập", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}"""))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
        .andExpect(jsonPath("$.message").value(containsString("đăng nhập")));

    assertThat(registry.find("99104")).isEmpty();
  }

  @Test
  void readingWithoutSigningInIs401() throws Exception {
    mvc.perform(get("/api/units")).andExpect(status().isUnauthorized());
  }

  @Test
  void putByAUnitOfficialIs403() throws Exception {
    as(COMMUNE_USER, put("/api/units/03394").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Xã Đổi Tên", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}"""))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(UnitController.NOT_ALLOWED));

    assertThat(registry.find("03394").orElseThrow().name()).isEqualTo("Xã Thèn Sin");
    assertThat(events.stream(UnitRegisteredEvent.class)).isEmpty();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("unknown level", "99201", """
            {"name": "Xã A", "level": "HUYEN", "kind": "CIVIL", "parentCode": "106"}""",
            "Cấp 'HUYEN' không hợp lệ. Các cấp: CO_SO"),
        Arguments.of("unknown kind", "99202", """
            {"name": "Xã A", "level": "CO_SO", "kind": "ARMY", "parentCode": "106"}""",
            "Loại đơn vị 'ARMY' không hợp lệ. Các loại: CIVIL"),
        Arguments.of("missing level", "99203", """
            {"name": "Xã A", "kind": "CIVIL", "parentCode": "106"}""", "Thiếu cấp của đơn vị"),
        Arguments.of("missing kind", "99204", """
            {"name": "Xã A", "level": "CO_SO", "parentCode": "106"}""", "Thiếu loại đơn vị"),
        Arguments.of("staff count zero", "99205", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "staffCount": 0, "parentCode": "106"}""",
            "R3: Số cán bộ, công chức, viên chức, người lao động phải từ 1 trở lên; giá trị 0 không hợp lệ."),
        Arguments.of("staff count negative", "99206", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "staffCount": -5, "parentCode": "106"}""",
            "giá trị -5 không hợp lệ"),
        Arguments.of("blank name", "99207", """
            {"name": "   ", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}""",
            "Tên đơn vị không được để trống."),
        Arguments.of("missing name", "99208", """
            {"level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}""", "Tên đơn vị không được để trống."),
        Arguments.of("commune without district", "99209", """
            {"name": "Xã Mồ Côi", "level": "CO_SO", "kind": "CIVIL"}""",
            "Xã, phường, thị trấn 'Xã Mồ Côi' phải thuộc một huyện, thành phố"),
        Arguments.of("commune under a commune", "99210", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "parentCode": "03394"}""",
            "Đơn vị cấp trên '03394' (Xã Thèn Sin) không phải là huyện, thành phố"),
        Arguments.of("commune under an agency", "99211", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "parentCode": "SO-Y-TE"}""",
            "Đơn vị cấp trên 'SO-Y-TE' (Sở Y tế tỉnh Lai Châu) không phải là huyện, thành phố"),
        Arguments.of("commune under the province", "99212", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "parentCode": "12"}""",
            "Đơn vị cấp trên '12' (Tỉnh Lai Châu) không phải là huyện, thành phố"),
        Arguments.of("unknown parent", "99213", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "parentCode": "999"}""",
            "Không tìm thấy đơn vị cấp trên có mã '999'."),
        Arguments.of("TINH level for another code", "13", """
            {"name": "Tỉnh Khác", "level": "TINH", "kind": "CIVIL"}""", "Chỉ tỉnh (mã 12) ở cấp tỉnh (TINH)"),
        Arguments.of("the province at another level", "12", """
            {"name": "Tỉnh Lai Châu", "level": "SO_NGANH_HUYEN", "kind": "CIVIL"}""",
            "Mã 12 là của tỉnh: cấp phải là TINH."),
        Arguments.of("agency under a district", "BAN-HUYEN", """
            {"name": "Ban A", "level": "SO_NGANH_HUYEN", "kind": "CIVIL", "parentCode": "106"}""",
            "'106' (Huyện Tam Đường) không phải là tỉnh."),
        Arguments.of("military district", "198", """
            {"name": "Huyện Lạ", "level": "SO_NGANH_HUYEN", "kind": "MILITARY", "parentCode": "12"}""",
            "Huyện, thành phố là đơn vị loại CIVIL"),
        Arguments.of("enterprise under a district", "CTY-HUYEN", """
            {"name": "Công ty A", "level": "CO_SO", "kind": "ENTERPRISE", "parentCode": "106"}""",
            "Doanh nghiệp thuộc tỉnh không có đơn vị cấp trên"),
        Arguments.of("district with communes stops being one", "106", """
            {"name": "Huyện Tam Đường", "level": "SO_NGANH_HUYEN", "kind": "CIVIL"}""",
            "đơn vị trực thuộc (xã, phường, thị trấn): phải giữ là huyện, thành phố"),
        Arguments.of("code with diacritics", "XÃ-MỚI", """
            {"name": "Xã Mới", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}""",
            "Mã đơn vị 'XÃ-MỚI' không hợp lệ"),
        Arguments.of("unknown council member", "99214", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106", "councilMember": "khongco"}""",
            "Không tìm thấy người dùng 'khongco'"),
        Arguments.of("staff count not a number", "99215", """
            {"name": "Xã A", "level": "CO_SO", "kind": "CIVIL", "staffCount": "nhiều", "parentCode": "106"}""",
            "Giá trị của trường 'staffCount' không đúng kiểu dữ liệu"),
        Arguments.of("not JSON", "99216", "{\"name\": ", "Nội dung yêu cầu không phải là JSON hợp lệ."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void badInputIsA400WithAVietnameseMessageAndChangesNothing(String why, String code, String body, String message)
      throws Exception {
    Unit before = registry.find(code).orElse(null);

    as(SO_NOI_VU_USER, put("/api/units/" + code).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$", aMapWithSize(1)))
        .andExpect(jsonPath("$.message").value(containsString(message)));

    assertThat(registry.find(code).orElse(null)).isEqualTo(before);
    assertThat(events.stream(UnitRegisteredEvent.class)).isEmpty();
  }

  @Test
  void missingBodyIsA400() throws Exception {
    as(SO_NOI_VU_USER, put("/api/units/99217").contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Thiếu nội dung yêu cầu (JSON)."));
  }

  @Test
  void putLeavingOutTheStaffCountKeepsTheKnownOne() throws Exception {
    registry.updateStaffCount("03405", 85);

    as(SO_NOI_VU_USER, put("/api/units/03405").contentType(MediaType.APPLICATION_JSON).content("""
        {"name": "Xã Giang Ma", "level": "CO_SO", "kind": "CIVIL", "parentCode": "106"}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.staffCount").value(85));
  }

  private ResultActions as(String userId, MockHttpServletRequestBuilder request) throws Exception {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    String credentials = userId + ":" + (userId.equals(ADMIN_USER) ? "Adm1n-Test-Only!" : PASSWORD);
    identityService.setAuthentication(userId, groups);
    try {
      return mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
    } finally {
      // as the filter does after the request; the test then looks at the engine as the system
      identityService.clearAuthentication();
    }
  }

  private void user(String id, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Thử nghiệm");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, groupId);
    }
  }
}
