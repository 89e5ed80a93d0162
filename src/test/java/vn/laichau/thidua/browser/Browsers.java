package vn.laichau.thidua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The chromium sessions of a browser test (register with {@code @RegisterExtension}): each opens on the test's own
 * server and engine, a failing test leaves a picture of every one of them, and all are closed after each test.
 * Screenshots go to {@value #FOLDER}, emptied once per run of the browser tests (all classes share the JVM).
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

  static final String FOLDER = "target/browser-screenshots";
  private static final Path SCREENSHOTS = Path.of(FOLDER);
  private static final AtomicBoolean CLEARED = new AtomicBoolean();

  private final Supplier<String> baseUrl;
  private final Supplier<String> engineName;
  private final List<Tasklist> open = new ArrayList<>();

  /** Suppliers, because the test's port and engine are injected after the extension is created. */
  Browsers(Supplier<String> baseUrl, Supplier<String> engineName) {
    this.baseUrl = baseUrl;
    this.engineName = engineName;
  }

  /** A new browser for one person; {@code who} prefixes their screenshots. */
  Tasklist open(String who) throws IOException {
    clearOldScreenshotsOnce();
    Tasklist browser = Tasklist.open(who, baseUrl.get(), engineName.get(), SCREENSHOTS);
    open.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      for (Tasklist browser : open) {
        browser.screenshot("failure-" + context.getRequiredTestMethod().getName());
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(Tasklist::close);
    open.clear();
  }

  private static void clearOldScreenshotsOnce() {
    if (!CLEARED.compareAndSet(false, true) || !Files.isDirectory(SCREENSHOTS)) {
      return;
    }
    try (Stream<Path> files = Files.list(SCREENSHOTS)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
