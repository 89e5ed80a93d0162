package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R13's due days at their boundaries: five working days skip weekends and holidays, three days before the meeting caps
 * them, a campaign may set its own durations.
 */
class TurnaroundTest {

  static final LocalDate TET = LocalDate.of(2025, 1, 29);
  final Turnaround turnaround = new Turnaround(new TurnaroundProperties(5, 3, 7, List.of(TET),
      "ubnd-tinh", Map.of("LAICHAU-2030", new TurnaroundProperties.Cycle(10, null, 14))));

  @Test
  void fiveWorkingDaysSkipTheWeekendAndTheHolidays() {
    // Monday 20/01/2025 → Monday 27/01 (Saturday and Sunday are not counted)
    assertThat(turnaround.reviewLastDay("LAICHAU-2025", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 3, 1)))
        .isEqualTo(LocalDate.of(2025, 1, 27));
    // Friday 24/01/2025 → Monday 27, Tuesday 28, (Tết 29), 30, 31, Monday 03/02
    assertThat(turnaround.reviewLastDay("LAICHAU-2025", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 3, 1)))
        .isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(turnaround.isWorkingDay(TET)).isFalse();
    assertThat(turnaround.isWorkingDay(LocalDate.of(2025, 1, 25))).isFalse();
    assertThat(turnaround.isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
  }

  @Test
  void theReviewIsDueThreeDaysBeforeTheMeetingAtTheLatest() {
    LocalDate submitted = LocalDate.of(2025, 1, 20); // five working days: 27/01
    assertThat(turnaround.reviewLastDay("LAICHAU-2025", submitted, LocalDate.of(2025, 1, 30)))
        .as("exactly three days before").isEqualTo(LocalDate.of(2025, 1, 27));
    assertThat(turnaround.reviewLastDay("LAICHAU-2025", submitted, LocalDate.of(2025, 1, 29)))
        .as("one day closer: the cap").isEqualTo(LocalDate.of(2025, 1, 26));
  }

  @Test
  void resultsAreDueSevenDaysAfterTheMeetingAndACampaignMaySetItsOwnDurations() {
    assertThat(turnaround.resultsLastDay("LAICHAU-2025", LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2025, 3, 8));
    assertThat(turnaround.resultsLastDay("LAICHAU-2030", LocalDate.of(2030, 3, 1))).isEqualTo(LocalDate.of(2030, 3, 15));
    // ten working days from Monday 07/01/2030: Monday 21/01; the cap of three days before the meeting is the default's
    assertThat(turnaround.reviewLastDay("LAICHAU-2030", LocalDate.of(2030, 1, 7), LocalDate.of(2030, 3, 1)))
        .isEqualTo(LocalDate.of(2030, 1, 21));
    assertThat(turnaround.reviewLastDay("LAICHAU-2030", LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 20)))
        .isEqualTo(LocalDate.of(2030, 1, 17));
  }
}
