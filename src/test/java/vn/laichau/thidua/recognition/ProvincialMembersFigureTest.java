package vn.laichau.thidua.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * R3, R12: the provincial congress's members, from below and invited, in one figure against the approved plan and the
 * range of the table {@code delegateQuota} (405–495), at the range's boundaries.
 */
class ProvincialMembersFigureTest {

  @Test
  void atTheBoundsOfTheRangeTheFigureHasNoWarning() {
    assertThat(UpwardResults.membersFigure(400, 50, 450, 405, 495)).isEqualTo("Đại hội tỉnh có 450 đại biểu: 400 do"
        + " các đơn vị cấp dưới bầu và 50 được mời; kế hoạch đã duyệt 450 đại biểu; trong khung từ 405 đến 495 đại"
        + " biểu.");
    assertThat(UpwardResults.membersFigure(400, 5, 450, 405, 495)).isEqualTo("Đại hội tỉnh có 405 đại biểu: 400 do"
        + " các đơn vị cấp dưới bầu và 5 được mời; kế hoạch đã duyệt 450 đại biểu (ít hơn 45); trong khung từ 405"
        + " đến 495 đại biểu.");
    assertThat(UpwardResults.membersFigure(495, 0, 450, 405, 495)).isEqualTo("Đại hội tỉnh có 495 đại biểu: 495 do"
        + " các đơn vị cấp dưới bầu và 0 được mời; kế hoạch đã duyệt 450 đại biểu (nhiều hơn 45); trong khung từ 405"
        + " đến 495 đại biểu.");
  }

  @Test
  void oneBelowOrAboveTheRangeIsAWarning() {
    assertThat(UpwardResults.membersFigure(400, 4, null, 405, 495)).isEqualTo("Cảnh báo: Đại hội tỉnh có 404 đại"
        + " biểu: 400 do các đơn vị cấp dưới bầu và 4 được mời; thiếu 1 người so với khung từ 405 đến 495 đại biểu.");
    assertThat(UpwardResults.membersFigure(490, 6, 495, 405, 495)).isEqualTo("Cảnh báo: Đại hội tỉnh có 496 đại"
        + " biểu: 490 do các đơn vị cấp dưới bầu và 6 được mời; kế hoạch đã duyệt 495 đại biểu (nhiều hơn 1); vượt 1"
        + " người so với khung từ 405 đến 495 đại biểu.");
  }
}
