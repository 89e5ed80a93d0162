package vn.laichau.thidua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.unit.Level;

/**
 * The report's readings of Nghị định 30/2020/NĐ-CP and of the campaign's state, at their boundaries: the place and
 * date line writes days below 10 and the months January and February with a leading zero (9 and 10, February and
 * March); the title says "Tiến độ" while one congress is open and "Kết quả" once none is.
 */
class ReportDocumentTest {

  @Test
  void daysBelowTenAndTheFirstTwoMonthsTakeALeadingZero() {
    assertThat(ReportDocument.placeAndDate(LocalDate.of(2025, 1, 9))).isEqualTo("Lai Châu, ngày 09 tháng 01 năm 2025");
    assertThat(ReportDocument.placeAndDate(LocalDate.of(2025, 2, 10)))
        .isEqualTo("Lai Châu, ngày 10 tháng 02 năm 2025");
    assertThat(ReportDocument.placeAndDate(LocalDate.of(2025, 3, 1))).isEqualTo("Lai Châu, ngày 01 tháng 3 năm 2025");
    assertThat(ReportDocument.placeAndDate(LocalDate.of(2025, 12, 31)))
        .isEqualTo("Lai Châu, ngày 31 tháng 12 năm 2025");
  }

  @Test
  void theTitleSaysProgressWhileOneCongressIsOpenAndResultsOnceNoneIs() {
    LocalDate today = LocalDate.of(2025, 10, 1);
    CongressProgress held = row("A", CongressStatus.HELD_ON_TIME);
    CongressProgress notHeld = row("B", CongressStatus.NOT_HELD);
    CongressProgress approved = row("C", CongressStatus.APPROVED);

    assertThat(ReportDocument.subject(Dashboard.Tally.of(List.of(held, notHeld, approved), today)))
        .startsWith("Tiến độ tổ chức Đại hội");
    assertThat(ReportDocument.subject(Dashboard.Tally.of(List.of(held, notHeld), today)))
        .startsWith("Kết quả tổ chức Đại hội");
  }

  private static CongressProgress row(String code, CongressStatus status) {
    return new CongressProgress("LAICHAU-2025", code, "pi-" + code, "Đơn vị " + code, Level.CO_SO, "106", false,
        status, false, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), null, null, null, null, 0, 0, null,
        null, null, null, null, null, null, null, null);
  }
}
