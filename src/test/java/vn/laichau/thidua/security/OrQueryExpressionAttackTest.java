package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.thidua.identity.Groups;

/**
 * CVE-2026-109432: on a bare 7.24.0 starter application {@code POST /engine-rest/task} with
 * {@code {"orQueries":[{"assigneeExpression":"${\"x\".toUpperCase()}"}]}} is evaluated (200) although the same
 * expression on the top level is refused (400). Any authenticated official could run code on the server. These
 * tests make that attack through every door that builds a task query: the REST API, the webapps' own API, a
 * Tasklist filter extended by the client, and a stored filter.
 */
class OrQueryExpressionAttackTest extends WebSecurityTestSupport {

  private static final String OFFICIAL = "can-bo-thu-or";
  private static final String EXPRESSION = "${\\\"x\\\".toUpperCase()}";

  @BeforeEach
  void official() {
    ensureUser(OFFICIAL, Groups.SO_NOI_VU);
  }

  @Test
  void topLevelExpressionIsRefusedAsBefore() {
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task",
        "{\"assigneeExpression\": \"" + EXPRESSION + "\"}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("Expressions are forbidden in adhoc queries");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assigneeExpression", "dueAfterExpression", "candidateGroupExpression",
      "processInstanceBusinessKeyExpression"})
  void expressionSmuggledInOrQueriesIsRefusedOverRest(String field) {
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task",
        "{\"orQueries\": [{\"" + field + "\": \"" + EXPRESSION + "\"}]}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("Expressions are forbidden in adhoc queries");

    Caller.Response count = rest(OFFICIAL).post(restApi() + "/task/count",
        "{\"orQueries\": [{\"" + field + "\": \"" + EXPRESSION + "\"}]}");
    assertThat(count.status()).as(count.toString()).isEqualTo(400);
  }

  @Test
  void expressionSmuggledInOrQueriesIsRefusedOverTheWebappsApi() {
    Caller tasklist = webapp(OFFICIAL, "tasklist");
    assertThat(tasklist.lastLogin.status()).as(tasklist.lastLogin.toString()).isEqualTo(200);

    Caller.Response answer = tasklist.post(webappEngineApi() + "/task",
        "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.body()).contains("Expressions are forbidden in adhoc queries");
  }

  @Test
  void expressionSmuggledInTheExtensionOfAFilterIsRefused() {
    String filterId = engine.getFilterService().createTaskFilterQuery().list().get(0).getId();
    String body = "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}";

    Caller.Response overRest = rest(OFFICIAL).post(restApi() + "/filter/" + filterId + "/list", body);
    assertThat(overRest.status()).as(overRest.toString()).isEqualTo(400);
    Caller.Response count = rest(OFFICIAL).post(restApi() + "/filter/" + filterId + "/count", body);
    assertThat(count.status()).as(count.toString()).isEqualTo(400);

    Caller tasklist = webapp(OFFICIAL, "tasklist");
    Caller.Response overWebapp = tasklist.post(
        webappEngineApi() + "/filter/" + filterId + "/list?firstResult=0&maxResults=15", body);
    assertThat(overWebapp.status()).as(overWebapp.toString()).isEqualTo(400);
  }

  @Test
  void aFilterCannotBeStoredWithAnExpressionInItsOrQueries() {
    Caller.Response answer = rest(ADMIN).post(restApi() + "/filter/create", """
        {"resourceType": "Task", "name": "Bộ lọc độc hại",
         "query": {"orQueries": [{"assigneeExpression": "%s"}]}}""".formatted(EXPRESSION));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(engine.getFilterService().createFilterQuery().filterName("Bộ lọc độc hại").count()).isZero();
  }

  @Test
  void javaApiRefusesTooSoThatNoDoorIsLeftOpen() {
    TaskQuery query = engine.getTaskService().createTaskQuery().or().taskAssigneeExpression("${'x'}").endOr();
    assertThatThrownBy(query::list).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(query::count).isInstanceOf(BadUserRequestException.class);

    Filter filter = engine.getFilterService().newTaskFilter("Bộ lọc Java");
    TaskQueryImpl stored = new TaskQueryImpl();
    stored.or().taskAssigneeExpression("${'x'}").endOr();
    filter.setQuery(stored);
    assertThatThrownBy(() -> engine.getFilterService().saveFilter(filter)).isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void orQueriesWithoutExpressionsStillWork() {
    Caller.Response answer = rest(OFFICIAL).post(restApi() + "/task",
        "{\"orQueries\": [{\"assignee\": \"ai-do\"}, {\"candidateGroup\": \"so-noi-vu\"}]}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }
}
