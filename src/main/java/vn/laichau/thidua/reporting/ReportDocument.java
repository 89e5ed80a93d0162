package vn.laichau.thidua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import vn.laichau.thidua.campaign.progress.CongressProgressRecorder;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.common.OfficialDocument;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.reporting.CampaignProgress.EscalationLine;
import vn.laichau.thidua.reporting.CampaignProgress.LateLine;
import vn.laichau.thidua.reporting.CampaignProgress.MilestoneProgress;
import vn.laichau.thidua.reporting.CampaignProgress.PilotProgress;
import vn.laichau.thidua.reporting.CampaignProgress.UnitLine;
import vn.laichau.thidua.reporting.Dashboard.DistrictTally;
import vn.laichau.thidua.reporting.Dashboard.LevelTally;
import vn.laichau.thidua.reporting.Dashboard.Tally;

/**
 * The report of Sở Nội vụ to UBND tỉnh (R9, plan IV) as a Word document in the layout of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman; the issuing body
 * and the national motto side by side, the number and the place and date under them, the title, the content, then
 * the recipients and the signature side by side. The same document whether asked for during the campaign or compiled
 * at its end; its figures are those of the dashboard and the progress, computed from the same rows.
 */
public final class ReportDocument {

  static final String FONT = OfficialDocument.FONT;
  static final String PARENT_BODY = "UBND TỈNH LAI CHÂU";
  static final String ISSUING_BODY = "SỞ NỘI VỤ";
  static final String NATIONAL_NAME = OfficialDocument.NATIONAL_NAME;
  static final String MOTTO = OfficialDocument.MOTTO;
  static final String NUMBER = "Số:        /BC-SNV";
  static final String PLACE = "Lai Châu";
  static final String TITLE = "BÁO CÁO";
  static final String SIGNER = "GIÁM ĐỐC";
  static final String RECIPIENTS = "Nơi nhận:";
  static final List<String> RECIPIENT_LINES = List.of("- UBND tỉnh (để báo cáo);",
      "- Hội đồng Thi đua - Khen thưởng tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;",
      "- UBND các huyện, thành phố;", "- Lưu: VT, CCVTLT.");

  /** The width of the text between the decree's margins ({@link OfficialDocument#page}). */
  static final int TEXT_WIDTH = OfficialDocument.TEXT_WIDTH;
  static final int BODY_SIZE = 14;
  static final int TABLE_SIZE = 11;
  static final int TABLE_HEADER_SIZE = 9;

  private final XWPFDocument doc = new XWPFDocument();

  private ReportDocument() {
  }

  /** The title's second line: progress while congresses are still open, results once every one has ended. */
  static String subject(Tally totals) {
    boolean open = CongressStatus.open().stream().anyMatch(s -> totals.count(s) > 0);
    return (open ? "Tiến độ" : "Kết quả") + " tổ chức Đại hội Thi đua yêu nước, Hội nghị biểu dương, tôn vinh điển hình"
        + " tiên tiến các cấp";
  }

  /** "Lai Châu, ngày 05 tháng 02 năm 2025", as the decree writes it ({@link OfficialDocument#placeAndDate}). */
  static String placeAndDate(LocalDate day) {
    return OfficialDocument.placeAndDate(PLACE, day);
  }

  public static byte[] docx(CampaignProgress progress, Dashboard dashboard, List<String> nationalDelegates) {
    ReportDocument report = new ReportDocument();
    report.write(progress, dashboard, nationalDelegates);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      report.doc.write(out);
      report.doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(CampaignProgress p, Dashboard d, List<String> nationalDelegates) {
    page();
    header(p.asOf());
    XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, 240, 0);
    run(title, TITLE, BODY_SIZE, true, false);
    XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER, 0, 0);
    run(subject, subject(d.totals()), BODY_SIZE, true, false);
    XWPFParagraph campaign = paragraph(ParagraphAlignment.CENTER, 0, 240);
    run(campaign, "Đợt thi đua: " + p.campaignName() + " (số liệu đến ngày " + VietnamTime.format(p.asOf()) + ")",
        BODY_SIZE, false, true);

