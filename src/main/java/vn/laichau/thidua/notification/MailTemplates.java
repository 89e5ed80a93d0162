package vn.laichau.thidua.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Vietnamese texts of the e-mails, kept in {@code src/main/resources/mail/} so that they are changed there, not
 * in code: one Thymeleaf text template per message ({@code <name>.txt}: the first line is the subject, the body
 * follows after one empty line, {@code [(${fact})]} is replaced by a fact of the message), the short phrases in
 * {@code labels.properties} (UTF-8) and one HTML layout ({@code layout.html}) that turns every rendered text into the
 * HTML part of the mail, with the link to the task as a button.
 *
 * <p>A template naming a fact that the message does not have is an error, not an empty gap in a letter to an
 * official: the sending job fails and shows the message in Cockpit. Thymeleaf alone would print nothing for an
 * unknown variable; the engine context used here refuses it.
 *
 * <p>From the former {@code {{fact}}} syntax a template converts with
 * {@code sed -E 's/\{\{ *([A-Za-z][A-Za-z0-9]*) *\}\}/[(${\1})]/g'}.
 */
@Component
public class MailTemplates {

  static final String FOLDER = "mail/";
  private static final String LAYOUT = "layout";

  private final Properties labels = load(FOLDER + "labels.properties");
  private final TemplateEngine texts = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  /** Renders template {@code mail/<name>.txt} with the facts, and its HTML form. */
  public RenderedMail render(String name, Map<String, String> facts) {
    String text = process(texts, name, new Context(Locale.ROOT, new HashMap<>(facts))).replace("\r\n", "\n");
    int endOfSubject = text.indexOf('\n');
    if (endOfSubject < 0 || !text.startsWith("\n", endOfSubject + 1)) {
      throw new IllegalStateException("Mẫu thư " + name + ": dòng đầu là tiêu đề, sau đó một dòng trống rồi đến nội dung");
    }
    String subject = text.substring(0, endOfSubject).trim();
    String body = text.substring(endOfSubject + 2);
    Map<String, Object> layout = new HashMap<>();
    layout.put("subject", subject);
    layout.put("blocks", blocks(body, facts.get("link")));
    return new RenderedMail(subject, body, process(html, LAYOUT, new Context(Locale.ROOT, layout)));
  }

  /** A phrase of {@code labels.properties}, with {@code {0}, {1}…} filled in. */
  public String label(String key, Object... arguments) {
    String pattern = labels.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("Thiếu cụm từ '" + key + "' trong " + FOLDER + "labels.properties");
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern).format(arguments);
  }

  /**
   * The body's paragraphs (separated by an empty line) as blocks of the layout: lines starting with "- " become a
   * list, a paragraph "<words>: <link>" becomes a button saying those words, the paragraph after "--" the footer.
   */
  private List<Map<String, Object>> blocks(String body, String link) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    boolean button = false;
    for (String paragraph : body.strip().split("\n\\s*\n")) {
      List<String> lines = List.of(paragraph.strip().split("\n"));
      if (lines.get(0).strip().equals("--")) {
        blocks.add(block("footer", lines.subList(1, lines.size())));
      } else if (link != null && lines.size() == 1 && lines.get(0).endsWith(": " + link)) {
        Map<String, Object> block = block("button", lines);
        block.put("label", lines.get(0).substring(0, lines.get(0).length() - link.length() - 2));
        block.put("link", link);
        blocks.add(block);
        button = true;
      } else {
        addTextAndLists(blocks, lines);
      }
    }
    if (link != null && !button) {
      Map<String, Object> block = block("button", List.of());
      block.put("label", label("button.open"));
      block.put("link", link);
      blocks.add(blocks.isEmpty() || !"footer".equals(blocks.get(blocks.size() - 1).get("kind"))
          ? blocks.size() : blocks.size() - 1, block);
    }
    return blocks;
  }

  private static void addTextAndLists(List<Map<String, Object>> blocks, List<String> lines) {
    List<String> run = new ArrayList<>();
    boolean inList = false;
    for (String line : lines) {
      boolean item = line.startsWith("- ");
      if (item != inList && !run.isEmpty()) {
        blocks.add(block(inList ? "list" : "text", run));
        run = new ArrayList<>();
      }
      inList = item;
      run.add(item ? line.substring(2) : line);
    }
    if (!run.isEmpty()) {
      blocks.add(block(inList ? "list" : "text", run));
    }
  }

  private static Map<String, Object> block(String kind, List<String> lines) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("kind", kind);
    block.put("lines", List.copyOf(lines));
    return block;
  }

  private static String process(TemplateEngine engine, String name, IContext context) {
    try {
      return engine.process(name, context);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof MissingFactException missing) {
          throw new IllegalStateException("Mẫu thư " + name + " dùng [(${" + missing.fact
              + "})] nhưng thư không có giá trị này", e);
        }
      }
      throw new IllegalStateException("Mẫu thư " + name + " không dùng được: " + e.getMessage(), e);
    }
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix(FOLDER);
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setEngineContextFactory(StrictEngineContext::new);
    return engine;
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

  /** Thymeleaf's engine context, except that reading a variable nobody set is an error instead of null. */
  private static final class StrictEngineContext extends EngineContext {

    StrictEngineContext(IEngineConfiguration configuration, TemplateData templateData,
        Map<String, Object> templateResolutionAttributes, IContext context) {
      super(configuration, templateData, templateResolutionAttributes, context.getLocale(), variables(context));
    }

    private static Map<String, Object> variables(IContext context) {
      Map<String, Object> variables = new HashMap<>();
      context.getVariableNames().forEach(name -> variables.put(name, context.getVariable(name)));
      return variables;
    }

    @Override
    public Object getVariable(String name) {
      if (!containsVariable(name)) {
        throw new MissingFactException(name);
      }
      return super.getVariable(name);
    }
  }

  private static final class MissingFactException extends RuntimeException {
    private final String fact;

    MissingFactException(String fact) {
      super("no fact " + fact);
      this.fact = fact;
    }
  }

  /** A rendered e-mail: the subject, the plain text and the same text as HTML. */
  public record RenderedMail(String subject, String body, String html) {
  }
}
