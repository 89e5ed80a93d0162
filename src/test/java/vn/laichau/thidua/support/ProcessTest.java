package vn.laichau.thidua.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A Spring Boot test of the processes, with process test coverage. Every class so annotated (and configured no
 * further) shares ONE cached application context: an in-memory engine, job executor off, coverage listeners on.
 *
 * <p>The coverage library's own listener is registered by its spring.factories and writes a report per test class
 * under target/process-test-coverage/&lt;class&gt;/; {@link ProcessCoverageAssertion} adds the per-process minimum
 * declared with {@link AssertProcessCoverage}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessCoverageAssertion.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
