package vn.laichau.thidua.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.SystemContext;

/**
 * Profile {@code demo} (off by default): one user per role, so that a newcomer can try Tasklist and Cockpit as each of
 * them. They share one random password, generated when they are created and printed once; every start with the
 * profile says loudly that demo users exist, because they must never reach a real installation.
 *
 * <p>The unit is Xã Thèn Sin (03394) in huyện Tam Đường (106), whose groups the registry creates from its seed.
 */
@Component
@Profile("demo")
public class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, String group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo-don-vi", "Cán bộ", "Xã Thèn Sin", Groups.unit("03394")),
      new DemoUser("demo-phong-noi-vu", "Chuyên viên", "Phòng Nội vụ huyện Tam Đường", Groups.phongNoiVu("106")),
      new DemoUser("demo-so-noi-vu", "Chuyên viên", "Sở Nội vụ", Groups.SO_NOI_VU),
      new DemoUser("demo-hoi-dong", "Ủy viên", "Hội đồng Thi đua, Khen thưởng", Groups.HOI_DONG_TDKT),
      new DemoUser("demo-ubnd", "Lãnh đạo", "UBND tỉnh", Groups.UBND_TINH),
      new DemoUser("demo-quan-tri", "Quản trị", "(thử nghiệm)", Groups.CAMUNDA_ADMIN));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final PasswordGenerator passwords = new PasswordGenerator();

  public DemoUsers(ProcessEngine processEngine) {
    this.identityService = processEngine.getIdentityService();
  }

  /** After the registry has started, so that the units' groups exist. */
  @EventListener(ApplicationReadyEvent.class)
  public void createDemoUsers() {
    SystemContext.run(identityService, () -> {
      List<DemoUser> missing = USERS.stream()
          .filter(user -> identityService.createUserQuery().userId(user.id()).count() == 0).toList();
      String password = missing.isEmpty() ? null : sharedPassword(missing);
      missing.forEach(user -> create(user, password));
      LOG.warn(banner(password));
    });
  }

  private void create(DemoUser demo, String password) {
    User user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@demo.invalid");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(demo.id(), demo.group());
  }

  /** One password that the policy accepts for every demo user (it may not contain their ids or names). */
  private String sharedPassword(List<DemoUser> users) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    while (true) {
      User first = asUser(users.get(0));
      String candidate = passwords.forUser(identityService, first);
      if (policy == null || users.stream().allMatch(user ->
          identityService.checkPasswordAgainstPolicy(policy, candidate, asUser(user)).isValid())) {
        return candidate;
      }
    }
  }

  private User asUser(DemoUser demo) {
    User user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@demo.invalid");
    return user;
  }

  private static String banner(String password) {
    StringBuilder text = new StringBuilder("""

        ################################################################################
        #  HỒ SƠ DEMO ĐANG BẬT (profile `demo`): có tài khoản thử nghiệm cho mọi vai trò.
        #  KHÔNG dùng hồ sơ này cho hệ thống thật. (DEMO PROFILE: demo users exist.)
        #
        """);
    USERS.forEach(user -> text.append("#    ").append(String.format("%-18s", user.id())).append(' ')
        .append(user.group()).append('\n'));
    if (password != null) {
      text.append("#\n#  Mật khẩu chung (chỉ in MỘT LẦN): ").append(password).append('\n');
    } else {
      text.append("#\n#  Mật khẩu đã được in ở lần khởi động đầu tiên với hồ sơ demo.\n");
    }
    return text.append("################################################################################").toString();
  }
}
