package vn.laichau.thidua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's Tasklist in Debian's chromium, headless: log in, open a task, claim it, fill its form, complete it.
 * Every wait is a WebDriverWait on something the user would see, never a sleep.
 */
final class Tasklist implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  private static final By LOGIN_BUTTON = By.cssSelector("form button[type='submit']");
  /** Stable selectors of Tasklist's own buttons: their labels are the translation's (README, Tasklist in Vietnamese). */
  private static final By CLAIM_BUTTON = By.cssSelector("button[ng-click='claim()']");
  private static final By COMPLETE_BUTTON = By.cssSelector("button[ng-click='complete()']");

  private final String who;
  private final String baseUrl;
  private final String engineName;
  private final Path screenshots;
  private final Path userDataDir;
  private final WebDriver driver;
  private final WebDriverWait wait;

  private Tasklist(String who, String baseUrl, String engineName, Path screenshots) throws IOException {
    this.who = who;
    this.baseUrl = baseUrl;
    this.engineName = engineName;
    this.screenshots = screenshots;
    this.userDataDir = Files.createTempDirectory("chromium-" + who + "-");
    // The machine's own chromium and chromedriver (apt packages chromium, chromium-driver): with both paths given,
    // Selenium Manager has nothing to look up and downloads nothing.
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // English on purpose: Tasklist must speak Vietnamese even to a browser set to English
        "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1400,2400",
        "--user-data-dir=" + userDataDir);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Fails loudly when the browser is not installed: the test is part of the build, it is never skipped. */
  static Tasklist open(String who, String baseUrl, String engineName, Path screenshots) throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(binary + " is missing: the browser test needs Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)");
      }
    }
    Files.createDirectories(screenshots);
    return new Tasklist(who, baseUrl, engineName, screenshots);
  }

  /**
   * Logs in to the Tasklist of the test's own engine: /camunda/app/tasklist/ alone leads to the first engine of the
   * JVM, which is another test context's when several are alive.
   */
  void login(String userId, String password) {
    openLoginPage();
    submitLogin(userId, password);
    waitUntilSignedIn();
  }

  /** Waits for the task list that follows a successful login. */
  void waitUntilSignedIn() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list, [cam-tasks]")));
  }

  /** Opens Tasklist signed out: its login page, once the form shows. */
  void openLoginPage() {
    driver.get(baseUrl + "/camunda/app/tasklist/" + engineName + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
  }

  /** Fills and sends the login form; the caller waits for what should follow. */
  void submitLogin(String userId, String password) {
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    user.clear();
    user.sendKeys(userId);
    WebElement secret = driver.findElement(PASSWORD);
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(LOGIN_BUTTON).click();
  }

  /** What the login page shows: the button's text and each input's placeholder (shown while the input is empty). */
  String loginButtonText() {
    return wait.until(d -> {
      String text = d.findElement(LOGIN_BUTTON).getText().trim();
      return text.isEmpty() ? null : text;
    });
  }

  String usernamePlaceholder() {
    return element(USERNAME).getAttribute("placeholder");
  }

  String passwordPlaceholder() {
    return element(PASSWORD).getAttribute("placeholder");
  }

  /** Another of Camunda's webapps (admin, welcome) of the test's engine, signed out: its login page. */
  void openSignedOutApp(String app) {
    driver.get(baseUrl + "/camunda/app/" + app + "/" + engineName + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
  }

  /** Waits until the page shows the given text, e.g. once an app has loaded after a login. */
  void waitForPageText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /** The Welcome page of the test's engine, for a signed-in user, once it names the applications. */
  void openWelcome() {
    driver.get(baseUrl + "/camunda/app/welcome/" + engineName + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'app-name')]//a[normalize-space(.)!='']")));
  }

  /** The first language the browser asks for (what Tasklist bases its choice on). */
  String browserLanguage() {
    return (String) script("return (navigator.languages && navigator.languages[0]) || navigator.language;");
  }

  /**
   * Opens a task: the user sees it in the list (the filter "Tất cả công việc"), and Tasklist shows it by its id, as
   * when the user clicks it (other tests may have left tasks of the same name in the list).
   */
  void openTask(String taskId, String taskName) {
    driver.get(baseUrl + "/camunda/app/tasklist/" + engineName + "/#/?task=" + taskId);
    By listed = By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + taskName + "']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(listed));
    By header = By.xpath("//h2[contains(@class,'task') and contains(normalize-space(.),'" + taskName + "')]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(header));
  }

  void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM_BUTTON)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM_BUTTON));
  }

  /** The label of the claim button of the open task, once Tasklist shows it. */
  String claimButtonText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(CLAIM_BUTTON)).getText().trim();
  }

  /** The label of the button that completes the open task's form. */
  String completeButtonText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(COMPLETE_BUTTON)).getText().trim();
  }

  /** Waits until the embedded form shows the given element with some text (its variables were fetched). */
  WebElement waitForText(By by) {
    wait.until(d -> {
      List<WebElement> found = d.findElements(by);
      return !found.isEmpty() && found.get(0).isDisplayed() && !found.get(0).getText().isBlank();
    });
    return driver.findElement(by);
  }

  WebElement element(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  void select(String id, String value) {
    new Select(element(By.id(id))).selectByValue(value);
  }

  List<String> optionValues(String id) {
    return new Select(element(By.id(id))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  void type(String id, String text) {
    WebElement input = element(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** A date input takes its value in the browser's locale; setting it as yyyy-MM-dd and telling Angular is exact. */
  void setDate(String id, String isoDate) {
    WebElement input = element(By.id(id));
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
  }

  void check(String id) {
    WebElement box = element(By.id(id));
    if (!box.isSelected()) {
      box.click();
    }
  }

  void upload(String id, Path file) {
    element(By.id(id)).sendKeys(file.toAbsolutePath().toString());
  }

  /** A field of a Camunda Form (form-js names its inputs fjs-form-{formId}-{key}). */
  WebElement formField(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form [id$='-" + key + "']")));
  }

  void typeInFormField(String key, String text) {
    WebElement field = formField(key);
    field.clear();
    field.sendKeys(text);
  }

  /** form-js 1.8 takes a typed date as month/day/year and keeps it as yyyy-MM-dd. */
  void typeFormDate(String key, LocalDate day) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form input[id$='-" + key + "-date']")));
    field.sendKeys(String.format("%02d/%02d/%d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
    field.sendKeys(Keys.ENTER);
  }

  /** Chooses the radio button of a Camunda Form by its visible label. */
  void chooseFormRadio(String label) {
    WebElement option = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-form')]//label[normalize-space(.)='" + label + "']")));
    option.click();
  }

  void complete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON));
    // a long form puts the button below Tasklist's fixed footer, which would take the click
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  /**
   * The text of the first error notification Tasklist shows (the server's answer to a refused completion, a refused
   * login).
   */
  String errorNotification() {
    By error = By.cssSelector(".page-notifications .alert-error, .page-notifications .alert-danger");
    return wait.until(ExpectedConditions.visibilityOfElementLocated(error)).getText();
  }

  /** Waits until the completed task has left the user's list. */
  void waitForCompletion(String taskName) {
    By link = By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + taskName + "']");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(link));
  }

  /**
   * Waits until the completed task has left the user's list and the server has committed the completion: Tasklist
   * redraws its list while the form is being sent, so the task can leave the list (and, on a busy machine, a redraw can
   * hide it for a moment) before the server has finished.
   */
  void waitForCompletion(String taskName, BooleanSupplier committed) {
    waitForCompletion(taskName);
    wait.until(driver -> committed.getAsBoolean());
  }

  /** What the user reads on the page. */
  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Downloads the link's target with the user's session, as a click on it would, and returns its bytes. */
  byte[] download(By link) {
    String href = element(link).getAttribute("href");
    String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.arrayBuffer(); })"
            + ".then(function (b) { var s = ''; new Uint8Array(b).forEach(function (x) { s += String.fromCharCode(x); });"
            + " done(btoa(s)); })"
            + ".catch(function (e) { done('ERROR ' + e.message); });", href);
    if (base64.startsWith("ERROR")) {
      throw new AssertionError("download of " + href + " failed: " + base64);
    }
    return Base64.getDecoder().decode(base64);
  }

  String pageSource() {
    return driver.getPageSource();
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  WebDriver driver() {
    return driver;
  }

  /** Saves what the user sees to target/browser-screenshots/{who}-{name}.png and returns the file. */
  Path screenshot(String name) {
    try {
      Path file = screenshots.resolve(who + "-" + name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