    Tally t = d.totals();
    heading("I. KẾT QUẢ CHUNG");
    body("Tổng số đơn vị tổ chức Đại hội, Hội nghị: " + t.units() + ". " + statusSentence(t) + " Đang quá hạn: "
        + t.overdue() + ".");
    body("Số tập thể được khen thưởng: " + t.commendedCollectives() + "; số cá nhân được khen thưởng: "
        + t.commendedIndividuals() + "; số đại biểu được bầu đi dự Đại hội cấp trên: " + t.upperDelegates()
        + "; tổng số đại biểu dự Đại hội, Hội nghị: " + t.attendance() + ".");
    // R7, R13: the provincial congress did not wait for these units; the report says who they were
    if (!p.missingAtProvincialStart().isEmpty()) {
      body("Khi bắt đầu chuẩn bị Đại hội Thi đua yêu nước tỉnh, " + p.missingAtProvincialStart().size()
          + " đơn vị chưa hoàn thành Đại hội (Hội nghị) của mình:");
      List<List<String>> missingRows = new ArrayList<>();
      int index = 1;
      for (UnitLine unit : p.missingAtProvincialStart()) {
        missingRows.add(List.of(String.valueOf(index++), unit.name(), VietnamTime.format(unit.lastDay()),
            unit.status()));
      }
      table(List.of("STT", "Đơn vị", "Hạn cuối", "Tình trạng hiện nay"), missingRows);
    }

    heading("II. TỔNG HỢP THEO CẤP");
    List<List<String>> levelRows = new ArrayList<>();
    for (LevelTally level : d.levels()) {
      levelRows.add(tallyRow(level.label() + " (hạn " + VietnamTime.format(level.lastDay()) + ")", level.tally()));
    }
    levelRows.add(tallyRow("Tổng cộng", t));
    table(tallyHeader("Cấp"), levelRows);

    heading("III. TỔNG HỢP THEO HUYỆN, THÀNH PHỐ");
    List<List<String>> districtRows = new ArrayList<>();
    for (DistrictTally district : d.districts()) {
      districtRows.add(tallyRow(district.districtName(), district.tally()));
    }
    table(tallyHeader("Huyện, thành phố"), districtRows);

    heading("IV. ĐƠN VỊ TỔ CHỨC QUÁ HẠN, ĐANG QUÁ HẠN, KHÔNG TỔ CHỨC");
    if (p.lateUnits().isEmpty()) {
      body("Không có đơn vị nào tổ chức quá hạn hoặc không tổ chức.");
    } else {
      List<List<String>> lateRows = new ArrayList<>();
      int index = 1;
      for (LateLine late : p.lateUnits()) {
        lateRows.add(List.of(String.valueOf(index++), late.name(), VietnamTime.format(late.lastDay()),
            late.overdue() ? "Đang quá hạn" : late.status().label(), String.valueOf(late.daysLate()),
            late.reason() == null || late.reason().isBlank() ? "Chưa có quyết định xử lý" : late.reason()));
      }
      table(List.of("STT", "Đơn vị", "Hạn cuối", "Tình trạng", "Số ngày quá hạn", "Lý do"), lateRows);
    }

    heading("V. CÁC MỐC CỦA KẾ HOẠCH VÀ VIỆC CỦA SỞ NỘI VỤ");
    List<List<String>> milestoneRows = new ArrayList<>();
    for (MilestoneProgress m : p.milestones()) {
      milestoneRows.add(List.of(m.label(), VietnamTime.format(m.lastDay()),
          m.doneOn() == null ? (m.overdue() ? "Chưa hoàn thành (quá hạn)" : "Chưa hoàn thành")
              : VietnamTime.format(m.doneOn()), m.reference() == null ? "" : m.reference()));
    }
    table(List.of("Nội dung", "Hạn", "Hoàn thành", "Văn bản"), milestoneRows);

