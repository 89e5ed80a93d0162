package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.util.Collection;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressStatus;

/**
 * The figures of a group of congresses (a level, a district, the whole campaign): how many stand at each step, how
 * many are overdue (R7; a unit can be overdue while drafting or under review, so {@code overdue} overlaps the steps),
 * and the totals of their reported results (R9). The fixed shape of {@code /progress}; {@link Dashboard.Tally} counts
 * them.
 */
public record Counts(int units, int drafting, int underReview, int approved, int heldResultsOverdue, int heldOnTime,
    int heldLate, int notHeld, int cancelled, int overdue, int attendance, int commendedCollectives, int commendedIndividuals,
    int upperDelegates) {

  public static Counts of(Collection<CongressProgress> rows, LocalDate today) {
    Dashboard.Tally t = Dashboard.Tally.of(rows, today);
    return new Counts(t.units(), t.count(CongressStatus.DRAFTING), t.count(CongressStatus.UNDER_REVIEW),
        t.count(CongressStatus.APPROVED), t.count(CongressStatus.HELD_RESULTS_OVERDUE),
        t.count(CongressStatus.HELD_ON_TIME), t.count(CongressStatus.HELD_LATE), t.count(CongressStatus.NOT_HELD),
        t.count(CongressStatus.CANCELLED), t.overdue(), t.attendance(), t.commendedCollectives(),
        t.commendedIndividuals(), t.upperDelegates());
  }
}
