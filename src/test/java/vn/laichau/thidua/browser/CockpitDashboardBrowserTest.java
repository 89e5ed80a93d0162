package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.reporting.ProgressFixture;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The campaign's dashboard plugin in Cockpit, in Debian's chromium, on {@link ProgressFixture}'s campaign: UBND tỉnh
 * sees the province and a district's Phòng Nội vụ its own communes, and every number on the screen (cards, tables,
 * charts, overdue list, calendar, results) is the one the API answers the same person. The plugin reads the API with
 * the Cockpit session alone: the browser never sends a password to {@code /api}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CockpitDashboardBrowserTest {

  static final String PASSWORD = "Browser-Test-1!";
  static final String UBND = "ubndbangtheodoi";
  static final String DISTRICT = "phongnoivu106theodoi";
  static final String PAGE = "[data-page='thi-dua']";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  UnitRegistry registry;
  @Autowired
  ApplicationContext context;

  @RegisterExtension
  final Browsers browsers = new Browsers(() -> "http://localhost:" + port, () -> processEngine.getName());

  ProgressFixture fixture;

  @BeforeEach
  void campaignInItsCourse() {
    ProgressFixture.clockAtToday();
    ProgressFixture.member(identityService, UBND, PASSWORD, Groups.UBND_TINH);
    ProgressFixture.member(identityService, DISTRICT, PASSWORD, Groups.phongNoiVu("106"));
    fixture = ProgressFixture.of(context);
    fixture.write();
  }

  @AfterEach
  void cleanUp() {
    fixture.remove();
    ClockUtil.reset();
  }

  @Test
  void ubndSeesTheProvinceAndEveryNumberOnTheScreenIsTheApis() throws Exception {
    JsonNode api = api(UBND, "/api/campaigns/LAICHAU-2025/dashboard");
    assertThat(api.path("totals").path("units").asInt()).isEqualTo(8);
    Tasklist ubnd = signedInToCockpit("ubnd-bang-theo-doi", UBND);

    // the dashboard shows the summary and the overdue units, with a link to the plugin's page
    ubnd.element(By.cssSelector("[data-figure='total-units']"));
    waitForCharts(ubnd, 1 + 2);
    assertThat(figures(ubnd, "")).isEqualTo(expectedCards(api));
    ubnd.screenshot("30-cockpit-dashboard-plugin");

    openPage(ubnd);
    assertThat(figures(ubnd, PAGE)).isEqualTo(expectedCards(api));
    assertThat(ubnd.pageText()).doesNotContainPattern("\\bnull\\b|undefined|NaN");
    assertThat(tally(ubnd)).isEqualTo(expectedTally(api));
    assertThat(chartTotal(ubnd)).isEqualTo(api.path("totals").path("units").asInt());
    assertThat(units(ubnd, "overdue")).isEqualTo(codes(api.path("overdue")));
    assertThat(texts(ubnd, PAGE + " [data-list='overdue'] [data-figure='days-late']")).containsOnly("10");
    assertThat(ubnd.element(By.cssSelector(PAGE + " [data-list='overdue'] tr[data-unit='"
        + fixture.overdueDrafting.code() + "'] a")).getAttribute("href"))
        .endsWith("#/process-instance/fixture-" + fixture.overdueDrafting.code() + "/runtime");
    assertThat(units(ubnd, "meetings")).isEqualTo(codes(api.path("meetings")));
    assertThat(units(ubnd, "results")).isEqualTo(codes(api.path("results").path("units")));
    assertThat(text(ubnd, "[data-figure='results-individuals']"))
        .isEqualTo(api.path("results").path("commendedIndividuals").asText());
    assertThat(text(ubnd, "[data-figure='results-delegates']"))
        .isEqualTo(api.path("results").path("upperDelegates").asText());

    // the calendar, filtered by district, then by level
    new Select(ubnd.element(By.cssSelector(PAGE + " [data-filter='district']"))).selectByValue("105");
    waitForMeetings(ubnd, List.of(fixture.heldLate.code()));
    new Select(ubnd.element(By.cssSelector(PAGE + " [data-filter='district']"))).selectByValue("");
    new Select(ubnd.element(By.cssSelector(PAGE + " [data-filter='level']"))).selectByValue("SO_NGANH_HUYEN");
    waitForMeetings(ubnd, List.of("SO-Y-TE"));
    ubnd.screenshot("31-cockpit-thi-dua-page");

    // the button downloads Sở Nội vụ's report with the Cockpit session
    byte[] docx = ubnd.download(By.cssSelector(PAGE + " [data-download='docx']"));
    try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      assertThat(text.getText()).contains("SỞ NỘI VỤ", "BÁO CÁO", "Tổng số đơn vị tổ chức Đại hội, Hội nghị: 8.");
    }
    assertThat(ubnd.download(By.cssSelector(PAGE + " [data-download='xlsx']"))).startsWith('P', 'K');
  }

  @Test
  void aDistrictsReviewerSeesOnlyItsOwnCommunes() throws Exception {
    JsonNode api = api(DISTRICT, "/api/campaigns/LAICHAU-2025/dashboard");
    List<String> communes = registry.findByParent("106").stream().map(u -> u.code()).toList();
    Tasklist district = signedInToCockpit("phong-noi-vu-bang-theo-doi", DISTRICT);
    openPage(district);

    assertThat(text(district, "[data-scope]")).startsWith("Phạm vi: Huyện Tam Đường.");
    assertThat(figures(district, PAGE)).isEqualTo(expectedCards(api));
    assertThat(text(district, "[data-figure='total-units']")).isEqualTo("4");
    assertThat(tally(district)).isEqualTo(expectedTally(api));
    assertThat(tally(district).keySet()).allMatch(key -> key.startsWith("level-") || key.startsWith("district-106|")
        || key.startsWith("total|"));
    assertThat(chartTotal(district)).isEqualTo(4);
    assertThat(units(district, "overdue")).containsExactly(fixture.overdueDrafting.code());
    assertThat(units(district, "meetings")).isEqualTo(codes(api.path("meetings"))).isNotEmpty()
        .allMatch(communes::contains);
    assertThat(units(district, "results")).isEqualTo(codes(api.path("results").path("units")))
        .allMatch(communes::contains);
    assertThat(district.pageText()).doesNotContain(fixture.overdueUnderReview.name(), fixture.heldLate.name(),
        "Sở Y tế");
    // the report to UBND tỉnh is Sở Nội vụ's on the province: no button for the district
    assertThat(district.driver().findElements(By.cssSelector(PAGE + " [data-download]"))).isEmpty();
    district.screenshot("32-cockpit-thi-dua-district");
  }

  private Tasklist signedInToCockpit(String who, String userId) throws Exception {
    Tasklist browser = browsers.open(who);
    browser.openSignedOutApp("cockpit");
    browser.submitLogin(userId, PASSWORD);
    browser.waitForPageText("Tiến độ Đại hội");
    return browser;
  }

  private void openPage(Tasklist browser) {
    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/" + processEngine.getName()
        + "/#/thi-dua");
    browser.element(By.cssSelector(PAGE + " [data-table='tally']"));
    waitForCharts(browser, 2);
  }

  /** The calendar shows these units' meetings, once the server has answered the filter. */
  private static void waitForMeetings(Tasklist browser, List<String> units) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> units(browser, "meetings").equals(units));
  }

  /** Chart.js has drawn at least this many charts on the page. */
  private static void waitForCharts(Tasklist browser, int count) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> ((Number) browser.script(
        "return [...document.querySelectorAll('canvas[data-chart]')]"
            + ".filter(c => window.Chart && Chart.getChart(c)).length;")).intValue() >= count);
  }

  /** The sum of the bars per district: every unit of the caller's part once. */
  private static int chartTotal(Tasklist browser) {
    return ((Number) browser.script("const chart = Chart.getChart(document.querySelector(\""
        + PAGE + " canvas[data-chart='districts']\"));"
        + "return chart.data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0);")).intValue();
  }

  /** The cards: figure name → number as shown. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> figures(Tasklist browser, String within) {
    List<List<String>> pairs = (List<List<String>>) browser.script("return [...document.querySelectorAll(\""
        + (within.isEmpty() ? "" : within + " ") + ".thidua-cards [data-figure^='total-']\")]"
        + ".map(e => [e.dataset.figure, e.textContent]);");
    Map<String, String> figures = new LinkedHashMap<>();
    pairs.forEach(pair -> figures.putIfAbsent(pair.get(0), pair.get(1)));
    return figures;
  }

  private static Map<String, String> expectedCards(JsonNode api) {
    Map<String, String> cards = new LinkedHashMap<>();
    cards.put("total-units", api.path("totals").path("units").asText());
    api.path("statuses").forEach(status -> cards.put("total-" + status.path("code").asText(),
        api.path("totals").path("byStatus").path(status.path("code").asText()).asText()));
    cards.put("total-overdue", api.path("totals").path("overdue").asText());
    return cards;
  }

  /** The summary table: "group|figure[|status]" → number as shown. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> tally(Tasklist browser) {
    List<List<String>> cells = (List<List<String>>) browser.script("return [...document.querySelectorAll(\""
        + PAGE + " [data-table='tally'] td[data-figure]\")].map(e => [e.dataset.group + '|' + e.dataset.figure"
        + " + (e.dataset.status ? '|' + e.dataset.status : ''), e.textContent]);");
    Map<String, String> tally = new LinkedHashMap<>();
    cells.forEach(cell -> tally.put(cell.get(0), cell.get(1)));
    return tally;
  }

  private static Map<String, String> expectedTally(JsonNode api) {
    Map<String, String> tally = new LinkedHashMap<>();
    api.path("levels").forEach(level -> put(tally, api, "level-" + level.path("level").asText(), level.path("tally")));
    api.path("districts").forEach(district -> put(tally, api, "district-" + (district.path("districtCode").isNull()
        ? "outside" : district.path("districtCode").asText()), district.path("tally")));
    put(tally, api, "total", api.path("totals"));
    return tally;
  }

  private static void put(Map<String, String> tally, JsonNode api, String group, JsonNode figures) {
    tally.put(group + "|units", figures.path("units").asText());
    api.path("statuses").forEach(status -> tally.put(group + "|status|" + status.path("code").asText(),
        figures.path("byStatus").path(status.path("code").asText()).asText()));
    tally.put(group + "|overdue", figures.path("overdue").asText());
  }

  @SuppressWarnings("unchecked")
  private static List<String> units(Tasklist browser, String list) {
    return (List<String>) browser.script("return [...document.querySelectorAll(\"" + PAGE + " [data-list='" + list
        + "'] tbody tr[data-unit]\")].map(e => e.dataset.unit);");
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Tasklist browser, String css) {
    return (List<String>) browser.script("return [...document.querySelectorAll(\"" + css
        + "\")].map(e => e.textContent);");
  }

  private static String text(Tasklist browser, String css) {
    return browser.element(By.cssSelector(PAGE + " " + css)).getText();
  }

  private static List<String> codes(JsonNode lines) {
    List<String> codes = new ArrayList<>();
    lines.forEach(line -> codes.add(line.path("unitCode").asText()));
    return codes;
  }

  /** What the API answers this user (HTTP Basic), to compare the screen with. */
  private JsonNode api(String userId, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
