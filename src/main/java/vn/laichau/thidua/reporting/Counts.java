package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The figures of a group of congresses (a level, a district, the whole campaign): how many stand at each step, how
 * many are overdue (R7; a unit can be overdue while drafting or under review, so {@code overdue} overlaps the steps),
 * and the totals of their reported results (R9).
 */
public record Counts(int units, int drafting, int underReview, int approved, int heldResultsOverdue, int heldOnTime,
    int heldLate, int notHeld, int cancelled, int overdue, int attendance, int commendedCollectives, int commendedIndividuals,
    int upperDelegates) {

  public static Counts of(Collection<CongressProgress> rows, LocalDate today) {
    int drafting = 0;
    int underReview = 0;
    int approved = 0;
    int heldResultsOverdue = 0;
    int heldOnTime = 0;
    int heldLate = 0;
    int notHeld = 0;
    int cancelled = 0;
    int overdue = 0;
    int attendance = 0;
    int collectives = 0;
    int individuals = 0;
    int delegates = 0;
    for (CongressProgress row : rows) {
      switch (row.status()) {
        case DRAFTING -> drafting++;
        case UNDER_REVIEW -> underReview++;
        case APPROVED -> approved++;
        case HELD_RESULTS_OVERDUE -> heldResultsOverdue++;
        case HELD_ON_TIME -> heldOnTime++;
        case HELD_LATE -> heldLate++;
        case NOT_HELD -> notHeld++;
        case CANCELLED -> cancelled++;
      }
      if (row.isOverdueOn(today)) {
        overdue++;
      }
      attendance += zeroIfNull(row.attendance());
      collectives += zeroIfNull(row.commendedCollectives());
      individuals += zeroIfNull(row.commendedIndividuals());
      delegates += zeroIfNull(row.upperDelegates());
    }
    return new Counts(rows.size(), drafting, underReview, approved, heldResultsOverdue, heldOnTime, heldLate, notHeld,
        cancelled, overdue,
        attendance, collectives, individuals, delegates);
  }

  private static int zeroIfNull(Integer value) {
    return value == null ? 0 : value;
  }
}
