package vn.laichau.thidua.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel workbooks (XLSX) as people send them: a number stays a number cell, a text a text cell. */
public final class Workbooks {

  private Workbooks() {
  }

  /**
   * One sheet with these rows; {@code null} leaves a cell empty, an empty list leaves the row out (a gap in the sheet),
   * a text starting with "=" is a formula.
   */
  public static byte[] xlsx(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Danh sách");
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r).isEmpty()) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value.toString().startsWith("=")) {
            cell.setCellFormula(value.toString().substring(1));
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
