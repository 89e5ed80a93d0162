package vn.laichau.thidua.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * The Vietnamese texts of the e-mails, kept in {@code src/main/resources/mail/} so that they are changed there, not
 * in code: one template per message ({@code <name>.txt}: the first line is the subject, the body follows after one
 * empty line, {@code {{fact}}} is replaced by a fact of the congress) and the short phrases in
 * {@code labels.properties} (UTF-8).
 *
 * <p>A template naming a fact that the message does not have is an error, not an empty gap in a letter to an
 * official: the sending job fails and shows the message in Cockpit.
 */
@Component
public class MailTemplates {

  static final String FOLDER = "mail/";
  private static final Pattern FACT = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

  private final Map<String, String> sources = new ConcurrentHashMap<>();
  private final Properties labels = load(FOLDER + "labels.properties");

  /** Renders template {@code mail/<name>.txt} with the facts. */
  public RenderedMail render(String name, Map<String, String> facts) {
    String source = sources.computeIfAbsent(name, n -> read(new ClassPathResource(FOLDER + n + ".txt")));
    String text = replaceFacts(name, source, facts);
    int endOfSubject = text.indexOf('\n');
    if (endOfSubject < 0 || !text.startsWith("\n", endOfSubject + 1)) {
      throw new IllegalStateException("Mẫu thư " + name + ": dòng đầu là tiêu đề, sau đó một dòng trống rồi đến nội dung");
    }
    return new RenderedMail(text.substring(0, endOfSubject).trim(), text.substring(endOfSubject + 2));
  }

  /** A phrase of {@code labels.properties}, with {@code {0}, {1}…} filled in. */
  public String label(String key, Object... arguments) {
    String pattern = labels.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("Thiếu cụm từ '" + key + "' trong " + FOLDER + "labels.properties");
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern).format(arguments);
  }

  private static String replaceFacts(String name, String source, Map<String, String> facts) {
    Matcher matcher = FACT.matcher(source);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String fact = matcher.group(1);
      String value = facts.get(fact);
      if (value == null) {
        throw new IllegalStateException("Mẫu thư " + name + " dùng {{" + fact + "}} nhưng thư không có giá trị này");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString().replace("\r\n", "\n");
  }

  private static String read(Resource resource) {
    try {
      return StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được mẫu thư " + resource.getDescription(), e);
    }
  }

  private static Properties load(String path) {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được " + path, e);
    }
  }

  /** A rendered e-mail. */
  public record RenderedMail(String subject, String body) {
  }
}
