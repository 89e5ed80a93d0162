package vn.laichau.thidua.support;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import vn.laichau.thidua.ThiDuaApplication;

/**
 * What the benchmarks share: the whole application on a fresh database of the JVM's embedded PostgreSQL (profiles
 * {@code test} and {@code postgres}, as {@code @PostgresTest}), started with {@link SpringApplicationBuilder} so one
 * method can run several configurations; and a line saying on what machine the figures were taken.
 */
public final class BenchmarkApplication {

  private BenchmarkApplication() {
  }

  /**
   * Keeps the other tests' {@code @TestConfiguration} and {@code @TestComponent} classes out of the component scan, as
   * Spring Boot's own (package-private) filter does for {@code @SpringBootTest}.
   */
  public static final class TestClassesExcluded extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      return reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName())
          || reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
      return getClass().hashCode();
    }
  }

  /** The application on PostgreSQL, the other tests' configurations left out; add properties and initializers. */
  public static SpringApplicationBuilder onPostgres() {
    return new SpringApplicationBuilder(ThiDuaApplication.class)
        .profiles("test", "postgres")
        .initializers(new PostgresTestInitializer(), context -> context.getBeanFactory()
            .registerSingleton(TestClassesExcluded.class.getName(), new TestClassesExcluded()));
  }

  public static String machine() {
    long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : -1;
    return String.format(Locale.ROOT, "%s %s, %d cores, %.1f GiB memory, JVM %s max heap %.1f GiB",
        System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
        memory / 1073741824.0, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1073741824.0);
  }
}
