package vn.laichau.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Asserts {@link AssertProcessCoverage} on a test class, from the coverage library's own result for the class.
 *
 * <p>Why not the library's {@code assertClassCoverageAtLeast}: its condition comes from one properties bean per Spring
 * context, so every class sharing the context would need the same coverage, and it averages over every process the
 * class touched. Here the minimum is per class and per process. The library's listener has the lowest precedence, so
 * its {@code afterTestClass} runs first and has written the class's {@code report.json}, which this listener reads
 * back with the library's reader and computes with the library's {@code calculateCoverage}.
 *
 * <p>When only some tests of the class ran ({@code -Dtest=Class#method} while iterating), the minimum cannot hold
 * and is not checked.
 */
public class ProcessCoverageAssertion implements TestExecutionListener, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessCoverageAssertion.class);

  /** The test methods run in this class (one listener instance per test class). */
  private final Set<String> ran = new HashSet<>();

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 1;
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ran.add(testContext.getTestMethod().getName());
  }

  @Override
  public void afterTestClass(TestContext testContext) throws IOException {
    AssertProcessCoverage expected = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(),
        AssertProcessCoverage.class);
    if (expected == null) {
      return;
    }
    Set<String> declared = AnnotationSupport.findAnnotatedMethods(testContext.getTestClass(), Testable.class,
        HierarchyTraversalMode.TOP_DOWN).stream().map(Method::getName).collect(Collectors.toSet());
    if (!ran.containsAll(declared)) {
      LOG.warn("{}: only some tests ran, the coverage minimum of process {} is not checked",
          testContext.getTestClass().getSimpleName(), expected.process());
      return;
    }
    Path report = reportDirectory(testContext).resolve(testContext.getTestClass().getName()).resolve("report.json");
    assertThat(report).as("coverage report of %s", testContext.getTestClass().getSimpleName()).exists();
    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(
        Files.readString(report, StandardCharsets.UTF_8));
    Model model = result.getModels().stream()
        .filter(m -> m.getKey().equals(expected.process()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("process " + expected.process() + " was never run by "
            + testContext.getTestClass().getSimpleName()));
    assertThat(result.calculateCoverage(model))
        .as("coverage of process %s by %s (details: %s)", expected.process(),
            testContext.getTestClass().getSimpleName(), report.resolveSibling("report.html"))
        .isGreaterThanOrEqualTo(expected.atLeast());
  }

  private static Path reportDirectory(TestContext testContext) {
    String configured = testContext.getApplicationContext().getBeanProvider(ProcessEngineCoverageProperties.class)
        .getIfAvailable(ProcessEngineCoverageProperties::new).getReportDirectory();
    return Path.of(configured != null ? configured : CoverageReportUtil.TARGET_DIR_ROOT);
  }
}
