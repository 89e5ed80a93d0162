package vn.laichau.thidua.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table read from a file people prepare: CSV (Apache Commons CSV; UTF-8, a byte order mark allowed, commas or
 * semicolons as Excel writes them where the comma is the decimal mark, fields in double quotes) or the first sheet of
 * an Excel workbook (XLSX, Apache POI; cells read as Excel shows them, so 120 stays "120" and a formula gives its
 * value). The first row is the header; every cell is trimmed.
 *
 * @param header the column names as written
 * @param rows   the rows after the header, in file order, blank ones included (an import skips them itself)
 */
public record TableFile(List<String> header, List<Line> rows) {

  /** The media type of an Excel workbook, for a request body. */
  public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The first bytes of a ZIP archive, which an XLSX workbook is. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /**
   * One row: its line in the file (the row number Excel shows, or the CSV record's number, the header being 1) and
   * its cells.
   */
  public record Line(int number, List<String> cells) {

    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }

    /** The cell of that column, "" when the row is shorter. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /** Reads an XLSX workbook when the bytes are one, else CSV. */
  public static TableFile read(byte[] content) {
    return isXlsx(content) ? xlsx(content) : csv(new String(content, StandardCharsets.UTF_8));
  }

  public static boolean isXlsx(byte[] content) {
    if (content.length < ZIP.length) {
      return false;
    }
    for (int i = 0; i < ZIP.length; i++) {
      if (content[i] != ZIP[i]) {
        return false;
      }
    }
    return true;
  }

  public static TableFile csv(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(separatorOf(content))
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .get();
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidTableException("Không đọc được tệp CSV: " + e.getMessage()
          + " (kiểm tra dấu ngoặc kép: một ô có dấu phẩy phải đặt trong \"…\", dấu \" trong ô viết thành \"\").");
    }
    if (records.isEmpty()) {
      return new TableFile(List.of(), List.of());
    }
    List<Line> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      rows.add(new Line(i + 1, records.get(i)));
    }
    return new TableFile(records.get(0), rows);
  }

  public static TableFile xlsx(byte[] content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return new TableFile(List.of(), List.of());
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      List<String> header = null;
      List<Line> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip());
        }
        // a sheet keeps no empty cells at the end of a row: a row is as wide as the header, unless it has more
        int width = header == null ? 0 : header.size();
        while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        while (cells.size() < width) {
          cells.add("");
        }
        if (header == null) {
          if (!cells.isEmpty()) {
            header = cells;
          }
        } else {
          rows.add(new Line(row.getRowNum() + 1, cells));
        }
      }
      return new TableFile(header == null ? List.of() : header, rows);
    } catch (IOException | RuntimeException e) {
      throw new InvalidTableException("Không đọc được tệp Excel (XLSX): " + e.getMessage());
    }
  }

  /** The header's names, lower-cased, each mapped to its column. */
  public Map<String, Integer> columns() {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    return columns;
  }

  /** The rows as maps from column name (as written) to value, without blank rows; a row must fit the header. */
  public List<Map<String, String>> records(String sourceName) {
    List<Map<String, String>> records = new ArrayList<>();
    for (Line line : rows) {
      if (line.isBlank()) {
        continue;
      }
      if (line.cells().size() != header.size()) {
        throw new InvalidTableException(sourceName + " dòng " + line.number() + " có " + line.cells().size()
            + " cột, dòng tiêu đề có " + header.size());
      }
      Map<String, String> record = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        record.put(header.get(c).strip(), line.cells().get(c));
      }
      records.add(record);
    }
    return records;
  }

  /**
   * This table as an XLSX workbook of one sheet, the header in bold and frozen; a whole number is written as a number,
   * everything else as text, so the workbook reads back to the same cells.
   */
  public byte[] toXlsx(String sheetName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = first.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> cells = rows.get(r).cells();
        for (int c = 0; c < cells.size(); c++) {
          String value = cells.get(c);
          if (value.matches("-?\\d{1,9}")) {
            row.createCell(c).setCellValue(Integer.parseInt(value));
          } else {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      for (int c = 0; c < header.size(); c++) {
        sheet.autoSizeColumn(c);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  /** The file is not a table this application can read; the message says why, in Vietnamese. */
  public static class InvalidTableException extends RuntimeException {
    public InvalidTableException(String message) {
      super(message);
    }
  }
}
