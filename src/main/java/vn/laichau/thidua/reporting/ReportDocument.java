package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.reporting.CampaignProgress.DistrictProgress;
import vn.laichau.thidua.reporting.CampaignProgress.EscalationLine;
import vn.laichau.thidua.reporting.CampaignProgress.LevelProgress;
import vn.laichau.thidua.reporting.CampaignProgress.MilestoneProgress;
import vn.laichau.thidua.reporting.CampaignProgress.PilotProgress;
import vn.laichau.thidua.reporting.CampaignProgress.UnitLine;

/**
 * The report of Sở Nội vụ to UBND tỉnh (R9, plan IV closing paragraph): the campaign's progress and results as one HTML
 * document, which opens in a browser and in Word. Its figures are those of {@link CampaignProgress}, the same the
 * progress API answers.
 */
public final class ReportDocument {

  private ReportDocument() {
  }

  public static String html(CampaignProgress p, List<String> nationalDelegates) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
        .append(e("Báo cáo kết quả tổ chức Đại hội Thi đua yêu nước các cấp – " + p.campaignName()))
        .append("</title><style>body{font-family:'Times New Roman',serif;font-size:13pt}"
            + "table{border-collapse:collapse;margin-bottom:12pt}td,th{border:1px solid #000;padding:2pt 4pt}"
            + "td.n{text-align:right}</style></head><body>\n");
    h.append("<p>SỞ NỘI VỤ</p>\n<h1>BÁO CÁO</h1>\n<h2>Kết quả tổ chức Đại hội Thi đua yêu nước, Hội nghị biểu dương,"
        + " tôn vinh điển hình tiên tiến các cấp</h2>\n");
    h.append("<p>Đợt thi đua: ").append(e(p.campaignName())).append(" (mã ").append(e(p.campaignId()))
        .append("). Số liệu tính đến ngày ").append(d(p.asOf())).append(".</p>\n");

    Counts t = p.totals();
    h.append("<h3>I. Kết quả chung</h3>\n<p>Tổng số đơn vị: ").append(t.units()).append("; đã tổ chức đúng hạn: ")
        .append(t.heldOnTime()).append("; đã tổ chức quá hạn: ").append(t.heldLate())
        .append("; đã tổ chức, quá hạn báo cáo kết quả: ").append(t.heldResultsOverdue()).append("; không tổ chức: ")
        .append(t.notHeld()).append("; đang chuẩn bị: ").append(t.drafting() + t.underReview() + t.approved())
        .append(". Số tập thể được khen thưởng: ").append(t.commendedCollectives())
        .append("; số cá nhân được khen thưởng: ").append(t.commendedIndividuals())
        .append("; số đại biểu được bầu đi dự Đại hội cấp trên: ").append(t.upperDelegates()).append(".</p>\n");

