package vn.laichau.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.support.AssertProcessCoverage;
import vn.laichau.thidua.support.ProcessCoverageAssertion;

/**
 * The campaign's process is covered by several path tests, each asserting all of the elements it names
 * ({@link AssertProcessCoverage}, checked after each class). Together they must name every flow node and sequence
 * flow of the model: then every element is reached by some test, and an element added to the model, or a path test
 * removed, fails here until a test owns what it leaves uncovered.
 */
class CampaignCoverageSharesTest {

  @Test
  void thePathTestsTogetherOwnEveryElementOfTheCampaign() throws Exception {
    BpmnModelInstance model;
    try (InputStream bpmn = getClass().getResourceAsStream("/processes/emulation-campaign.bpmn")) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    Set<String> all = ProcessCoverageAssertion.elements(model);
    Set<String> owned = new HashSet<>();
    List<Class<?>> owners = pathTests();
    for (Class<?> test : owners) {
      AssertProcessCoverage expected = test.getAnnotation(AssertProcessCoverage.class);
      assertThat(expected.atLeast()).as("%s covers all it names", test.getSimpleName()).isEqualTo(1.0);
      owned.addAll(ProcessCoverageAssertion.countedElements(model, expected));
    }
    assertThat(owners).extracting(Class::getSimpleName).contains("CampaignToItsEndTest", "CampaignMilestonesTest",
        "CampaignDriveLaunchTest", "CampaignPilotsTest", "CampaignNextCycleTest");
    assertThat(all).as("flow nodes and sequence flows of %s", ProcessKeys.EMULATION_CAMPAIGN).hasSizeGreaterThan(100);
    assertThat(owned).as("elements some path test must reach").containsAll(all);
  }

  private static List<Class<?>> pathTests() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(AssertProcessCoverage.class));
    return scanner.findCandidateComponents("vn.laichau.thidua").stream()
        .map(BeanDefinition::getBeanClassName)
        .<Class<?>>map(name -> ClassUtils.resolveClassName(name, CampaignCoverageSharesTest.class.getClassLoader()))
        .filter(test -> test.getAnnotation(AssertProcessCoverage.class).process()
            .equals(ProcessKeys.EMULATION_CAMPAIGN))
        .toList();
  }
}
