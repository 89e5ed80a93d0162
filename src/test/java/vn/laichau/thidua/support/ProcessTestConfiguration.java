package vn.laichau.thidua.support;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test context of {@link ProcessTest}: the coverage library's engine plugin, which records every flow node and
 * sequence flow taken.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessTestConfiguration {
}