    // R7, R13: the provincial congress did not wait for these units; the report says who they were
    if (!p.missingAtProvincialStart().isEmpty()) {
      h.append("<p>Khi bắt đầu chuẩn bị Đại hội Thi đua yêu nước tỉnh, ").append(p.missingAtProvincialStart().size())
          .append(" đơn vị chưa hoàn thành Đại hội (Hội nghị) của mình:</p>\n<table><tr><th>Đơn vị</th><th>Hạn</th>"
              + "<th>Tình trạng hiện nay</th></tr>\n");
      for (UnitLine unit : p.missingAtProvincialStart()) {
        h.append("<tr><td>").append(e(unit.name())).append("</td><td>").append(d(unit.lastDay())).append("</td><td>")
            .append(e(unit.status())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h3>II. Theo cấp</h3>\n");
    h.append(header("Cấp", "Hạn cuối"));
    for (LevelProgress level : p.levels()) {
      h.append(row(level.label(), d(level.lastDay()), level.counts()));
    }
    h.append("</table>\n");

    h.append("<h3>III. Theo huyện, thành phố</h3>\n");
    h.append(header("Huyện, thành phố", "Mã"));
    for (DistrictProgress district : p.districts()) {
      h.append(row(district.districtName(), district.districtCode() == null ? "" : district.districtCode(),
          district.counts()));
    }
    h.append("</table>\n");

    h.append("<h3>IV. Việc của Sở Nội vụ và các mốc của Kế hoạch</h3>\n<table><tr><th>Nội dung</th><th>Hạn</th>"
        + "<th>Hoàn thành</th><th>Văn bản, ghi chú</th></tr>\n");
    for (MilestoneProgress m : p.milestones()) {
      h.append("<tr><td>").append(e(m.label())).append("</td><td>").append(d(m.lastDay())).append("</td><td>")
          .append(m.doneOn() == null ? "Chưa hoàn thành" : d(m.doneOn()))
          .append(late(m) ? " (quá hạn)" : "").append("</td><td>").append(e(m.reference())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h3>V. Phát động đợt thi đua đặc biệt</h3>\n<p>").append(p.driveLaunch().confirmed()).append("/")
        .append(p.driveLaunch().expected()).append(" huyện, thành phố và cơ quan cấp tỉnh đã xác nhận phát động.");
    if (!p.driveLaunch().notLaunched().isEmpty()) {
      h.append(" Chưa phát động: ").append(e(names(p.driveLaunch().notLaunched()))).append(".");
    }
    if (!p.driveLaunch().pending().isEmpty()) {
      h.append(" Chưa xác nhận: ").append(e(names(p.driveLaunch().pending()))).append(".");
    }
    h.append("</p>\n");

    h.append("<h3>VI. Chỉ đạo điểm</h3>\n<table><tr><th>Đơn vị</th><th>Hạn</th><th>Kết quả</th></tr>\n");
    for (PilotProgress pilot : p.pilots()) {
      h.append("<tr><td>").append(e(pilot.unitName())).append("</td><td>").append(d(pilot.lastDay()))
          .append("</td><td>").append(e(pilot.status() == null ? "Chưa bắt đầu" : pilot.status().label()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h3>VII. Các lần đôn đốc khi quá hạn</h3>\n<table><tr><th>Nội dung</th><th>Đơn vị</th><th>Hạn</th>"
        + "<th>Xử lý</th><th>Hạn mới</th><th>Lý do</th></tr>\n");
    for (EscalationLine esc : p.escalations()) {
      h.append("<tr><td>").append(e(esc.label())).append("</td><td>").append(e(esc.unitName())).append("</td><td>")
          .append(d(esc.lastDay())).append("</td><td>").append(e(resolution(esc.resolution()))).append("</td><td>")
          .append(d(esc.newLastDay())).append("</td><td>").append(e(esc.reason())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h3>VIII. Đại biểu của tỉnh dự Đại hội Thi đua yêu nước toàn quốc</h3>\n<ol>\n");
    for (String delegate : nationalDelegates) {
      h.append("<li>").append(e(delegate)).append("</li>\n");
    }
    h.append("</ol>\n</body></html>\n");
    return h.toString();
  }

  private static boolean late(MilestoneProgress m) {
    return m.lastDay() != null && m.doneOn() != null && m.doneOn().isAfter(m.lastDay());
  }

  static String resolution(String code) {
    if (code == null) {
      return "Chưa xử lý";
    }
    return switch (code) {
      case "EXTEND" -> "Gia hạn";
      case "NOT_HELD" -> "Ghi nhận không tổ chức";
      case "CLOSE" -> "Kết thúc đôn đốc";
      case "DONE" -> "Đã hoàn thành";
      case "PICK" -> "Sở Nội vụ chọn thay";
      case "NONE" -> "Không có xã điểm";
      case "OVERTAKEN" -> "Đã đến ngày tổ chức";
      default -> code;
    };
  }

  private static String header(String first, String second) {
    return "<table><tr><th>" + e(first) + "</th><th>" + e(second) + "</th><th>Số đơn vị</th><th>Đang lập kế hoạch</th>"
        + "<th>Đang thẩm định</th><th>Đã duyệt</th><th>Tổ chức đúng hạn</th><th>Tổ chức quá hạn</th>"
        + "<th>Không tổ chức</th><th>Đang quá hạn</th><th>Tập thể được khen</th><th>Cá nhân được khen</th>"
        + "<th>Đại biểu đi dự cấp trên</th></tr>\n";
  }

  private static String row(String first, String second, Counts c) {
    return "<tr><td>" + e(first) + "</td><td>" + e(second) + "</td>" + n(c.units()) + n(c.drafting())
        + n(c.underReview()) + n(c.approved()) + n(c.heldOnTime()) + n(c.heldLate()) + n(c.notHeld()) + n(c.overdue())
        + n(c.commendedCollectives()) + n(c.commendedIndividuals()) + n(c.upperDelegates()) + "</tr>\n";
  }

  private static String n(int value) {
    return "<td class=\"n\">" + value + "</td>";
  }

  private static String names(List<UnitLine> units) {
    return String.join("; ", units.stream().map(UnitLine::name).toList());
  }

  private static String d(LocalDate day) {
    return VietnamTime.format(day);
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
