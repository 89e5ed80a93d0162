package vn.laichau.thidua.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The variable names each user task accepts when it is completed, declared once beside the forms
 * ({@code forms/completion-fields.properties}): {@code <process key>.<task key> = name, name, …}. A task that is not
 * declared accepts nothing, so a task added to a process without its line can still be completed empty but never
 * writes a variable.
 */
public final class CompletionFields {

  public static final String RESOURCE = "forms/completion-fields.properties";

  private final Map<String, Set<String>> accepted;

  private CompletionFields(Map<String, Set<String>> accepted) {
    this.accepted = accepted;
  }

  /**
   * Reads every declaration of that name on the classpath (the application's, and a test's for its own test
   * processes); without the application's the application must not start.
   */
  public static CompletionFields load() {
    Properties properties = new Properties();
    try {
      List<URL> resources = Collections.list(CompletionFields.class.getClassLoader().getResources(RESOURCE));
      if (resources.isEmpty()) {
        throw new IllegalStateException("Thiếu tệp " + RESOURCE + ": không biết việc nào được nhận biến nào.");
      }
      for (URL resource : resources) {
        try (InputStream in = resource.openStream()) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Không đọc được " + RESOURCE, e);
    }
    return of(properties);
  }

  /** One declaration file, as it is written. */
  public static CompletionFields parse(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    return of(properties);
  }

  private static CompletionFields of(Properties properties) {
    Map<String, Set<String>> accepted = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      accepted.put(key, Arrays.stream(properties.getProperty(key).split(","))
          .map(String::trim)
          .filter(name -> !name.isEmpty())
          .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    return new CompletionFields(Map.copyOf(accepted));
  }

  public static String key(String processKey, String taskKey) {
    return processKey + "." + taskKey;
  }

  /** The names the task's form sends; empty for a task that is not declared. */
  public Set<String> accepted(String processKey, String taskKey) {
    return accepted.getOrDefault(key(processKey, taskKey), Set.of());
  }

  /** Every declaration, by {@code <process key>.<task key>}. */
  public Map<String, Set<String>> all() {
    return accepted;
  }
}
