package vn.laichau.thidua.identity;

import java.util.List;

/** What an import of officials created and what it refused, line by line. */
public record ImportReport(List<Created> created, List<Refused> refused) {

  /** An official created, with the initial password to hand over (shown only in this report). */
  public record Created(int line, String id, String name, String email, List<String> groups, String initialPassword) {
  }

  /** A line not imported, and why (in Vietnamese, for the administrator). */
  public record Refused(int line, String id, String reason) {
  }
}