    heading("VI. PHÁT ĐỘNG ĐỢT THI ĐUA ĐẶC BIỆT VÀ CHỈ ĐẠO ĐIỂM");
    StringBuilder drive = new StringBuilder().append(p.driveLaunch().confirmed()).append('/')
        .append(p.driveLaunch().expected()).append(" huyện, thành phố và cơ quan cấp tỉnh đã xác nhận phát động.");
    if (!p.driveLaunch().notLaunched().isEmpty()) {
      drive.append(" Chưa phát động: ").append(names(p.driveLaunch().notLaunched())).append('.');
    }
    if (!p.driveLaunch().pending().isEmpty()) {
      drive.append(" Chưa xác nhận: ").append(names(p.driveLaunch().pending())).append('.');
    }
    body(drive.toString());
    List<List<String>> pilotRows = new ArrayList<>();
    for (PilotProgress pilot : p.pilots()) {
      pilotRows.add(List.of(pilot.unitName(), VietnamTime.format(pilot.lastDay()),
          pilot.status() == null ? "Chưa bắt đầu" : pilot.status().label()));
    }
    if (!pilotRows.isEmpty()) {
      table(List.of("Đơn vị chỉ đạo điểm", "Hạn", "Tình trạng"), pilotRows);
    }

    heading("VII. ĐÔN ĐỐC KHI QUÁ HẠN");
    if (p.escalations().isEmpty()) {
      body("Chưa có lần đôn đốc nào.");
    } else {
      List<List<String>> escalationRows = new ArrayList<>();
      for (EscalationLine e : p.escalations()) {
        escalationRows.add(List.of(e.label(), e.unitName() == null ? "Sở Nội vụ" : e.unitName(),
            VietnamTime.format(e.lastDay()), resolution(e.resolution()), VietnamTime.format(e.newLastDay()),
            e.reason() == null ? "" : e.reason()));
      }
      table(List.of("Nội dung", "Đơn vị", "Hạn", "Xử lý", "Hạn mới", "Lý do"), escalationRows);
    }

    if (!nationalDelegates.isEmpty()) {
      heading("VIII. ĐẠI BIỂU CỦA TỈNH DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC TOÀN QUỐC");
      int index = 1;
      for (String delegate : nationalDelegates) {
        body(index++ + ". " + delegate);
      }
    }

