package vn.laichau.thidua.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares our translation of a Camunda webapp (app/{app}/locales/vi.json, in src/main/resources) with the English
 * file of the webjar on the classpath, key by key: what Camunda adds in an upgrade and we have not translated, a
 * placeholder or a link lost in translation, or a text left in English, is a problem, named by its key.
 */
final class WebappTranslations {

  static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "/camunda-webapp-webjar-";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Angular-translate's parameters, e.g. {{dayContext}} or {{ name }}: compared by name. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** The HTML a text carries (the links of the banners, line breaks): compared as written, href included. */
  private static final Pattern TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&[a-z]+;");
  /** moment.js's relative times: "in %s", "%d days". */
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  /** moment.js's formats, once the literal text in [brackets] is left out: "dddd [at] LT" has dddd and LT. */
  private static final Pattern MOMENT_LITERAL = Pattern.compile("\\[[^\\]]*]");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private WebappTranslations() {
  }

  /** Camunda's own file of the webjar, even where src/main/resources has a file of the same name. */
  static URL fromWebjar(String resource) {
    return candidates(resource).stream().filter(url -> url.toString().contains(WEBJAR)).findFirst()
        .orElseThrow(() -> new AssertionError("the webjar on the classpath has no " + resource));
  }

  /** The project's own file, the one the application serves (it comes before the webjar on the classpath). */
  static URL ours(String resource) {
    return candidates(resource).stream().filter(url -> !url.toString().contains(WEBJAR)).findFirst()
        .orElseThrow(() -> new AssertionError("the project has no " + resource));
  }

  private static List<URL> candidates(String resource) {
    try {
      return Collections.list(WebappTranslations.class.getClassLoader().getResources(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson skips the byte order mark Camunda's files start with. */
  static JsonNode json(URL url) {
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(url + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every difference that matters between Camunda's English file and our translation, one line each, starting with
   * the key's path (labels.CLAIM_TASK, dateLocales.months[0]). Empty when the translation is complete.
   *
   * @param sameAsEnglish paths whose text is rightly the same in both languages (a brand, a format like "L")
   * @param emptyInVietnamese paths whose text is rightly empty in Vietnamese (an English plural ending)
   */
  static List<String> problems(JsonNode english, JsonNode vietnamese, Set<String> sameAsEnglish,
      Set<String> emptyInVietnamese) {
    Map<String, JsonNode> en = leaves(english);
    Map<String, JsonNode> vi = leaves(vietnamese);
    List<String> problems = new ArrayList<>();
    en.forEach((path, enValue) -> {
      JsonNode viValue = vi.get(path);
      if (viValue == null) {
        problems.add(path + ": missing (English: " + enValue + ")");
      } else if (enValue.isTextual() != viValue.isTextual() || enValue.isNumber() != viValue.isNumber()) {
        problems.add(path + ": " + viValue.getNodeType() + " instead of " + enValue.getNodeType());
      } else if (enValue.isTextual()) {
        problems.addAll(textProblems(path, enValue.asText(), viValue.asText(), sameAsEnglish.contains(path),
            emptyInVietnamese.contains(path)));
      } else if (!enValue.equals(viValue)) {
        problems.add(path + ": " + viValue + " instead of " + enValue);
      }
    });
    vi.keySet().stream().filter(path -> !en.containsKey(path))
        .forEach(path -> problems.add(path + ": not in Camunda's en.json (left over from another version?)"));
    return problems;
  }

  private static List<String> textProblems(String path, String en, String vi, boolean mayStayEnglish,
      boolean mayBeEmpty) {
    List<String> problems = new ArrayList<>();
    compare(problems, path, "placeholders {{…}}", PLACEHOLDER, 1, en, vi);
    compare(problems, path, "HTML", TAG, 0, en, vi);
    compare(problems, path, "HTML entities", ENTITY, 0, en, vi);
    compare(problems, path, "%s/%d", PRINTF, 0, en, vi);
    if (path.startsWith("dateLocales.calendar.") || path.startsWith("dateLocales.longDateFormat.")) {
      List<String> enTokens = momentTokens(en);
      List<String> viTokens = momentTokens(vi);
      if (!enTokens.equals(viTokens)) {
        problems.add(path + ": date format tokens " + viTokens + " instead of " + enTokens);
      }
    }
    if (mayBeEmpty) {
      if (!vi.isEmpty()) {
        problems.add(path + ": should be empty, Vietnamese has no plural ending, but is: " + vi);
      }
    } else if (!en.isEmpty() && vi.isBlank()) {
      problems.add(path + ": empty");
    } else if (!mayStayEnglish && LETTER.matcher(en).find() && en.equals(vi)) {
      problems.add(path + ": still English: " + en);
    }
    return problems;
  }

  private static void compare(List<String> problems, String path, String what, Pattern pattern, int group,
      String en, String vi) {
    List<String> expected = all(pattern, group, en);
    List<String> actual = all(pattern, group, vi);
    if (!expected.equals(actual)) {
      problems.add(path + ": " + what + " " + actual + " instead of " + expected);
    }
  }

  private static List<String> all(Pattern pattern, int group, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(group));
    }
    Collections.sort(found);
    return found;
  }

  private static List<String> momentTokens(String format) {
    List<String> tokens = new ArrayList<>(List.of(MOMENT_LITERAL.matcher(format).replaceAll(" ")
        .replace(",", " ").trim().split("\\s+")));
    Collections.sort(tokens);
    return tokens;
  }

  /** Every text, number and boolean of the file by its path; arrays by index, so a missing month is a missing key. */
  static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
