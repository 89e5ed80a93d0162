package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.laichau.thidua.identity.Groups;

/** The contract's "Running": who may call {@code /engine-rest}, {@code /api}, the webapps and the health check. */
@ExtendWith(OutputCaptureExtension.class)
class HttpAuthenticationTest extends WebSecurityTestSupport {

  private static final String OFFICIAL = "can-bo-xac-thuc";

  @BeforeEach
  void official() {
    ensureUser(OFFICIAL, Groups.SO_NOI_VU);
  }

  @Test
  void engineRestRequiresBasicAuthenticationEverywhere() {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/engine", "/engine-rest/engine/",
        "/engine-rest/process-definition", "/engine-rest/identity/password-policy", "/engine-rest/version"}) {
      Caller.Response answer = anonymous().get(path);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.header("WWW-Authenticate")).as(path).startsWith("Basic realm=");
      assertThat(answer.body()).as(path).contains("Cần đăng nhập");
    }
    assertThat(anonymous().get(restApi() + "/task").status()).isEqualTo(401);
    assertThat(rest(OFFICIAL).get(restApi() + "/task").status()).isEqualTo(200);
    assertThat(rest(OFFICIAL).get("/engine-rest/engine").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedAndLogged(CapturedOutput output) {
    ensureUser("can-bo-sai-mat-khau", Groups.SO_NOI_VU);
    Caller.Response answer = Caller.basic(port, "can-bo-sai-mat-khau", "Sai-Mat-Khau-1!").get(restApi() + "/task");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(output.getAll()).contains("REST authentication refused for user 'can-bo-sai-mat-khau'");
    assertThat(output.getAll()).doesNotContain("Sai-Mat-Khau-1!");
  }

  @Test
  void theApplicationsOwnApiRequiresBasicAuthentication() {
    Caller.Response anonymous = anonymous().get("/api/units");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic realm=");
    // authenticated, the request reaches the application (which has no such resource)
    assertThat(rest(OFFICIAL).get("/api/khong-co").status()).isEqualTo(404);
  }

  @Test
  void anOfficialChangesTheirOwnPasswordButCannotDeleteTheirAccountOrTouchAnothers() {
    ensureUser("can-bo-tu-quan-ly", Groups.SO_NOI_VU);
    Caller official = rest("can-bo-tu-quan-ly");

    assertThat(official.get(restApi() + "/user/can-bo-tu-quan-ly/profile").status()).isEqualTo(200);
    assertThat(official.delete(restApi() + "/user/can-bo-tu-quan-ly").status()).isEqualTo(403);
    assertThat(official.put(restApi() + "/user/" + OFFICIAL + "/credentials",
        "{\"password\": \"Doi-Mat-Khau-2025!\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}").status())
        .as("another official's account is not even visible").isEqualTo(404);
    assertThat(official.put(restApi() + "/user/can-bo-tu-quan-ly/credentials",
        "{\"password\": \"Doi-Mat-Khau-2025!\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}").status())
        .isEqualTo(204);
    assertThat(engine.getIdentityService().checkPassword("can-bo-tu-quan-ly", "Doi-Mat-Khau-2025!")).isTrue();
  }

  @Test
  void theHealthCheckIsOpenAndShowsNoDetails() {
    Caller.Response health = anonymous().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(anonymous().get("/actuator/env").status()).isIn(401, 404);
  }

  @Test
  void theWebappsKeepTheirLogin() {
    assertThat(anonymous().get(webappEngineApi() + "/task").status()).isEqualTo(401);
    Caller cockpit = webapp(ADMIN, "cockpit");
    assertThat(cockpit.lastLogin.status()).isEqualTo(200);
    assertThat(cockpit.get(webappEngineApi() + "/task?maxResults=10").status()).isEqualTo(200);
  }

  @Test
  void aListWithoutPageSizeGetsTheLimitAndALargerPageIsRefused() {
    // the contract lists a process instance's jobs without paging
    Caller.Response jobs = rest(OFFICIAL).get(restApi() + "/job?processInstanceId=khong-co");
    assertThat(jobs.status()).as(jobs.toString()).isEqualTo(200);
    assertThat(rest(OFFICIAL).post(restApi() + "/task", "{}").status()).isEqualTo(200);
    assertThat(rest(OFFICIAL).get(restApi() + "/task?firstResult=0").status()).isEqualTo(200);

    // Cockpit's own lists (its dashboard's statistics) ask for no page size either
    ensureUser("can-bo-ubnd-trang-chu", Groups.UBND_TINH);
    Caller cockpit = webapp("can-bo-ubnd-trang-chu", "cockpit");
    Caller.Response statistics = cockpit.get(cockpitApi() + "/process-definition/statistics");
    assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
    assertThat(cockpit.post(cockpitApi() + "/process-instance", "{}").status()).isEqualTo(200);

    Caller.Response tooMany = rest(OFFICIAL).get(restApi() + "/task?maxResults=2001");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded");
  }

  @Test
  void errorAnswersCarryNoStackTrace() {
    Caller.Response malformed = rest(OFFICIAL).post(restApi() + "/task", "{ khong phai json");
    assertThat(malformed.status()).isEqualTo(400);
    Caller.Response missing = rest(ADMIN).post(restApi() + "/process-definition/key/khong-co/start", "{}");
    assertThat(missing.status()).isEqualTo(404);
    Caller.Response api = rest(OFFICIAL).get("/api/khong-co");
    Caller.Response webapp = anonymous().get("/camunda/api/engine/engine/khong-co/task");
    for (Caller.Response answer : new Caller.Response[] {malformed, missing, api, webapp}) {
      assertThat(answer.body()).as(answer.toString())
          .doesNotContain("\tat ", ".java:", "\"trace\"", "Exception:", "Caused by");
    }
  }
}
