package vn.laichau.thidua.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at a fresh database on the JVM's embedded PostgreSQL server, through the same environment
 * variables production uses ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}), so the test also
 * proves that application-postgres.yaml reads them.
 */
public class PostgresTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    EmbeddedPostgresServer.attach(context);
    TestPropertyValues.of(
        "SPRING_DATASOURCE_URL=" + EmbeddedPostgresServer.newDatabase(),
        "SPRING_DATASOURCE_USERNAME=" + EmbeddedPostgresServer.USER,
        "SPRING_DATASOURCE_PASSWORD=" + EmbeddedPostgresServer.PASSWORD).applyTo(context);
  }
}
