package vn.laichau.thidua.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of the whole application on a real PostgreSQL: profiles {@code test} and {@code postgres}, a
 * database of its own on the JVM's one embedded PostgreSQL server ({@link EmbeddedPostgresServer}). Combine with
 * {@code @AutoConfigureMockMvc} and the like as with {@code @SpringBootTest}.
 *
 * <pre>
 * &#64;PostgresTest
 * class CongressOnPostgresTest { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
public @interface PostgresTest {

  /** Extra properties, as {@link SpringBootTest#properties()}. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};

  /** As {@link SpringBootTest#webEnvironment()}; a mock servlet environment unless told otherwise. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
  SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
