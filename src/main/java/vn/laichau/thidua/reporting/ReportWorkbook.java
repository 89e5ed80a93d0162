package vn.laichau.thidua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.unit.Level;

/**
 * The report to UBND tỉnh as a spreadsheet, one sheet per level (R1): a line per unit with where its congress stands,
 * its dates, how late it is and why (as the DOCX's list says), its results, then the level's totals. The same rows
 * as the DOCX and the dashboard.
 */
public final class ReportWorkbook {

  static final List<String> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Huyện, thành phố", "Tình trạng", "Quá hạn",
      "Hạn cuối", "Ngày họp dự kiến", "Ngày tổ chức", "Số ngày quá hạn", "Số đại biểu dự", "Tập thể được khen",
      "Cá nhân được khen", "Đại biểu đi dự cấp trên", "Lý do");
  static final String TOTAL = "Tổng cộng";

  private ReportWorkbook() {
  }

  /** The sheet's name: Excel allows 31 characters and no ":\/?*[]". */
  static String sheetName(Level level) {
    return switch (level) {
      case CO_SO -> "Cấp cơ sở";
      case SO_NGANH_HUYEN -> "Cấp sở, ngành, huyện";
      case TINH -> "Cấp tỉnh";
    };
  }

  public static byte[] xlsx(List<CongressProgress> rows, List<CampaignProgress.LateLine> late,
      Map<String, String> districtNames, LocalDate today) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      bold.setFontName(ReportDocument.FONT);
      header.setFont(bold);
      header.setWrapText(true);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Map<String, CampaignProgress.LateLine> lateByUnit = new HashMap<>();
      late.forEach(line -> lateByUnit.put(line.code(), line));

      for (Level level : Level.values()) {
        Sheet sheet = workbook.createSheet(sheetName(level));
        Row top = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
          Cell cell = top.createCell(c);
          cell.setCellValue(HEADER.get(c));
          cell.setCellStyle(header);
        }
        int r = 1;
        long[] sums = new long[4];
        for (CongressProgress row : rows) {
          if (row.level() != level) {
            continue;
          }
          Row line = sheet.createRow(r++);
          line.createCell(0).setCellValue(row.unitCode());
          line.createCell(1).setCellValue(row.unitName());
          line.createCell(2).setCellValue(row.districtCode() == null ? ""
              : districtNames.getOrDefault(row.districtCode(), row.districtCode()));
          line.createCell(3).setCellValue(row.status().label());
          CampaignProgress.LateLine lateLine = lateByUnit.get(row.unitCode());
          line.createCell(4).setCellValue(row.isOverdueOn(today) ? "Có" : "");
          date(line, 5, row.lastDay(), date);
          date(line, 6, row.meetingDate(), date);
          date(line, 7, row.heldOn(), date);
          line.createCell(8).setCellValue(lateLine == null ? 0 : lateLine.daysLate());
          Integer[] results = {row.attendance(), row.commendedCollectives(), row.commendedIndividuals(),
              row.upperDelegates()};
          for (int k = 0; k < results.length; k++) {
            Cell cell = line.createCell(9 + k);
            if (results[k] != null) {
              cell.setCellValue(results[k]);
              sums[k] += results[k];
            }
          }
          line.createCell(13).setCellValue(lateLine == null || lateLine.reason() == null ? "" : lateLine.reason());
        }
        Row total = sheet.createRow(r);
        Cell label = total.createCell(1);
        label.setCellValue(TOTAL + " (" + (r - 1) + " đơn vị)");
        label.setCellStyle(header);
        for (int k = 0; k < sums.length; k++) {
          total.createCell(9 + k).setCellValue(sums[k]);
        }
        sheet.createFreezePane(2, 1);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(13, 50 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void date(Row line, int column, LocalDate day, CellStyle style) {
    Cell cell = line.createCell(column);
    if (day != null) {
      cell.setCellValue(day);
      cell.setCellStyle(style);
    }
  }
}
