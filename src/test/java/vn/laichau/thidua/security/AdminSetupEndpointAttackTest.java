package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laichau.thidua.identity.Groups;

/**
 * CVE-2026-77226: on a bare 7.24.0 starter application, once {@code camunda-admin} has no direct member, an anonymous
 * POST to the Admin webapp's setup endpoint, carrying the XSRF token that any anonymous GET hands out, creates an
 * administrator. This test makes that attack (and spellings of the path that reach the same resource) and expects it
 * refused, with no user created.
 */
class AdminSetupEndpointAttackTest extends WebSecurityTestSupport {

  private static final String INTRUDER = "ke-xam-nhap";

  private List<String> administrators;

  @BeforeEach
  void leaveAdministratorsGroupWithoutDirectMember() {
    IdentityService identity = engine.getIdentityService();
    administrators = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
        .map(User::getId).toList();
    administrators.forEach(id -> identity.deleteMembership(id, Groups.CAMUNDA_ADMIN));
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
  }

  @AfterEach
  void restore() {
    IdentityService identity = engine.getIdentityService();
    administrators.forEach(id -> identity.createMembership(id, Groups.CAMUNDA_ADMIN));
    if (identity.createUserQuery().userId(INTRUDER).count() > 0) {
      identity.deleteUser(INTRUDER);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/camunda/api/admin/setup/{engine}/user/create",
      "/camunda/api/admin/%73etup/{engine}/user/create",
      "/camunda/api/admin/setup;x=1/{engine}/user/create",
      "/camunda/api/admin//setup/{engine}/user/create",
      "/camunda/api/admin/./setup/{engine}/user/create"})
  void anonymousSetupCannotCreateAnAdministrator(String path) {
    Caller attacker = anonymous();
    attacker.get("/camunda/app/admin/" + engine.getName() + "/");
    attacker.get("/camunda/api/admin/auth/user/" + engine.getName());
    assertThat(attacker.xsrfToken()).as("an anonymous GET hands out the XSRF token").isNotBlank();

    Caller.Response answer = attacker.post(path.replace("{engine}", engine.getName()), """
        {"profile": {"id": "%s", "firstName": "Kẻ", "lastName": "xâm nhập", "email": "x@example.com"},
         "credentials": {"password": "Xam-Nhap-2026!"}}""".formatted(INTRUDER));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId(INTRUDER).count()).isZero();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "GET"})
  void setupPathAnswersNoOneEvenTheAdministrator(String method) {
    engine.getIdentityService().createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    try {
      Caller admin = webapp(ADMIN, "admin");
      Caller.Response answer = "POST".equals(method)
          ? admin.post("/camunda/api/admin/setup/" + engine.getName() + "/user/create", "{}")
          : admin.get("/camunda/api/admin/setup/" + engine.getName() + "/user/create");
      assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
      assertThat(answer.body()).contains("khởi tạo quản trị viên");
    } finally {
      engine.getIdentityService().deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    }
  }
}
