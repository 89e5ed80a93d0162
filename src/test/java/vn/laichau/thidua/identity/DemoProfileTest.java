package vn.laichau.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** Profile {@code demo}: one user per role, one random password printed once, a loud warning at every start. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

  private static final Pattern PASSWORD = Pattern.compile("Mật khẩu chung \\(chỉ in MỘT LẦN\\): (\\S+)");

  @Autowired
  ProcessEngine engine;
  @Autowired
  DemoUsers demoUsers;

  @Test
  void everyRoleHasADemoUserWithThePrintedPasswordAndTheWarningRepeats(CapturedOutput output) {
    Matcher printed = PASSWORD.matcher(output.getAll());
    assertThat(printed.find()).as("the password is printed at the first start").isTrue();
    String password = printed.group(1);
    assertThat(output.getAll()).contains("HỒ SƠ DEMO ĐANG BẬT");

    IdentityService identity = engine.getIdentityService();
    for (DemoUsers.DemoUser user : DemoUsers.USERS) {
      assertThat(identity.checkPassword(user.id(), password)).as(user.id()).isTrue();
      assertThat(identity.createUserQuery().userId(user.id()).memberOfGroup(user.group()).count()).as(user.id())
          .isOne();
    }

    demoUsers.createDemoUsers();
    assertThat(output.getAll()).containsOnlyOnce(password);
    assertThat(output.getAll().split("HỒ SƠ DEMO ĐANG BẬT", -1)).as("warned at every start").hasSize(3);
  }
}
