package vn.laichau.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
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
    assertThat(coverage(result, model, expected))
        .as("coverage of process %s by %s (details: %s)", expected.process(),
            testContext.getTestClass().getSimpleName(), report.resolveSibling("report.html"))
        .isGreaterThanOrEqualTo(expected.atLeast());
  }

  /**
   * The library's coverage, or, when the annotation narrows the elements that count, the share of those elements (flow
   * nodes and sequence flows, as the library counts them) that the class's events reached.
   */
  static double coverage(CoverageStateResult result, Model model, AssertProcessCoverage expected) {
    if (expected.onlyElementsStartingWith().length == 0 && expected.exceptElementsStartingWith().length == 0) {
      return result.calculateCoverage(model);
    }
    Set<String> counted = countedElements(Bpmn.readModelFromStream(
        new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8))), expected);
    assertThat(counted).as("elements of %s that count", model.getKey()).isNotEmpty();
    long reached = result.getEventsDistinct(model.getKey()).stream()
        .map(Event::getDefinitionKey)
        .filter(counted::contains)
        .distinct()
        .count();
    return (double) reached / counted.size();
  }

  /** The ids of the flow nodes and sequence flows of the model that count for the annotation. */
  public static Set<String> countedElements(BpmnModelInstance bpmn, AssertProcessCoverage expected) {
    return elements(bpmn).stream().filter(id -> counts(id, expected)).collect(Collectors.toSet());
  }

  /** The ids of the model's flow nodes and sequence flows: the elements the coverage library counts. */
  public static Set<String> elements(BpmnModelInstance bpmn) {
    return Stream.concat(bpmn.getModelElementsByType(FlowNode.class).stream(),
            bpmn.getModelElementsByType(SequenceFlow.class).stream())
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
  }

  private static boolean counts(String id, AssertProcessCoverage expected) {
    boolean only = expected.onlyElementsStartingWith().length == 0
        || Arrays.stream(expected.onlyElementsStartingWith()).anyMatch(id::startsWith);
    return only && Arrays.stream(expected.exceptElementsStartingWith()).noneMatch(id::startsWith);
  }

  private static Path reportDirectory(TestContext testContext) {
    String configured = testContext.getApplicationContext().getBeanProvider(ProcessEngineCoverageProperties.class)
        .getIfAvailable(ProcessEngineCoverageProperties::new).getReportDirectory();
    return Path.of(configured != null ? configured : CoverageReportUtil.TARGET_DIR_ROOT);
  }
}
