package vn.laichau.thidua.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context with a real server of every HTTP security test, the same as the other tests over real HTTP (so
 * it is started once). Its engine keeps the test profile's unique name: the webapps' addresses name it, and an engine
 * named {@code default} would become every test context's default engine in the JVM-wide engine registry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface SecurityWebTest {
}
