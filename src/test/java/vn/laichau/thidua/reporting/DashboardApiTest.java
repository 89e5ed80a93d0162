package vn.laichau.thidua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * {@code /api/campaigns/{id}/dashboard}, {@code /progress} and {@code /api/progress/scope} per caller, on the
 * projection of {@link ProgressFixture}: UBND tỉnh sees the province, a district's Phòng Nội vụ its own communes only, a
 * council member their units first, a unit's official nothing. The Cockpit session authenticates the plugin's calls
 * (CSRF token required to change anything), and the operations metrics are there for signed-in callers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
// tests leave metrics export off unless asked: the Prometheus endpoint is part of what is tested here
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Transactional
class DashboardApiTest {

  static final String PASSWORD = "Mat-khau-thu-1";
  static final String UBND = "ubnddashboard";
  static final String DISTRICT_106 = "phongnoivu106dashboard";
  static final String OFFICIAL = "canbodashboard";
  static final String SO_NOI_VU = "sonoivudashboard";

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CongressProgressRepository progress;
  @Autowired
  UnitRegistry registry;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;

  ProgressFixture fixture;

  @BeforeEach
  void campaignInItsCourse() {
    ProgressFixture.clockAtToday();
    fixture = ProgressFixture.of(context);
    user(UBND, Groups.UBND_TINH);
    user(DISTRICT_106, Groups.phongNoiVu("106"));
    user(ProgressFixture.COUNCIL_MEMBER, Groups.HOI_DONG_TDKT);
    user(SO_NOI_VU, Groups.SO_NOI_VU);
    user(OFFICIAL, Groups.unit(fixture.heldOnTime.code()));
    fixture.write();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void ubndSeesTheWholeProvinceWithEveryStateOverdueUnitMeetingAndResult() throws Exception {
    as(UBND, get("/api/campaigns/LAICHAU-2025/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope.kind").value("PROVINCE"))
        .andExpect(jsonPath("$.asOf").value("2025-04-10"))
        .andExpect(jsonPath("$.statuses[*].code").value(contains(
            Arrays.stream(CongressStatus.values()).map(Enum::name).toArray())))
        .andExpect(jsonPath("$.totals.units").value(8))
        .andExpect(jsonPath("$.totals.byStatus.DRAFTING").value(2))
        .andExpect(jsonPath("$.totals.byStatus.UNDER_REVIEW").value(1))
        .andExpect(jsonPath("$.totals.byStatus.APPROVED").value(2))
        .andExpect(jsonPath("$.totals.byStatus.HELD_ON_TIME").value(1))
        .andExpect(jsonPath("$.totals.byStatus.HELD_LATE").value(1))
        .andExpect(jsonPath("$.totals.byStatus.NOT_HELD").value(1))
        .andExpect(jsonPath("$.totals.byStatus.CANCELLED").value(0))
        .andExpect(jsonPath("$.totals.overdue").value(2))
        .andExpect(jsonPath("$.levels[?(@.level == 'CO_SO')].tally.units").value(contains(6)))
        .andExpect(jsonPath("$.levels[?(@.level == 'SO_NGANH_HUYEN')].tally.units").value(contains(2)))
        // the 8 districts, then the provincial agencies, enterprises and the province
        .andExpect(jsonPath("$.districts", hasSize(9)))
        .andExpect(jsonPath("$.districts[?(@.districtCode == '106')].tally.units").value(contains(4)))
        .andExpect(jsonPath("$.districts[?(@.districtCode == '105')].tally.units").value(contains(2)))
        .andExpect(jsonPath("$.districts[8].districtCode").doesNotExist())
        .andExpect(jsonPath("$.districts[8].tally.units").value(2))
        // overdue since 00:00 on 1 April: ten days on 10 April, with the instance for Cockpit's link
        .andExpect(jsonPath("$.overdue[*].unitCode").value(containsInAnyOrder(fixture.overdueDrafting.code(),
            fixture.overdueUnderReview.code())))
        .andExpect(jsonPath("$.overdue[*].daysLate").value(contains(10, 10)))
        .andExpect(jsonPath("$.overdue[?(@.unitCode == '%s')].processInstanceId", fixture.overdueDrafting.code())
            .value(contains("fixture-" + fixture.overdueDrafting.code())))
        // approved meetings only (the dossier under review has a date but no approval), by date
        .andExpect(jsonPath("$.meetings[*].unitCode").value(contains(fixture.heldOnTime.code(),
            fixture.heldLate.code(), fixture.approved.code(), "SO-Y-TE")))
        .andExpect(jsonPath("$.meetings[2].meetingDate").value("2025-04-25"))
        .andExpect(jsonPath("$.meetings[2].session").value("AFTERNOON"))
        .andExpect(jsonPath("$.meetings[2].sessionLabel").value("Buổi chiều"))
        .andExpect(jsonPath("$.meetings[2].venue").value("Hội trường Ủy ban nhân dân xã"))
        .andExpect(jsonPath("$.results.unitsReported").value(2))
        .andExpect(jsonPath("$.results.attendance").value(200))
        .andExpect(jsonPath("$.results.commendedCollectives").value(5))
        .andExpect(jsonPath("$.results.commendedIndividuals").value(16))
        .andExpect(jsonPath("$.results.upperDelegates").value(3))
        .andExpect(jsonPath("$.results.units", hasSize(2)))
        .andExpect(jsonPath("$.followed", hasSize(0)))
        .andExpect(jsonPath("$.listLimit").value(DashboardService.LIST_LIMIT))
        .andExpect(jsonPath("$.overdueCount").value(2))
        .andExpect(jsonPath("$.meetingCount").value(4));

    // the calendar narrowed to a district, to the provincial agencies and a level
    as(UBND, get("/api/campaigns/LAICHAU-2025/dashboard?district=105"))
        .andExpect(jsonPath("$.meetingCount").value(1))
        .andExpect(jsonPath("$.meetings[*].unitCode").value(contains(fixture.heldLate.code())))
        .andExpect(jsonPath("$.totals.units").value(8));
    as(UBND, get("/api/campaigns/LAICHAU-2025/dashboard?district=-&level=SO_NGANH_HUYEN"))
        .andExpect(jsonPath("$.meetings[*].unitCode").value(contains("SO-Y-TE")));
    as(UBND, get("/api/campaigns/LAICHAU-2025/dashboard?level=TINH"))
        .andExpect(jsonPath("$.meetingCount").value(0));
  }

  @Test
  void aDistrictsPhongNoiVuSeesItsOwnCommunesOnlyOnTheDashboardAndInTheProgress() throws Exception {
    List<String> communes = registry.findByParent("106").stream().map(u -> u.code()).toList();
    as(DISTRICT_106, get("/api/campaigns/LAICHAU-2025/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope.kind").value("DISTRICT"))
        .andExpect(jsonPath("$.scope.districtCodes").value(contains("106")))
        .andExpect(jsonPath("$.scope.label").value("Huyện Tam Đường"))
        .andExpect(jsonPath("$.totals.units").value(4))
        .andExpect(jsonPath("$.totals.overdue").value(1))
        .andExpect(jsonPath("$.districts[*].districtCode").value(contains("106")))
        .andExpect(jsonPath("$.levels[?(@.level == 'SO_NGANH_HUYEN')].tally.units").value(contains(0)))
        .andExpect(jsonPath("$.overdue[*].unitCode").value(contains(fixture.overdueDrafting.code())))
        .andExpect(jsonPath("$.meetings[*].unitCode").value(contains(fixture.heldOnTime.code(),
            fixture.approved.code())))
        .andExpect(jsonPath("$.meetings[*].districtCode").value(everyItem(is("106"))))
        .andExpect(jsonPath("$.results.units[*].unitCode").value(contains(fixture.heldOnTime.code())))
        .andExpect(jsonPath("$.results.commendedIndividuals").value(10));

    as(DISTRICT_106, get("/api/campaigns/LAICHAU-2025/progress"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.units").value(4))
        .andExpect(jsonPath("$.districts[*].districtCode").value(contains("106")))
        .andExpect(jsonPath("$.overdueUnits[*].code").value(everyItem(in(communes))))
        .andExpect(jsonPath("$.lateUnits[*].code").value(everyItem(in(communes))))
        .andExpect(jsonPath("$.lateUnits[?(@.code == '%s')].reason", fixture.notHeld.code())
            .value(contains(ProgressFixture.NOT_HELD_REASON)))
        .andExpect(jsonPath("$.escalations", hasSize(0)))
        .andExpect(jsonPath("$.pilots[*].kind").value(everyItem(is("COMMUNE"))));

    // the report to UBND tỉnh is on the whole province: Sở Nội vụ's document, not the district's
    as(DISTRICT_106, get("/api/campaigns/LAICHAU-2025/report.docx"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(ProgressAccess.REPORT_NOT_ALLOWED));
  }

  @Test
  void aCouncilMemberSeesTheProvinceWithTheUnitsTheyFollowFirst() throws Exception {
    as(ProgressFixture.COUNCIL_MEMBER, get("/api/campaigns/LAICHAU-2025/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope.kind").value("PROVINCE"))
        .andExpect(jsonPath("$.scope.followsUnits").value(true))
        .andExpect(jsonPath("$.totals.units").value(8))
        .andExpect(jsonPath("$.followed[*].unitCode").value(containsInAnyOrder(fixture.overdueDrafting.code(),
            "SO-Y-TE")))
        .andExpect(jsonPath("$.overdue[0].unitCode").value(fixture.overdueDrafting.code()))
        .andExpect(jsonPath("$.overdue[0].followed").value(true))
        .andExpect(jsonPath("$.overdue[1].followed").value(false))
        // Sở Y tế meets last, but comes first for the member who follows it
        .andExpect(jsonPath("$.meetings[0].unitCode").value("SO-Y-TE"))
        .andExpect(jsonPath("$.meetings[0].followed").value(true));
  }

  @Test
  void aUnitsOfficialDoesNotOpenThePluginNorTheProgressNorTheReport() throws Exception {
    for (String path : List.of("/api/progress/scope", "/api/campaigns/LAICHAU-2025/dashboard",
        "/api/campaigns/LAICHAU-2025/progress", "/api/campaigns/LAICHAU-2025/report.docx",
        "/api/campaigns/LAICHAU-2025/report.xlsx")) {
      as(OFFICIAL, get(path))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.message").value(ProgressAccess.NOT_ALLOWED));
    }
    mvc.perform(get("/api/campaigns/LAICHAU-2025/dashboard")).andExpect(status().isUnauthorized());
  }

  @Test
  void theCockpitSessionAuthenticatesThePluginsCallsAndAChangeNeedsTheCsrfToken() throws Exception {
    MockHttpSession session = cockpitSession(SO_NOI_VU, List.of(Groups.SO_NOI_VU));
    mvc.perform(get("/api/progress/scope").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("PROVINCE"));
    mvc.perform(get("/api/campaigns/LAICHAU-2025/dashboard").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.units").value(8));

    // a page of another site cannot make the browser change anything with the session alone
    String campaign = "{\"id\": \"LAICHAU-CSRF\"}";
    mvc.perform(post("/api/campaigns").session(session).contentType(MediaType.APPLICATION_JSON).content(campaign))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/campaigns").session(session).contentType(MediaType.APPLICATION_JSON).content(campaign)
            .header("X-XSRF-TOKEN", "not-the-token"))
        .andExpect(status().isForbidden());
    // with the session's token the request reaches the API as Sở Nội vụ, who may create a campaign
    mvc.perform(post("/api/campaigns").session(session).contentType(MediaType.APPLICATION_JSON).content(campaign)
            .header("X-XSRF-TOKEN", "the-session-token"))
        .andExpect(status().isCreated());

    // a session of a unit's official is that official: no dashboard
    mvc.perform(get("/api/campaigns/LAICHAU-2025/dashboard")
            .session(cockpitSession(OFFICIAL, List.of(Groups.unit(fixture.heldOnTime.code())))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theOperationsMetricsAreThereForSignedInCallersAndRefusedToAnonymousOnes() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());

    String metrics = as(UBND, get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/plain"))
        .andReturn().getResponse().getContentAsString();
    for (CongressStatus open : CongressStatus.open()) {
      assertThat(value(metrics, "thidua_congresses_open\\{state=\"" + open.name() + "\"}"))
          .as("open congresses %s", open)
          .isEqualTo(progress.countOpenByStatus().getOrDefault(open, 0).longValue());
    }
    assertThat(value(metrics, "thidua_congresses_open\\{state=\"DRAFTING\"}")).isGreaterThanOrEqualTo(2);
    assertThat(value(metrics, "thidua_congresses_overdue"))
        .isEqualTo((long) progress.countOverdue(ProgressFixture.TODAY))
        .isGreaterThanOrEqualTo(2);
    assertThat(value(metrics, "thidua_jobs_backlog"))
        .isEqualTo(engine.getManagementService().createJobQuery().executable().count());
    assertThat(value(metrics, "thidua_jobs_failed"))
        .isEqualTo(engine.getManagementService().createJobQuery().noRetriesLeft().count());
    assertThat(value(metrics, "thidua_incidents_open"))
        .isEqualTo(engine.getRuntimeService().createIncidentQuery().count());
    assertThat(metrics).contains("thidua_mails_waiting ", "thidua_mails_failed ", "thidua_mails_sent ");
    assertThat(value(metrics, "thidua_mails_sent"))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM notification_sent", Long.class));
  }

  /** The value of a gauge in Prometheus's text format. */
  private static long value(String metrics, String series) {
    Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
    assertThat(matcher.find()).as("series %s in%n%s", series, metrics).isTrue();
    return (long) Double.parseDouble(matcher.group(1));
  }

  /** A browser session signed in to Cockpit, as Camunda's login leaves it, with its CSRF token. */
  private MockHttpSession cockpitSession(String userId, List<String> groups) {
    MockHttpSession session = new MockHttpSession();
    UserAuthentication user = new UserAuthentication(userId, engine.getName());
    user.setGroupIds(groups);
    user.setTenantIds(List.of());
    Authentications authentications = new Authentications();
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute("CAMUNDA_CSRF_TOKEN", "the-session-token");
    return session;
  }

  private ResultActions as(String userId, MockHttpServletRequestBuilder request) throws Exception {
    String credentials = userId + ":" + PASSWORD;
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
  }

  private void user(String id, String groupId) {
    ProgressFixture.member(identityService, id, PASSWORD, groupId);
  }

}
