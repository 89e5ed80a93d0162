package vn.laichau.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;
import vn.laichau.thidua.ThiDuaApplication;
import vn.laichau.thidua.security.AdminUserBootstrap;
import vn.laichau.thidua.security.SecurityWebTest;

/**
 * The first administrator (contract, "Running"): configured by CAMUNDA_BPM_ADMINUSER_ID / _PASSWORD, never with its
 * id as password, and with a random password printed once when none is configured.
 */
@SecurityWebTest
@ExtendWith(OutputCaptureExtension.class)
class AdminUserBootstrapTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationContext context;

  // no test here tries a wrong password on an existing user: the identity service then delays further attempts

  @Test
  void theStarterNoLongerCreatesTheAdministratorAndTheConfiguredOneExists() {
    assertThat(context.getBeansOfType(CreateAdminUserConfiguration.class)).isEmpty();
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.checkPassword("admin", "Adm1n-Test-Only!")).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count()).isOne();
  }

  @Test
  void theDefaultProfileCreatesNoDemoUser() {
    assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(engine.getIdentityService().createUserQuery().userId(demo.id()).count()).isZero();
    }
  }

  @Test
  void withoutConfiguredIdTheAdministratorIsAdmin() {
    assertThat(new AdminUserBootstrap(new MockEnvironment()).adminId()).isEqualTo("admin");
  }

  @Test
  void aPasswordEqualToTheIdIsRefusedInAnyCase() {
    for (String password : new String[] {"quantri", "QuanTri"}) {
      MockEnvironment environment = new MockEnvironment()
          .withProperty("camunda.bpm.admin-user.id", "quantri")
          .withProperty("camunda.bpm.admin-user.password", password);
      assertThatThrownBy(() -> new AdminUserBootstrap(environment))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("không được trùng với tên đăng nhập 'quantri'");
    }
    // no id configured: the id is admin, and "admin" as password is refused too
    assertThatThrownBy(() -> new AdminUserBootstrap(
        new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theApplicationRefusesToStartWithThePasswordEqualToTheId() {
    // without a web server: a second web application that fails half-started resets the webapps' JVM-wide state
    // (their runtime delegates) under the test contexts that are still running
    SpringApplicationBuilder application = new SpringApplicationBuilder(ThiDuaApplication.class).profiles("test")
        .web(WebApplicationType.NONE);
    // as command-line arguments, so that they win over application-test.yaml like environment variables would
    assertThatThrownBy(() -> application.run("--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=admin"))
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("không được trùng với tên đăng nhập 'admin'");
  }

  @Test
  void environmentVariablesNameTheAdministratorAndItsPassword() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
        "CAMUNDA_BPM_ADMINUSER_ID", "quantri.env",
        "CAMUNDA_BPM_ADMINUSER_PASSWORD", "Quan-Tri-Bien-2025!")));
    ConfigurationPropertySources.attach(environment);

    AdminUserBootstrap bootstrap = new AdminUserBootstrap(environment);
    Optional<String> generated = bootstrap.ensureAdministrator(engine);

    assertThat(bootstrap.adminId()).isEqualTo("quantri.env");
    assertThat(generated).isEmpty();
    assertThat(engine.getIdentityService().checkPassword("quantri.env", "Quan-Tri-Bien-2025!")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN)
        .userId("quantri.env").count()).isOne();
  }

  @Test
  void withoutPasswordARandomOneIsGeneratedAndPrintedOnlyAtTheFirstStart(CapturedOutput output) {
    AdminUserBootstrap firstStart = new AdminUserBootstrap(
        new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "quantri.moi"));

    String password = firstStart.ensureAdministrator(engine).orElseThrow();

    IdentityService identity = engine.getIdentityService();
    assertThat(password).isNotEqualTo("quantri.moi").hasSize(PasswordGenerator.LENGTH);
    assertThat(identity.checkPassword("quantri.moi", password)).isTrue();
    assertThat(identity.checkPasswordAgainstPolicy(password).isValid()).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("quantri.moi").count()).isOne();
    assertThat(output.getAll()).containsOnlyOnce(password);

    AdminUserBootstrap restart = new AdminUserBootstrap(
        new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "quantri.moi"));
    assertThat(restart.ensureAdministrator(engine)).isEmpty();
    assertThat(output.getAll()).containsOnlyOnce(password);
    assertThat(identity.checkPassword("quantri.moi", password)).as("the password is left as it is").isTrue();
  }

  @Test
  void aConfiguredPasswordDoesNotOverwriteTheExistingAdministrators() {
    AdminUserBootstrap changedConfiguration = new AdminUserBootstrap(new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty("camunda.bpm.admin-user.password", "Mat-Khau-Khac-2025!"));

    assertThat(changedConfiguration.ensureAdministrator(engine)).isEmpty();
    assertThat(engine.getIdentityService().checkPassword("admin", "Adm1n-Test-Only!")).isTrue();
  }
}
