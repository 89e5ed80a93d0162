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
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot test of the processes, with process test coverage. Every class so annotated (and configured no
 * further) shares ONE cached application context: an in-memory engine, job executor off, coverage listeners on.
 *
 * <p>The coverage library's own listener is registered by its spring.factories and writes a report per test class
 * under target/process-test-coverage/&lt;class&gt;/; {@link ProcessCoverageAssertion} adds the per-process minimum
 * declared with {@link AssertProcessCoverage}.
 *
 * <p>The configured campaign LAICHAU-2025 has no pilot commune until the districts pick theirs; in this context
 * Xã Thèn Sin (03394, huyện Tam Đường) is one, so the pilot rules (R8) can be run through the process.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessTestConfiguration.class)
@TestPropertySource(properties = "thidua.campaigns.cycles.LAICHAU-2025.pilot-communes[0]=03394")
@TestExecutionListeners(listeners = ProcessCoverageAssertion.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
