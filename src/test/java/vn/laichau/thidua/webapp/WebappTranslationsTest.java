package vn.laichau.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, the Welcome page, Admin and Cockpit speak Vietnamese: our vi.json has every key of the English file of the
 * Camunda webjar on the classpath (so an upgrade that adds strings fails here until they are translated), with the same
 * placeholders, links and date tokens, and our config.js is Camunda's own with only the choice of language changed.
 */
class WebappTranslationsTest {

  /** Texts that are rightly the same in Vietnamese: product names, file formats and moment.js formats without words. */
  static final Set<String> SAME_AS_ENGLISH = Set.of("labels.APP_VENDOR", "labels.AUTHORIZATION_OPTIMIZE",
      "labels.PLGN_SKE_CAMUNDA_COCKPIT", "labels.PLGN_REP_CSV", "labels.PLGN_REP_JSON",
      "dateLocales.calendar.sameElse", "dateLocales.longDateFormat.L", "dateLocales.longDateFormat.LT");

  /**
   * Cockpit's English plural ending "s" (glued to "instance"): Vietnamese nouns have no plural form, so the
   * translation is rightly empty.
   */
  static final Set<String> EMPTY_IN_VIETNAMESE = Set.of("labels.PLGN_BATCH_S", "labels.PLGN_MIG_S",
      "labels.PLGN_MOD_DIALOG_S", "labels.PLGN_MOD_RESTART_DIALOG_S");

  private static final Pattern LOCALES_BLOCK = Pattern.compile(
      "\"locales\"\\s*:\\s*\\{\\s*\"availableLocales\"\\s*:\\s*\\[([^\\]]*)]\\s*,\\s*\"fallbackLocale\"\\s*:\\s*\"([^\"]*)\"\\s*},?");

  private static final Pattern APP_BLOCK = Pattern.compile(
      "\"app\"\\s*:\\s*\\{\\s*\"vendor\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]*)\"\\s*},?");
  private static final Pattern CUSTOM_SCRIPTS = Pattern.compile(
      "\"customScripts\"\\s*:\\s*\\[\\s*\"([^\"]*)\"((?:\\s*,\\s*\"[^\"]*\")*)\\s*],?");

  private static JsonNode english(String app) {
    return WebappTranslations.json(WebappTranslations.fromWebjar(WebappTranslations.APPS + app + "/locales/en.json"));
  }

