package vn.laichau.thidua.security;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.identity.AdminPasswordFailureAnalyzer;
import vn.laichau.thidua.identity.AdminPasswordRefusedException;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.identity.PasswordGenerator;

/**
 * The first administrator, from {@code camunda.bpm.admin-user.*} ({@code CAMUNDA_BPM_ADMINUSER_ID},
 * {@code CAMUNDA_BPM_ADMINUSER_PASSWORD} by Spring's relaxed binding). It replaces the starter's own creation
 * ({@link StarterAdminUserCreationRemoval}), which would give the administrator its user id as password.
 *
 * <ul>
 *   <li>no id configured: the id is {@code admin};</li>
 *   <li>a password equal to the id (in any case), or one that breaks the password policy: the application refuses to
 *   start, naming each broken rule ({@link AdminPasswordFailureAnalyzer});</li>
 *   <li>no password configured: a strong random one is generated when the user is created, and printed once in the
 *   log, then never again (a later start finds the user and leaves its password alone).</li>
 * </ul>
 * The group {@code camunda-admin} and its grants on every resource are made sure of at every start. An administrator
 * who already exists is not touched: not its password, and not its membership, which an administrator may have
 * changed on purpose.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminUserBootstrap extends AbstractProcessEnginePlugin {

  static final String DEFAULT_ID = "admin";
  static final String PREFIX = "camunda.bpm.admin-user.";
  private static final Logger LOG = LoggerFactory.getLogger(AdminUserBootstrap.class);

  private final String id;
  private final String password;
  private final String firstName;
  private final String lastName;
  private final String email;
  private final PasswordGenerator passwords = new PasswordGenerator();

  public AdminUserBootstrap(Environment environment) {
    this.id = blankToNull(environment.getProperty(PREFIX + "id")) == null ? DEFAULT_ID
        : environment.getProperty(PREFIX + "id").trim();
    this.password = blankToNull(environment.getProperty(PREFIX + "password"));
    if (password != null && password.equalsIgnoreCase(id)) {
      throw AdminPasswordRefusedException.equalToId(id);
    }
    this.firstName = environment.getProperty(PREFIX + "first-name", "Quản trị");
    this.lastName = environment.getProperty(PREFIX + "last-name", "hệ thống");
    this.email = blankToNull(environment.getProperty(PREFIX + "email"));
  }

  public String adminId() {
    return id;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ensureAdministrator(processEngine);
  }

  /**
   * Makes sure of the administrators' group and creates the administrator when missing.
   *
   * @return the generated password, only when the user was created now without a configured password
   */
  public Optional<String> ensureAdministrator(ProcessEngine processEngine) {
    AuthorizationGrants grants = new AuthorizationGrants(processEngine);
    RoleAuthorizations.grantAdministrators(grants);

    IdentityService identityService = processEngine.getIdentityService();
    boolean exists = grants.asSystem(() -> identityService.createUserQuery().userId(id).count() > 0);
    if (exists) {
      LOG.info("Administrator '{}' exists; its password and groups are left as they are.", id);
      return Optional.empty();
    }

    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    if (password != null && identityService.getPasswordPolicy() != null) {
      // checked here, rule by rule, so that the refusal names what is wrong instead of the engine's
      // "Password does not match policy"
      PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
      if (!result.isValid()) {
        throw AdminPasswordRefusedException.of(user, password, result.getViolatedRules());
      }
    }
    String initialPassword = password != null ? password : passwords.forUser(identityService, user);
    user.setPassword(initialPassword);
    grants.asSystem(() -> {
      identityService.saveUser(user);
      identityService.createMembership(id, Groups.CAMUNDA_ADMIN);
    });

    if (password != null) {
      LOG.info("Created the administrator '{}' with the configured password.", id);
      return Optional.empty();
    }
    LOG.warn("""

        ================================================================================
        Đã tạo quản trị viên đầu tiên '{}' với mật khẩu ngẫu nhiên:

            {}

        Mật khẩu này chỉ được in MỘT LẦN, ngay bây giờ. Hãy lưu lại ở nơi an toàn.
        (First administrator created with a random password, printed only this once.
        Set CAMUNDA_BPM_ADMINUSER_PASSWORD before the first start to choose it yourself.)
        ================================================================================""",
        id, initialPassword);
    return Optional.of(initialPassword);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
