package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.identity.Groups;

/**
 * An official changes the initial password Sở Nội vụ gave them on the Welcome page's profile, in Debian's chromium:
 * a unit's official has no access to Admin, and needs none for their own account (they may read and update it, not
 * delete it). The new password must meet the password policy; the old one stops working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficialAccountBrowserTest {

  static final String INITIAL_PASSWORD = "Ban-Dau-2025!";
  static final String NEW_PASSWORD = "Mat-Khau-Moi-9?";

  @LocalServerPort
  int port;

  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  @RegisterExtension
  final Browsers browsers = new Browsers(() -> "http://localhost:" + port, () -> processEngine.getName());

  @Test
  void anOfficialChangesTheirInitialPasswordOnTheWelcomePage() throws Exception {
    User official = identityService.newUser("muongtevanthu");
    official.setFirstName("Pờ Thị");
    official.setLastName("Dơ");
    official.setEmail("do.muongte@laichau.gov.vn");
    official.setPassword(INITIAL_PASSWORD);
    identityService.saveUser(official);
    identityService.createMembership("muongtevanthu", Groups.unit("107"));

    Tasklist browser = browsers.open("doi-mat-khau");
    browser.login("muongtevanthu", INITIAL_PASSWORD);
    browser.openWelcome();
    browser.waitForPageText("Pờ Thị Dơ");
    click(browser, By.cssSelector("a[ng-click=\"showForm('password')\"]"));
    browser.driver().findElement(By.id("user-password-current")).sendKeys(INITIAL_PASSWORD);
    browser.driver().findElement(By.cssSelector("form[name='changePassword'] input[type='password'][id='inputPassword']"))
        .sendKeys(NEW_PASSWORD);
    browser.driver().findElement(By.id("user-password-confirmation")).sendKeys(NEW_PASSWORD);
    browser.screenshot("40-change-password");
    click(browser, By.cssSelector("form[name='changePassword'] button[type='submit']"));

    // the page confirms and closes the form (a wrong password checked meanwhile would count as a failed login)
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("form[name='changePassword']")));
    assertThat(browser.pageText()).contains("Đã đổi mật khẩu");
    assertThat(identityService.checkPassword("muongtevanthu", NEW_PASSWORD)).isTrue();
    assertThat(identityService.checkPassword("muongtevanthu", INITIAL_PASSWORD)).isFalse();
    browser.screenshot("41-password-changed");
  }

  private static void click(Tasklist browser, By by) {
    WebElement element = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(by));
    element.click();
  }
}