    body("Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.");
    signature();
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
      case CongressProgressRecorder.OVERTAKEN -> "Đã đến ngày tổ chức";
      default -> code;
    };
  }

  /** The columns of a summary table: the group, its units, one per state, the overdue ones. */
  static List<String> tallyHeader(String group) {
    List<String> header = new ArrayList<>(List.of(group, "Số đơn vị"));
    for (CongressStatus status : CongressStatus.values()) {
      header.add(status.label());
    }
    header.add("Đang quá hạn");
    return header;
  }

  static List<String> tallyRow(String group, Tally tally) {
    List<String> row = new ArrayList<>(List.of(group, String.valueOf(tally.units())));
    for (CongressStatus status : CongressStatus.values()) {
      row.add(String.valueOf(tally.count(status)));
    }
    row.add(String.valueOf(tally.overdue()));
    return row;
  }

  private static String statusSentence(Tally t) {
    List<String> parts = new ArrayList<>();
    for (CongressStatus status : CongressStatus.values()) {
      parts.add(status.label() + ": " + t.count(status));
    }
    return String.join("; ", parts) + ".";
  }

  private static String names(List<UnitLine> units) {
    return String.join("; ", units.stream().map(UnitLine::name).toList());
  }

  private void page() {
    OfficialDocument.page(doc);
  }

  /** The two columns over the title: issuing body and number on the left, national name, motto, place and date right. */
  private void header(LocalDate day) {
    XWPFTable table = borderless(2, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    width(table, new int[] {3600, 5754});
    XWPFParagraph parent = cellParagraph(left);
    run(parent, PARENT_BODY, 13, false, false);
    XWPFParagraph body = cellParagraph(left);
    run(body, ISSUING_BODY, 13, true, false);
    run(cellParagraph(left), "_______", 13, false, false);
    XWPFParagraph nation = cellParagraph(right);
    run(nation, NATIONAL_NAME, 13, true, false);
    XWPFParagraph motto = cellParagraph(right);
    run(motto, MOTTO, 14, true, false);
    run(cellParagraph(right), "_______________________", 13, false, false);

    XWPFTableCell number = table.getRow(1).getCell(0);
    XWPFTableCell date = table.getRow(1).getCell(1);
    run(cellParagraph(number), NUMBER, 13, false, false);
    run(cellParagraph(date), placeAndDate(day), 14, false, true);
  }

  /** Recipients on the left (12 pt bold italic, then 11 pt), the signer's title on the right. */
  private void signature() {
    XWPFTable table = borderless(1, 2);
    width(table, new int[] {4677, 4677});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph recipients = left.getParagraphs().get(0);
    recipients.setAlignment(ParagraphAlignment.LEFT);
    run(recipients, RECIPIENTS, 12, true, true);
    for (String line : RECIPIENT_LINES) {
      XWPFParagraph paragraph = left.addParagraph();
      paragraph.setAlignment(ParagraphAlignment.LEFT);
      run(paragraph, line, 11, false, false);
    }
    XWPFParagraph title = right.getParagraphs().get(0);
    title.setAlignment(ParagraphAlignment.CENTER);
    run(title, SIGNER, 14, true, false);
    for (int i = 0; i < 4; i++) {
      right.addParagraph();
    }
  }

  private XWPFTable borderless(int rows, int columns) {
    XWPFTable table = doc.createTable(rows, columns);
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    return table;
  }

  private static void width(XWPFTable table, int[] widths) {
    table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
    table.getRows().forEach(row -> {
      for (int i = 0; i < widths.length; i++) {
        row.getCell(i).setWidth(String.valueOf(widths[i]));
      }
    });
  }

  /** The first (empty) paragraph of a new cell, then new ones; centred. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    XWPFParagraph paragraph = first.getRuns().isEmpty() ? first : cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  /**
   * A table across the text's width: the first column (the names) a third of it when the other columns are many
   * narrow figures, else as wide as the others.
   */
  private void table(List<String> header, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setTableAlignment(TableRowAlign.CENTER);
    int columns = header.size();
    int first = columns > 6 ? TEXT_WIDTH / 3 : TEXT_WIDTH / columns;
    int[] widths = new int[columns];
    Arrays.fill(widths, (TEXT_WIDTH - first) / (columns - 1));
    widths[0] = first;
    width(table, widths);
    // the states' names over narrow columns of figures: smaller, so that words are not broken inside
    fill(table, 0, header, true, columns > 6 ? TABLE_HEADER_SIZE : TABLE_SIZE);
    table.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < rows.size(); i++) {
      fill(table, i + 1, rows.get(i), false, TABLE_SIZE);
    }
    paragraph(ParagraphAlignment.LEFT, 0, 0);
  }

  private static void fill(XWPFTable table, int row, List<String> values, boolean bold, int size) {
    for (int column = 0; column < values.size(); column++) {
      XWPFTableCell cell = table.getRow(row).getCell(column);
      cell.setVerticalAlignment(XWPFVertAlign.CENTER);
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      paragraph.setAlignment(column == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
      paragraph.setSpacingAfter(0);
      run(paragraph, values.get(column), size, bold, false);
    }
  }

  private void heading(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 120, 60);
    paragraph.setIndentationFirstLine(567);
    run(paragraph, text, BODY_SIZE, true, false);
  }

  private void body(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 0, 120);
    paragraph.setIndentationFirstLine(567);
    run(paragraph, text, BODY_SIZE, false, false);
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
  }
}
