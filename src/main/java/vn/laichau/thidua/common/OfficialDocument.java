package vn.laichau.thidua.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I), written with Apache POI: A4
 * portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman; the issuing body and the number on
 * the left and the Quốc hiệu, Tiêu ngữ and place-and-date line on the right of the heading; the title; the body (here
 * tables); the signature block; the recipients (Nơi nhận). Used for every list the application prints.
 */
public final class OfficialDocument {

  public static final String FONT = "Times New Roman";
  public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  /** A4 and the margins in twentieths of a point (1 mm = 56.7). */
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  static final int MARGIN_TOP_BOTTOM = 1134;
  static final int MARGIN_LEFT = 1701;
  static final int MARGIN_RIGHT = 851;
  /** The width of the text between the margins, in twips. */
  public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  static final int BODY_SIZE = 14;
  static final int HEADING_SIZE = 13;
  static final int TABLE_SIZE = 12;

  /**
   * What the heading and the closing say.
   *
   * @param parentBody    the body above the issuer (upper case), e.g. "UBND TỈNH LAI CHÂU"; may be empty
   * @param issuingBody   the issuer (upper case, bold)
   * @param number        the number line, e.g. "Số:      /DS-BTC"
   * @param place         the place of the date line, e.g. "Lai Châu"
   * @param signerCapacity e.g. "TM. BAN TỔ CHỨC"
   * @param signerTitle   e.g. "TRƯỞNG BAN"
   * @param recipients    the lines under "Nơi nhận:"
   */
  public record Heading(String parentBody, String issuingBody, String number, String place, LocalDate date,
      String title, String subject, String signerCapacity, String signerTitle, List<String> recipients) {
  }

  /** A titled table of the body: a bold header row, then one row a line. */
  public record Table(String caption, List<String> header, int[] widths, List<List<String>> rows) {
  }

  private OfficialDocument() {
  }

  public static byte[] docx(Heading heading, List<Table> tables) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document);
      heading(document, heading);
      XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
      title.setSpacingBefore(240);
      run(title, heading.title(), BODY_SIZE, true, false);
      XWPFParagraph subject = paragraph(document, ParagraphAlignment.CENTER);
      subject.setSpacingAfter(240);
      run(subject, heading.subject(), BODY_SIZE, true, false);
      for (Table table : tables) {
        if (table.caption() != null) {
          run(paragraph(document, ParagraphAlignment.LEFT), table.caption(), BODY_SIZE, true, false);
        }
        List<List<String>> rows = table.rows().isEmpty()
            ? List.of(List.of("(không có)")) : table.rows();
        XWPFTable t = document.createTable(rows.size() + 1, table.header().size());
        width(t, table.widths());
        fill(t.getRow(0), table.header(), true);
        for (int r = 0; r < rows.size(); r++) {
          fill(t.getRow(r + 1), rows.get(r), false);
        }
        paragraph(document, ParagraphAlignment.LEFT);
      }
      closing(document, heading);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * "Lai Châu, ngày 05 tháng 02 năm 2025", as Nghị định 30 writes a date: a day below 10 and the months 1 and 2 with a
   * leading zero, the other months without ("ngày 01 tháng 3").
   */
  public static String placeAndDate(String place, LocalDate day) {
    int month = day.getMonthValue();
    return String.format("%s, ngày %02d tháng %s năm %d", place, day.getDayOfMonth(),
        month < 3 ? String.format("%02d", month) : String.valueOf(month), day.getYear());
  }

  /** A4 portrait with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm). */
  public static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
    margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
  }

  /** The two-column heading without borders: issuer and number left, national name, motto and date right. */
  private static void heading(XWPFDocument document, Heading h) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    width(table, new int[] {TEXT_WIDTH * 2 / 5, TEXT_WIDTH - TEXT_WIDTH * 2 / 5});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph parent = left.getParagraphs().get(0);
    parent.setAlignment(ParagraphAlignment.CENTER);
    run(parent, h.parentBody(), HEADING_SIZE, false, false);
    XWPFParagraph issuer = left.addParagraph();
    issuer.setAlignment(ParagraphAlignment.CENTER);
    run(issuer, h.issuingBody(), HEADING_SIZE, true, false);
    XWPFParagraph number = left.addParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    run(number, h.number(), HEADING_SIZE, false, false);
    XWPFParagraph nation = right.getParagraphs().get(0);
    nation.setAlignment(ParagraphAlignment.CENTER);
    run(nation, NATIONAL_NAME, 12, true, false);
    XWPFParagraph motto = right.addParagraph();
    motto.setAlignment(ParagraphAlignment.CENTER);
    run(motto, MOTTO, HEADING_SIZE, true, false);
    XWPFParagraph date = right.addParagraph();
    date.setAlignment(ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    run(date, placeAndDate(h.place(), h.date()), HEADING_SIZE, false, true);
  }

  /** Recipients on the left, the signer's capacity and title on the right, room for the signature. */
  private static void closing(XWPFDocument document, Heading h) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    width(table, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph received = left.getParagraphs().get(0);
    run(received, "Nơi nhận:", 12, true, true);
    for (String recipient : h.recipients()) {
      run(left.addParagraph(), recipient, 11, false, false);
    }
    XWPFParagraph capacity = right.getParagraphs().get(0);
    capacity.setAlignment(ParagraphAlignment.CENTER);
    run(capacity, h.signerCapacity(), HEADING_SIZE, true, false);
    XWPFParagraph title = right.addParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    run(title, h.signerTitle(), HEADING_SIZE, true, false);
    XWPFParagraph sign = right.addParagraph();
    sign.setAlignment(ParagraphAlignment.CENTER);
    run(sign, "(Ký, ghi rõ họ tên, đóng dấu)", HEADING_SIZE, false, true);
  }

  private static void width(XWPFTable table, int[] widths) {
    table.setTableAlignment(TableRowAlign.CENTER);
    CTTblWidth total = table.getCTTbl().getTblPr().addNewTblW();
    total.setType(STTblWidth.DXA);
    total.setW(BigInteger.valueOf(TEXT_WIDTH));
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
        CTTblWidth w = row.getCell(c).getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(widths[c]));
      }
    }
  }

  private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
    for (int c = 0; c < values.size() && c < row.getTableCells().size(); c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
      p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      run(p, values.get(c), TABLE_SIZE, bold, false);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
    XWPFParagraph p = document.createParagraph();
    p.setAlignment(alignment);
    return p;
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text == null ? "" : text);
  }
}
