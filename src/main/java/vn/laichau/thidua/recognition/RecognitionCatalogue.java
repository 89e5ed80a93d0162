package vn.laichau.thidua.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.congress.rules.CongressRules;

/**
 * The recognitions a congress honours or proposes (R11): their codes, names and whom they are for come from
 * {@code data/recognitions.csv}; the level that decides each comes from the decision table {@code
 * recognition-decided-by}. The table's answers are kept per deployed version of the table, so a supervisor's new
 * version counts from its deployment on, and a catalogue read does not fill Cockpit with evaluations.
 */
@Component
public class RecognitionCatalogue {

  static final String FILE = "data/recognitions.csv";

  private final CongressRules rules;
  private final List<String[]> entries;
  private volatile String decidedFor;
  private volatile Map<String, Recognition> catalogue = Map.of();

  public RecognitionCatalogue(CongressRules rules) {
    this.rules = rules;
    this.entries = read();
  }

  /** The catalogue in the file's order. */
  public List<Recognition> all() {
    return List.copyOf(current().values());
  }

  public Optional<Recognition> find(String code) {
    return Optional.ofNullable(current().get(code));
  }

  private Map<String, Recognition> current() {
    String table = rules.latestVersionOf(CongressRules.RECOGNITION_DECIDED_BY);
    if (table == null) {
      throw new IllegalStateException("the decision table " + CongressRules.RECOGNITION_DECIDED_BY
          + " is not deployed");
    }
    if (!table.equals(decidedFor)) {
      synchronized (this) {
        if (!table.equals(decidedFor)) {
          catalogue = decide();
          decidedFor = table;
        }
      }
    }
    return catalogue;
  }

  private Map<String, Recognition> decide() {
    Map<String, Recognition> decided = new LinkedHashMap<>();
    for (String[] entry : entries) {
      String code = entry[0];
      String level = rules.recognitionDecidedBy(code).orElseThrow(() -> new IllegalStateException(
          CongressRules.RECOGNITION_DECIDED_BY + " has no row for the recognition " + code));
      DecidingLevel decidedBy = DecidingLevel.fromCode(level).orElseThrow(() -> new IllegalStateException(
          CongressRules.RECOGNITION_DECIDED_BY + " names an unknown level " + level + " for " + code));
      decided.put(code, new Recognition(code, entry[1], Beneficiary.valueOf(entry[2]), decidedBy));
    }
    return decided;
  }

  private static List<String[]> read() {
    TableFile table;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      table = TableFile.read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    if (!table.header().equals(List.of("code", "name", "for"))) {
      throw new IllegalStateException(FILE + " must have the columns code,name,for, not " + table.header());
    }
    List<String[]> read = new ArrayList<>();
    for (TableFile.Line line : table.rows()) {
      if (line.isBlank()) {
        continue;
      }
      String code = line.cell(0);
      if (Beneficiary.fromCode(line.cell(2)).isEmpty() || line.cell(1).isBlank()
          || read.stream().anyMatch(e -> e[0].equals(code))) {
        throw new IllegalStateException(FILE + " line " + line.number() + " is not a recognition: " + line.cells());
      }
      read.add(new String[] {code, line.cell(1), line.cell(2)});
    }
    return List.copyOf(read);
  }
}
