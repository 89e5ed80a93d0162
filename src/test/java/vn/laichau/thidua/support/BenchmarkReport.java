package vn.laichau.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code target/benchmark/results.md}: one section per benchmark or scenario of a {@code -Pbenchmark} run, in any
 * order and from any JVM. Each writes its own section ({@code target/benchmark/sections/<name>.md}) and the report is
 * put together again from all sections present, so nothing one scenario wrote is lost when another one finishes.
 */
public final class BenchmarkReport {

  public static final Path FILE = BenchmarkSummary.DIRECTORY.resolve("results.md");
  private static final Path SECTIONS = BenchmarkSummary.DIRECTORY.resolve("sections");

  private BenchmarkReport() {
  }

  /** Adds or replaces the section of this name and rewrites results.md. */
  public static synchronized void section(String name, String markdown) {
    try {
      Files.createDirectories(SECTIONS);
      Files.writeString(SECTIONS.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
      List<Path> sections;
      try (Stream<Path> files = Files.list(SECTIONS)) {
        sections = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
      }
      StringBuilder report = new StringBuilder("# Benchmark\n\n- machine: ").append(BenchmarkApplication.machine())
          .append("\n- figures of this run, key by key: `summary.json`\n\n");
      for (Path section : sections) {
        report.append(Files.readString(section, StandardCharsets.UTF_8).strip()).append("\n\n");
      }
      Files.writeString(FILE, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE, e);
    }
  }
}
