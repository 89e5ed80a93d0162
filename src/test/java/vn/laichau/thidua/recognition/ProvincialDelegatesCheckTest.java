package vn.laichau.thidua.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R3, R12: the province's delegates from below against its range, at the range's boundaries. */
class ProvincialDelegatesCheckTest {

  @Test
  void belowTheRangeTheProvinceInvitesTheRest() {
    assertThat(UpperLevelDelegates.provincialCheck(300, 405, 495)).isEqualTo("Các đơn vị cấp dưới đã bầu 300 đại biểu"
        + " đi dự Đại hội tỉnh; Đại hội tỉnh có từ 405 đến 495 đại biểu: mời thêm từ 105 đến 195 đại biểu.");
  }

  @Test
  void atTheTopOfTheRangeNoMoreMayBeInvitedAndAboveItIsAWarning() {
    assertThat(UpperLevelDelegates.provincialCheck(495, 405, 495)).endsWith(": mời thêm từ 0 đến 0 đại biểu.");
    assertThat(UpperLevelDelegates.provincialCheck(405, 405, 495)).endsWith(": mời thêm từ 0 đến 90 đại biểu.");
    assertThat(UpperLevelDelegates.provincialCheck(496, 405, 495)).isEqualTo("Cảnh báo: Các đơn vị cấp dưới đã bầu"
        + " 496 đại biểu đi dự Đại hội tỉnh; Đại hội tỉnh có từ 405 đến 495 đại biểu, đã vượt 1 người trước khi mời"
        + " thêm.");
  }
}
