package vn.laichau.thidua.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one file every benchmark and fault scenario of a {@code -Pbenchmark} run adds its figures to:
 * {@code target/benchmark/summary.json}. Each scenario writes only its own keys, so the benchmarks may run in any
 * order, in surefire's JVM or failsafe's, and the file holds the figures of every scenario that ran.
 */
public final class BenchmarkSummary {

  public static final Path DIRECTORY = Path.of("target", "benchmark");
  public static final Path FILE = DIRECTORY.resolve("summary.json");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchmarkSummary() {
  }

  /** Adds or replaces these keys, keeping the figures the other scenarios wrote. */
  public static synchronized void put(Map<String, ?> figures) {
    try {
      Files.createDirectories(DIRECTORY);
      ObjectNode summary = Files.exists(FILE) ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
      figures.forEach((key, value) -> summary.set(key, JSON.valueToTree(value)));
      Files.writeString(FILE, JSON.writeValueAsString(summary));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE, e);
    }
  }

  /** The figures written so far, for a scenario whose ratio needs another one's figure. */
  public static synchronized Map<String, Object> read() {
    try {
      if (!Files.exists(FILE)) {
        return Map.of();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> figures = JSON.readValue(FILE.toFile(), Map.class);
      return figures;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }
}
