package vn.laichau.thidua.campaign;

import vn.laichau.thidua.contract.CampaignCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.thidua.campaign.api.CampaignAccess;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.reporting.ProgressAccess;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * {@code /api/campaigns}: a campaign is data. LAICHAU-2025 is stored from the configuration at start; the next cycle is
 * created through the API with its own dates and no code change; bad input is a 4xx with a Vietnamese message. The
 * test sets the engine authentication the {@code /api} filter would set from the HTTP Basic header.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CampaignApiTest {

  static final String SO_NOI_VU_USER = "sonoivucampaign";
  static final String UBND_USER = "ubndcampaign";
  static final String COMMUNE_USER = "canbocampaign";
  static final String PASSWORD = "Mat-khau-thu-1";

  /** Every date of a 2030 cycle, in order. */
  static final String CYCLE_2030 = """
      {"id": "LAICHAU-2030-THU", "provinceCode": "12",
       "guidanceLastDay": "2029-06-30", "driveLaunchLastDay": "2029-08-31", "directiveReviewLastDay": "2029-09-30",
       "pilotChoiceLastDay": "2029-09-30", "provincialPlanLastDay": "2029-12-31", "pilotCommuneLastDay": "2030-02-28",
       "provincialPilotLastDay": "2030-04-30",
       "levelLastDays": {"CO_SO": "2030-03-31", "SO_NGANH_HUYEN": "2030-06-30", "TINH": "2030-09-30"},
       "provincialPilots": ["SO-Y-TE", "106"], "nationalDelegateQuota": 12}""";

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identityService;
  @Autowired
  CampaignCalendar calendar;
  @Autowired
  CampaignRepository repository;
  @Autowired
  UnitRegistry registry;
  @Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  @BeforeEach
  void users() {
    user(SO_NOI_VU_USER, Groups.SO_NOI_VU);
    user(UBND_USER, Groups.UBND_TINH);
    user(COMMUNE_USER, Groups.unit("03394"));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void thePlansCampaignIsStoredAtStartWithEveryDateOfTheCalendar() throws Exception {
    as(COMMUNE_USER, get("/api/campaigns/LAICHAU-2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provinceCode").value("12"))
        .andExpect(jsonPath("$.submissionLeadDays").value(15))
        .andExpect(jsonPath("$.guidanceLastDay").value("2024-06-30"))
        .andExpect(jsonPath("$.driveLaunchLastDay").value("2024-08-31"))
        .andExpect(jsonPath("$.directiveReviewLastDay").value("2024-09-30"))
        .andExpect(jsonPath("$.pilotChoiceLastDay").value("2024-09-30"))
        .andExpect(jsonPath("$.provincialPlanLastDay").value("2024-12-31"))
        .andExpect(jsonPath("$.pilotCommuneLastDay").value("2025-02-28"))
        .andExpect(jsonPath("$.provincialPilotLastDay").value("2025-04-30"))
        .andExpect(jsonPath("$.levelLastDays.CO_SO").value("2025-03-31"))
        .andExpect(jsonPath("$.levelLastDays.SO_NGANH_HUYEN").value("2025-06-30"))
        .andExpect(jsonPath("$.levelLastDays.TINH").value("2025-09-30"))
        .andExpect(jsonPath("$.provincialPilots", hasSize(2)))
        .andExpect(jsonPath("$.milestones[0].milestone").value("GUIDANCE"))
        .andExpect(jsonPath("$.milestones[0].label").value(Milestone.GUIDANCE.label()));

    as(COMMUNE_USER, get("/api/campaigns"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == 'LAICHAU-2025')].name")
            .value("Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2025"));
  }

  @Test
  void theDatabaseCalendarServesThePlansDatesAndPilots() {
    assertThat(calendar).isInstanceOf(DatabaseCampaignCalendar.class);
    assertThat(calendar.defaultCampaignId()).isEqualTo("LAICHAU-2025");
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("03394").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("SO-TU-PHAP").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("12").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("SO-Y-TE").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(calendar.isProvincialPilot("LAICHAU-2025", "110")).isTrue();
    assertThat(calendar.isPilot("LAICHAU-2025", "03394")).isFalse();
    assertThat(calendar.submissionLeadDays("LAICHAU-2025")).isEqualTo(15);
    assertThat(calendar.exists("LAICHAU-2099")).isFalse();
  }

  @Test
  void theNextCycleIsANewCampaignWithItsOwnDatesAndNoCodeChange() throws Exception {
    as(SO_NOI_VU_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(CYCLE_2030))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION, "/api/campaigns/LAICHAU-2030-THU"))
        .andExpect(jsonPath("$.name").value("Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2030"))
        .andExpect(jsonPath("$.submissionLeadDays").value(15))
        .andExpect(jsonPath("$.levelLastDays.TINH").value("2030-09-30"))
        .andExpect(jsonPath("$.nationalDelegateQuota").value(12));

    assertThat(calendar.lastDay("LAICHAU-2030-THU", registry.find("03394").orElseThrow()))
        .isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(calendar.isProvincialPilot("LAICHAU-2030-THU", "106")).isTrue();
    assertThat(calendar.isProvincialPilot("LAICHAU-2030-THU", "110")).isFalse();
    // the plan's campaign is untouched
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("03394").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 3, 31));

    as(SO_NOI_VU_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(CYCLE_2030))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(containsString("Đã có đợt thi đua mã 'LAICHAU-2030-THU'")));
  }

  @Test
  @Transactional // the pick is rolled back after the test
  void aPilotCommunePickedInTheCampaignGetsThePilotDate() {
    repository.insertPilotCommune("LAICHAU-2025", "106", "03394", SO_NOI_VU_USER);

    assertThat(calendar.isPilot("LAICHAU-2025", "03394")).isTrue();
    assertThat(calendar.isProvincialPilot("LAICHAU-2025", "03394")).isFalse();
    assertThat(calendar.lastDay("LAICHAU-2025", registry.find("03394").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void anAdministratorMayCreateAndOmittedDatesAreThePlansDefaults() throws Exception {
    as("admin", post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
        {"id": "LAICHAU-2025-BS", "name": "Đợt bổ sung"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("Đợt bổ sung"))
        .andExpect(jsonPath("$.guidanceLastDay").value("2024-06-30"))
        .andExpect(jsonPath("$.levelLastDays.CO_SO").value("2025-03-31"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("Q3 before Q1", """
            {"id": "LAICHAU-2035", "levelLastDays": {"CO_SO": "2035-03-31", "SO_NGANH_HUYEN": "2035-06-30",
             "TINH": "2035-01-31"}, "guidanceLastDay": "2034-06-30", "driveLaunchLastDay": "2034-08-31",
             "pilotChoiceLastDay": "2034-09-30", "pilotCommuneLastDay": "2035-02-28",
             "provincialPilotLastDay": "2035-04-30", "provincialPlanLastDay": "2034-12-31",
             "directiveReviewLastDay": "2034-09-30"}""",
            "Thứ tự ngày không hợp lệ: hạn Đại hội cấp tỉnh (levelLastDays.TINH) 31/01/2035 ở trước hạn của cấp sở,"
                + " ngành, huyện (levelLastDays.SO_NGANH_HUYEN) 30/06/2035."),
        Arguments.of("a new Q1 after the default Q2", """
            {"id": "LAICHAU-2035", "levelLastDays": {"CO_SO": "2035-03-31"}}""",
            "hạn của cấp sở, ngành, huyện (levelLastDays.SO_NGANH_HUYEN) 30/06/2025 ở trước hạn của cấp cơ sở"
                + " (levelLastDays.CO_SO) 31/03/2035"),
        Arguments.of("unknown province", """
            {"id": "DIENBIEN-2025", "provinceCode": "11"}""",
            "Không có tỉnh mã '11' trong danh sách đơn vị"),
        Arguments.of("a district is not a province", """
            {"id": "TAMDUONG-2025", "provinceCode": "106"}""",
            "Không có tỉnh mã '106' trong danh sách đơn vị"),
        Arguments.of("unknown level", """
            {"id": "LAICHAU-2035", "levelLastDays": {"CAP_XA": "2035-03-31"}}""",
            "Cấp 'CAP_XA' trong levelLastDays không hợp lệ"),
        Arguments.of("missing id", """
            {"provinceCode": "12"}""", "Thiếu mã đợt thi đua (id)"),
        Arguments.of("id with diacritics", """
            {"id": "LAI-CHÂU-2035"}""", "Mã đợt thi đua 'LAI-CHÂU-2035' không hợp lệ"),
        Arguments.of("negative lead days", """
            {"id": "LAICHAU-2035", "submissionLeadDays": -1}""",
            "R6: Số ngày gửi hồ sơ trước Đại hội (submissionLeadDays) phải từ 0 đến 90"),
        Arguments.of("a commune as provincial pilot", """
            {"id": "LAICHAU-2035", "provincialPilots": ["03394"]}""",
            "R8: Đơn vị chỉ đạo điểm cấp tỉnh '03394' (Xã Thèn Sin) phải là sở, ngành tỉnh hoặc huyện, thành phố"),
        Arguments.of("not a date", """
            {"id": "LAICHAU-2035", "guidanceLastDay": "30/06/2034"}""",
            "Giá trị của trường 'guidanceLastDay' không đúng: ngày phải có dạng năm-tháng-ngày (yyyy-MM-dd)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void badInputIsA400WithAVietnameseMessageAndStoresNothing(String why, String body, String message)
      throws Exception {
    int before = repository.findAll().size();

    as(SO_NOI_VU_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$", aMapWithSize(1)))
        .andExpect(jsonPath("$.message").value(containsString(message)));

    assertThat(repository.findAll()).hasSize(before);
  }

  @Test
  void onlySoNoiVuAndAdministratorsCreateCampaigns() throws Exception {
    String body = CYCLE_2030.replace("LAICHAU-2030-THU", "LAICHAU-2030-KHAC");
    as(COMMUNE_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(CampaignAccess.NOT_ALLOWED_TO_WRITE));
    as(UBND_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());

    mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized())
        .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
    mvc.perform(get("/api/campaigns")).andExpect(status().isUnauthorized());
    assertThat(repository.exists("LAICHAU-2030-KHAC")).isFalse();
  }

  @Test
  void aCampaignIsStartedOnceThroughTheApi() throws Exception {
    as("admin", post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
        {"id": "LAICHAU-2025-KD"}""")).andExpect(status().isCreated());

    as(COMMUNE_USER, post("/api/campaigns/LAICHAU-2025-KD/start")).andExpect(status().isForbidden());
    // the plan's dates (2024–2025) are past today: started only when that is said to be meant
    as("admin", post("/api/campaigns/LAICHAU-2025-KD/start"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(containsString("có 10 hạn cuối đã qua")))
        .andExpect(jsonPath("$.message").value(containsString("?acceptPastDeadlines=true")));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("LAICHAU-2025-KD").count())
        .isZero();
    as("admin", post("/api/campaigns/LAICHAU-2025-KD/start?acceptPastDeadlines=true"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.campaignId").value("LAICHAU-2025-KD"))
        .andExpect(jsonPath("$.processInstanceId").isNotEmpty());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("emulation-campaign")
        .processInstanceBusinessKey("LAICHAU-2025-KD").count()).isEqualTo(1);

    as("admin", post("/api/campaigns/LAICHAU-2025-KD/start?acceptPastDeadlines=true"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(containsString("đã được khởi động và đang diễn ra")));
    as("admin", post("/api/campaigns/LAICHAU-2099/start")).andExpect(status().isNotFound());
  }

  @Test
  void aCampaignStartsWithoutConfirmationUntilTheEndOfItsFirstLastDay() throws Exception {
    as("admin", post("/api/campaigns").contentType(MediaType.APPLICATION_JSON)
        .content("{\"id\": \"LAICHAU-2025-DUNG-HAN\"}")).andExpect(status().isCreated());
    try {
      // 1 July 2024, 00:00 in Vietnam: the guidance's last day (30 June) has passed
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 7, 1, 0, 0, 0, 0, VietnamTime.ZONE).toInstant()));
      as("admin", post("/api/campaigns/LAICHAU-2025-DUNG-HAN/start"))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.message").value(containsString("có 1 hạn cuối đã qua (hôm nay 01/07/2024): Ban hành"
              + " Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp: 30/06/2024.")));

      // the last second of 30 June: nothing has passed yet
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 6, 30, 23, 59, 59, 0, VietnamTime.ZONE).toInstant()));
      as("admin", post("/api/campaigns/LAICHAU-2025-DUNG-HAN/start")).andExpect(status().isCreated());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void soNoiVuCreatesAndStartsACampaignWithTheGrantsTheApplicationMakes() throws Exception {
    as(SO_NOI_VU_USER, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
        {"id": "LAICHAU-2025-SNV"}""")).andExpect(status().isCreated());

    as(SO_NOI_VU_USER, post("/api/campaigns/LAICHAU-2025-SNV/start?acceptPastDeadlines=true"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.campaignId").value("LAICHAU-2025-SNV"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("emulation-campaign")
        .processInstanceBusinessKey("LAICHAU-2025-SNV").count()).isEqualTo(1);
  }

  @Test
  void unknownCampaignIsA404() throws Exception {
    as(COMMUNE_USER, get("/api/campaigns/LAICHAU-2099"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Không có đợt thi đua mã 'LAICHAU-2099'."));
    as(UBND_USER, get("/api/campaigns/LAICHAU-2099/progress"))
        .andExpect(status().isNotFound());
  }

  @Test
  void progressOfACampaignThatHasNotStartedCountsNothingAndIsForTheProvinceOnly() throws Exception {
    as(UBND_USER, get("/api/campaigns/LAICHAU-2025/progress"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.units").value(0))
        .andExpect(jsonPath("$.levels", hasSize(3)))
        .andExpect(jsonPath("$.levels[0].level").value("CO_SO"))
        .andExpect(jsonPath("$.levels[0].lastDay").value("2025-03-31"))
        // the 8 districts and the group of the provincial agencies, enterprises and the province
        .andExpect(jsonPath("$.districts", hasSize(9)))
        .andExpect(jsonPath("$.districts[0].districtCode").value("105"))
        .andExpect(jsonPath("$.districts[0].districtName").value("Thành phố Lai Châu"));

    as(COMMUNE_USER, get("/api/campaigns/LAICHAU-2025/progress"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(ProgressAccess.NOT_ALLOWED));
  }

  private ResultActions as(String userId, MockHttpServletRequestBuilder request) throws Exception {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    String credentials = userId + ":" + (userId.equals("admin") ? "Adm1n-Test-Only!" : PASSWORD);
    identityService.setAuthentication(userId, groups);
    try {
      return mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
    } finally {
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