  private static JsonNode vietnamese(String app) {
    return WebappTranslations.json(WebappTranslations.ours(WebappTranslations.APPS + app + "/locales/vi.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void vietnameseHasEveryKeyOfCamundasEnglishWithTheSamePlaceholders(String app) {
    JsonNode en = english(app);
    assertThat(WebappTranslations.leaves(en)).as("Camunda's %s/locales/en.json", app).hasSizeGreaterThan(100);

    assertThat(WebappTranslations.problems(en, vietnamese(app), SAME_AS_ENGLISH, EMPTY_IN_VIETNAMESE))
        .as(app + "/locales/vi.json").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void vietnameseIsWrittenWithPrecomposedDiacritics(String app) {
    // The same word typed as base letters plus combining marks looks alike but does not match in a search or a test.
    String text = WebappTranslations.text(WebappTranslations.ours(WebappTranslations.APPS + app + "/locales/vi.json"));
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s/locales/vi.json is NFC", app).isTrue();
    assertThat(text).contains("Đăng nhập").contains("Tên đăng nhập").contains("Mật khẩu");
  }

  @Test
  void tasklistUsesTheAgreedVocabulary() {
    JsonNode labels = vietnamese("tasklist").get("labels");
    assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
    assertThat(labels.get("COMPLETE").asText()).isEqualTo("Hoàn thành");
    assertThat(labels.get("TASK").asText()).isEqualTo("Việc");
    assertThat(labels.get("FILTER").asText()).isEqualTo("Bộ lọc");
    assertThat(labels.get("DUE_DATE").asText()).isEqualTo("Hạn xử lý");
    assertThat(labels.get("FOLLOW_UP_DATE").asText()).isEqualTo("Ngày theo dõi");
    assertThat(labels.get("CANDIDATE_GROUP").asText()).isEqualTo("Nhóm được giao");
    assertThat(labels.get("SIGN_OUT_ACTION").asText()).isEqualTo("Đăng xuất");
    assertThat(labels.get("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Tên đăng nhập");
    assertThat(labels.get("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Mật khẩu");
    assertThat(labels.get("PROCESS_NAME").asText()).isEqualTo("Tên quy trình");
  }

  @Test
  void cockpitUsesTheAgreedVocabulary() {
    // the words council members and UBND tỉnh read on Cockpit's dashboard and process pages, the same as Admin's
    JsonNode labels = vietnamese("cockpit").get("labels");
    assertThat(labels.get("COCKPIT_PROCESSES").asText()).isEqualTo("Quy trình");
    assertThat(labels.get("DASHBOARD_PROCESS_DEFINITIONS").asText()).isEqualTo("Mẫu quy trình");
    assertThat(labels.get("PLUGIN_PROCESS_INSTANCES_LABEL").asText()).isEqualTo("Phiên quy trình");
    assertThat(labels.get("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).isEqualTo("Phiên quy trình đang chạy");
    assertThat(labels.get("PLUGIN_INCIDENTS_LABEL").asText()).isEqualTo("Sự cố");
    assertThat(labels.get("PLUGIN_VARIABLE_INSTANCES_LABEL").asText()).isEqualTo("Biến");
    assertThat(labels.get("PLUGIN_JOBS_LABEL").asText()).isEqualTo("Tác vụ nền");
    assertThat(labels.get("COCKPIT_BATCHES").asText()).isEqualTo("Lô xử lý");
    assertThat(labels.get("COCKPIT_DEPLOYMENTS").asText()).isEqualTo("Bản triển khai");
    assertThat(labels.get("COCKPIT_DECISIONS").asText()).isEqualTo("Bảng quyết định");
    assertThat(labels.get("TASKS").asText()).isEqualTo("Việc");
    assertThat(labels.get("PLGN_SKE_HISTORY").asText()).isEqualTo("Lịch sử");
    // Admin's "ID" is a login name; in Cockpit's tables it is an object's id
    assertThat(labels.get("PLGN_HIST_ID").asText()).isEqualTo("Mã");
  }

  @Test
  void anEnglishPluralEndingLeftInATextThatMustBeEmptyIsReported() {
    ObjectNode vi = (ObjectNode) vietnamese("cockpit").deepCopy();
    ((ObjectNode) vi.get("labels")).put("PLGN_BATCH_S", "s");

    assertThat(WebappTranslations.problems(english("cockpit"), vi, SAME_AS_ENGLISH, EMPTY_IN_VIETNAMESE))
        .containsExactly("labels.PLGN_BATCH_S: should be empty, Vietnamese has no plural ending, but is: s");
  }

  @Test
  void aMissingKeyAChangedPlaceholderALostLinkOrAnEnglishTextIsReported() {
    JsonNode en = english("tasklist");
    ObjectNode vi = (ObjectNode) vietnamese("tasklist").deepCopy();
    ObjectNode labels = (ObjectNode) vi.get("labels");
    labels.remove("CLAIM_TASK");
    labels.put("PAGES_MSG_ACCESS_DENIED", "Anh/chị không có quyền {{missingAuth}}.");
    labels.put("BANNER_CE_EOL_TEXT", "Đã đến lúc chuyển sang Camunda 8.");
    labels.put("COMPLETE", "Complete");
    labels.put("NOT_A_CAMUNDA_KEY", "thừa");
    ((ArrayNode) vi.get("dateLocales").get("months")).remove(11);
    ((ObjectNode) vi.get("dateLocales").get("longDateFormat")).put("LLL", "D MMMM [năm] YYYY");

    List<String> problems = WebappTranslations.problems(en, vi, SAME_AS_ENGLISH, EMPTY_IN_VIETNAMESE);

    assertThat(problems).anyMatch(p -> p.startsWith("labels.CLAIM_TASK: missing"))
        .anyMatch(p -> p.startsWith("labels.PAGES_MSG_ACCESS_DENIED: placeholders"))
        .anyMatch(p -> p.startsWith("labels.BANNER_CE_EOL_TEXT: HTML"))
        .anyMatch(p -> p.startsWith("labels.COMPLETE: still English"))
        .anyMatch(p -> p.startsWith("labels.NOT_A_CAMUNDA_KEY: not in Camunda's en.json"))
        .anyMatch(p -> p.startsWith("dateLocales.months[11]: missing"))
        .anyMatch(p -> p.startsWith("dateLocales.longDateFormat.LLL: date format tokens"))
        .hasSize(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void configOffersOnlyVietnameseAndIsOtherwiseCamundasOwn(String app) {
    String resource = WebappTranslations.APPS + app + "/scripts/config.js";
    String ours = WebappTranslations.text(WebappTranslations.ours(resource));
    String camundas = WebappTranslations.text(WebappTranslations.fromWebjar(resource));

    // Tasklist shows the browser's first language when it is available: with only vi listed, and vi the fallback,
    // a browser set to English (or German) gets Vietnamese too.
    Matcher locales = LOCALES_BLOCK.matcher(withoutComments(ours));
    assertThat(locales.find()).as("%s has a locales block", resource).isTrue();
    List<String> available = Arrays.stream(locales.group(1).split(",")).map(s -> s.trim().replace("\"", ""))
        .toList();
    assertThat(available).containsExactly("vi");
    assertThat(locales.group(2)).isEqualTo("vi");

    // the header names the application, and the page declares itself Vietnamese (scripts/vietnamese-page.js)
    Matcher brand = APP_BLOCK.matcher(withoutComments(ours));
    assertThat(brand.find()).as("%s has an app block", resource).isTrue();
    assertThat(brand.group(1)).isEqualTo("Thi đua Lai Châu");
    assertThat(brand.group(2)).startsWith("– ").doesNotContain("Camunda");
    Matcher scripts = CUSTOM_SCRIPTS.matcher(withoutComments(ours));
    assertThat(scripts.find()).as("%s loads the page script", resource).isTrue();
    assertThat(scripts.group(1)).isEqualTo("scripts/vietnamese-page");
    // Cockpit also loads the campaign's dashboard plugin; the other apps nothing else
    assertThat(scripts.group(2).replaceAll("[\\s\"]", ""))
        .isEqualTo(app.equals("cockpit") ? ",scripts/thi-dua-dashboard" : "");
    assertThat(WebappTranslations.text(WebappTranslations.ours(WebappTranslations.APPS + app
        + "/scripts/vietnamese-page.js"))).contains("document.documentElement.setAttribute('lang', 'vi')");

    // everything else is the webjar's file, so a Camunda upgrade that changes it shows here
    String rest = CUSTOM_SCRIPTS.matcher(APP_BLOCK.matcher(LOCALES_BLOCK.matcher(withoutComments(ours)).replaceAll(""))
        .replaceAll("")).replaceAll("");
    assertThat(withoutComments(rest)).isEqualTo(withoutComments(camundas));
  }

  /** The file without its comment lines and blank lines, each line trimmed at the end. */
  private static String withoutComments(String javascript) {
    return javascript.lines().filter(line -> !line.isBlank())
        .filter(line -> !line.trim().startsWith("//") && !line.trim().startsWith("/*") && !line.trim().startsWith("*"))
        .map(String::stripTrailing).collect(Collectors.joining("\n"));
  }
}
