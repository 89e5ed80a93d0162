package vn.laichau.thidua.unit;

import java.util.List;

/**
 * What an import of units did: every line created or updated, or, when any line is refused, nothing and every refused
 * line with its reason.
 *
 * @param applied false when the file was refused: then nothing of it is stored, and {@code created} and
 *                {@code updated} are empty
 */
public record UnitsImportReport(boolean applied, List<Saved> created, List<Saved> updated, List<Refused> refused) {

  /** A unit saved from a line: what the registry now holds of the facts an import sets. */
  public record Saved(int line, String code, String name, Integer staffCount, String councilMember) {
  }

  /** A line not imported, and why (in Vietnamese, for Sở Nội vụ). */
  public record Refused(int line, String code, String reason) {
  }
}
