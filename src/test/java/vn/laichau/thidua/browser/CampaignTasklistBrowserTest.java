package vn.laichau.thidua.browser;

import static vn.laichau.thidua.ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE;
import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignUnits;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.MilestoneTasks;
import vn.laichau.thidua.unit.Unit;

/**
 * The campaign as a district sees it (R8): an official of huyện Tam Đường's Phòng Nội vụ opens the pilot choice in
 * Tasklist in Debian's chromium, finds exactly the district's own communes in the form's list (the task's Json
 * variable {@code communeOptions}), picks one and completes the task; the campaign then has that pilot commune.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CampaignTasklistBrowserTest {

  static final String PASSWORD = "Browser-Test-1!";
  static final String CAMPAIGN = "LAICHAU-2025";
  static final String TAM_DUONG = "106";

  @LocalServerPort
  int port;

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine processEngine;
  @Autowired CampaignUnits campaignUnits;
  @Autowired CampaignRepository campaigns;

  @RegisterExtension
  final Browsers browsers = new Browsers(() -> "http://localhost:" + port, () -> processEngine.getName());

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    // the browser tests share one application: the next test class sees no campaign task of this one
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "browser test finished", true, true));
  }

  @Test
  void aDistrictPicksItsPilotCommuneFromItsOwnCommunes() throws Exception {
    createUser("tamduongnoivu", Groups.phongNoiVu(TAM_DUONG));
    // May 2024: Sở Nội vụ starts the campaign and issues the guidance; every district gets its pilot choice
    ClockUtil.setCurrentTime(VietnamTime.startOf(java.time.LocalDate.of(2024, 5, 2)));
    ProcessInstance campaign = runtimeService.startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN, CAMPAIGN,
        Map.of("campaignId", CAMPAIGN));
    taskService.complete(MilestoneTasks.single(taskService, campaign.getId(), TASK_RECORD_MILESTONE, Milestone.GUIDANCE)
        .getId(), Map.of("doneOn", "2024-05-02", "reference",
        "125/HD-SNV"));
    Task pick = taskService.createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(TASK_CHOOSE_PILOT_COMMUNE).taskCandidateGroup(Groups.phongNoiVu(TAM_DUONG)).singleResult();
    ClockUtil.reset();
    List<Unit> communes = campaignUnits.communes(TAM_DUONG);
    Unit chosen = communes.get(communes.size() - 1);

    Tasklist official = browsers.open("chon-xa-diem");
    official.login("tamduongnoivu", PASSWORD);
    // the application's name in the header and the tab, and a page that says it is Vietnamese
    new WebDriverWait(official.driver(), java.time.Duration.ofSeconds(10)).until(driver ->
        "vi".equals(official.script("return document.documentElement.lang")));
    assertThat(official.driver().getTitle()).isEqualTo("Thi đua Lai Châu – Xử lý công việc");
    assertThat(official.pageText()).contains("Thi đua Lai Châu – Xử lý công việc").doesNotContain("Camunda Tasklist");
    official.openTask(pick.getId(), pick.getName());
    official.claim();
    official.waitForPageText("Huyện Tam Đường");

    // the list offers the district's communes, and only those
    WebElement search = official.formField("pilotCommune");
    search.click();
    List<String> offered = dropdownItems(official);
    assertThat(offered).containsExactlyInAnyOrderElementsOf(
        communes.stream().map(commune -> commune.name() + " (" + commune.code() + ")").toList());
    official.screenshot("30-pilot-commune-list");

    search.sendKeys(chosen.name());
    WebElement item = new WebDriverWait(official.driver(), java.time.Duration.ofSeconds(10)).until(
        ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')"
            + " and normalize-space(.)='" + chosen.name() + " (" + chosen.code() + ")']")));
    item.click();
    official.screenshot("31-pilot-commune-chosen");
    official.complete();
    official.waitForCompletion(pick.getName(),
        () -> taskService.createTaskQuery().taskId(pick.getId()).count() == 0);

    assertThat(campaigns.pilotCommunes(CAMPAIGN)).containsEntry(TAM_DUONG, chosen.code());
    assertThat(taskService.createTaskQuery().taskId(pick.getId()).count()).isZero();
  }

  private static List<String> dropdownItems(Tasklist browser) {
    By items = By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item");
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(items));
    return browser.driver().findElements(items).stream().map(WebElement::getText).map(String::trim).toList();
  }

  private void createUser(String userId, String groupId) {
    User user = identityService.newUser(userId);
    user.setFirstName("Nguyễn Thị");
    user.setLastName("Hoa");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, groupId);
  }
}
