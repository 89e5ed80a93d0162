package vn.laichau.thidua.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context with a real server for every HTTP security test (so it is started once for all of them). The
 * webapps address their engine by name in the URL ({@code /camunda/api/engine/engine/default/...}), so this context
 * keeps the engine's name {@code default} instead of the test profile's unique name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false",
    "camunda.bpm.process-engine-name=default"})
@ActiveProfiles("test")
public @interface SecurityWebTest {
}
