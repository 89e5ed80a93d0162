package vn.laichau.thidua.security;

import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.tasklist.TaskFilters;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Each role finds its own Tasklist filters, in Vietnamese, and only those, over the engine's REST API
 * ({@code GET /engine-rest/filter}); a filter lists its reader's tasks only. Units of huyện Sìn Hồ (108): Xã Chăn Nưa
 * 03487 and Xã Pa Tần 03493.
 */
class TaskFiltersTest extends WebSecurityTestSupport {

  static final String ALL = "Tất cả công việc";
  static final String MY_UNIT = "Việc của đơn vị tôi";
  static final String TO_REVIEW = "Hồ sơ chờ thẩm định";
  static final String OVERDUE = "Quá hạn";
  static final String CAMPAIGN = "Việc của đợt thi đua";
  static final List<String> ROLE_FILTERS = List.of(ALL, MY_UNIT, TO_REVIEW, OVERDUE, CAMPAIGN);
  static final ObjectMapper JSON = new ObjectMapper();

  static final String CHAN_NUA_OFFICIAL = "loc-can-bo-chan-nua";
  static final String PA_TAN_OFFICIAL = "loc-can-bo-pa-tan";
  static final String SIN_HO_REVIEWER = "loc-phong-noi-vu-sin-ho";
  static final String SO_NOI_VU = "loc-so-noi-vu";
  static final String COUNCIL = "loc-hoi-dong";

  @Autowired
  CongressRules rules;
  @Autowired
  TaskFilters taskFilters;
  @Autowired
  UnitRegistry registry;

  final List<ProcessInstance> congresses = new ArrayList<>();
  CongressFixture fixture;

  @BeforeEach
  void users() {
    ensureUser(CHAN_NUA_OFFICIAL, Groups.unit("03487"));
    ensureUser(PA_TAN_OFFICIAL, Groups.unit("03493"));
    ensureUser(SIN_HO_REVIEWER, Groups.phongNoiVu("108"));
    ensureUser(SO_NOI_VU, Groups.SO_NOI_VU);
    ensureUser(COUNCIL, Groups.HOI_DONG_TDKT);
    CongressFixture.clockOnTheDayOfWork();
    fixture = new CongressFixture(engine, rules);
  }

  @AfterEach
  void discard() {
    congresses.forEach(congress -> fixture.discard(congress.getId()));
    CongressFixture.resetClock();
  }

  @Test
  void eachRoleSeesItsOwnFilters() {
    assertThat(roleFiltersOf(CHAN_NUA_OFFICIAL)).containsExactly(ALL, MY_UNIT);
    assertThat(roleFiltersOf(SIN_HO_REVIEWER)).containsExactly(ALL, TO_REVIEW, OVERDUE);
    assertThat(roleFiltersOf(SO_NOI_VU)).containsExactly(ALL, TO_REVIEW, OVERDUE, CAMPAIGN);
    assertThat(roleFiltersOf(COUNCIL)).as("the council follows in Cockpit, not Tasklist").isEmpty();
    assertThat(roleFiltersOf(ADMIN)).containsExactlyElementsOf(ROLE_FILTERS);

    JsonNode myUnit = filters(CHAN_NUA_OFFICIAL).stream().filter(f -> MY_UNIT.equals(f.get("name").asText()))
        .findFirst().orElseThrow();
    assertThat(myUnit.get("properties").get("description").asText()).startsWith("Lập và gửi hồ sơ Đại hội");
    assertThat(myUnit.get("query").get("taskDefinitionKeyIn")).extracting(JsonNode::asText)
        .containsExactly("draftPlan", "reportResults", TASK_CONFIRM_DRIVE_LAUNCH, TASK_CHOOSE_PILOT_COMMUNE);
  }

  @Test
  void aUnitsFilterListsItsOwnTasksAndTheReviewersFilterTheDossiersSentToThem() throws Exception {
    ProcessInstance chanNua = fixture.start("03487");
    congresses.add(chanNua);
    ProcessInstance paTan = fixture.submitted("03493");
    congresses.add(paTan);

    assertThat(listed(CHAN_NUA_OFFICIAL, MY_UNIT)).containsExactly(
        fixture.task(chanNua, ProcessKeys.TASK_DRAFT_PLAN).getId());
    assertThat(listed(PA_TAN_OFFICIAL, MY_UNIT)).as("Pa Tần's dossier is with its reviewer").isEmpty();
    assertThat(listed(SIN_HO_REVIEWER, TO_REVIEW)).containsExactly(
        fixture.task(paTan, ProcessKeys.TASK_REVIEW_DOSSIER).getId());
    assertThat(listed(SIN_HO_REVIEWER, OVERDUE)).isEmpty();
    assertThat(rest(PA_TAN_OFFICIAL).get(restApi() + "/filter/" + id(TO_REVIEW) + "/list").status())
        .as("a unit may not use a reviewer's filter").isEqualTo(403);
  }

  @Test
  void aUnitRegisteredLaterGetsTheUnitsFilterAndARestartChangesNothing() {
    registry.save(new Unit("SO-LOC-THU", "Sở Lọc Thử", Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 20, null, null, true));
    ensureUser("loc-can-bo-so-moi", Groups.unit("SO-LOC-THU"));
    assertThat(roleFiltersOf("loc-can-bo-so-moi")).containsExactly(ALL, MY_UNIT);

    Map<String, String> first = taskFilters.ensureFilters();
    Map<String, String> again = taskFilters.ensureFilters();

    assertThat(again).isEqualTo(first);
    for (String name : ROLE_FILTERS) {
      assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).as(name).isOne();
    }
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
        .groupIdIn(Groups.unit("03487")).resourceId(Authorization.ANY).count())
        .as("no group but the administrators reads every filter").isZero();
  }

  private List<String> roleFiltersOf(String user) {
    return filters(user).stream().map(filter -> filter.get("name").asText()).filter(ROLE_FILTERS::contains).toList();
  }

  private List<JsonNode> filters(String user) {
    Caller.Response answer = rest(user).get(restApi() + "/filter?resourceType=Task&sortBy=name&sortOrder=asc");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<JsonNode> filters = new ArrayList<>();
    read(answer.body()).forEach(filters::add);
    filters.sort((a, b) -> Integer.compare(a.get("properties").get("priority").asInt(),
        b.get("properties").get("priority").asInt()));
    return filters;
  }

  private List<String> listed(String user, String filterName) {
    Caller.Response answer = rest(user).get(restApi() + "/filter/" + id(filterName) + "/list");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    read(answer.body()).forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private String id(String filterName) {
    return engine.getFilterService().createFilterQuery().filterName(filterName).singleResult().getId();
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
