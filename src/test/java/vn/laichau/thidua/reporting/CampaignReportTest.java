package vn.laichau.thidua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.identity.Groups;

/**
 * Sở Nội vụ's report to UBND tỉnh on {@link ProgressFixture}'s campaign, downloaded as UBND tỉnh would and read back
 * cell by cell: the DOCX in the layout of Nghị định 30/2020/NĐ-CP (A4, margins, Times New Roman, the two-column
 * header, number and date line, title, summary tables per level and district, late and not-held units with reasons,
 * signature and recipients), rendered to PDF by LibreOffice headless (A4, page count); the XLSX with one sheet per
 * level.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class CampaignReportTest {

  static final String PASSWORD = "Mat-khau-thu-1";
  static final String UBND = "ubndreport";
  /** 1 mm in twentieths of a point. */
  static final double MM = 56.7;

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identityService;
  @Autowired
  ApplicationContext context;

  @TempDir
  Path folder;

  ProgressFixture fixture;

  @BeforeEach
  void campaignInItsCourse() {
    ProgressFixture.clockAtToday();
    fixture = ProgressFixture.of(context);
    ProgressFixture.member(identityService, UBND, PASSWORD, Groups.UBND_TINH);
    fixture.write();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theDocxHasTheLayoutOfDecree30AndTheFiguresOfTheCampaign() throws Exception {
    byte[] bytes = download("docx", CampaignReport.DOCX_TYPE);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      CTSectPr section = doc.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      CTPageMar margins = section.getPgMar();
      assertThat(mm(margins.getTop())).isBetween(20.0, 25.0);
      assertThat(mm(margins.getBottom())).isBetween(20.0, 25.0);
      assertThat(mm(margins.getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(margins.getRight())).isBetween(15.0, 20.0);

      // every word is Times New Roman; the text outside the tables is 13 or 14 pt
      assertThat(allRuns(doc)).isNotEmpty().allSatisfy(run ->
          assertThat(run.getFontFamily()).as("font of '%s'", run.text()).isEqualTo("Times New Roman"));
      assertThat(doc.getParagraphs()).flatMap(XWPFParagraph::getRuns).allSatisfy(run ->
          assertThat(run.getFontSizeAsDouble()).as("size of '%s'", run.text()).isBetween(13.0, 14.0));

      XWPFTable header = doc.getTables().get(0);
      assertThat(lines(header.getRow(0).getCell(0))).startsWith("UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ");
      assertThat(bold(header.getRow(0).getCell(0), "SỞ NỘI VỤ")).isTrue();
      assertThat(lines(header.getRow(0).getCell(1)))
          .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      assertThat(header.getRow(1).getCell(0).getText()).matches("Số: +/BC-SNV");
      assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Lai Châu, ngày 10 tháng 4 năm 2025");
      assertThat(header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();

      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs).contains("BÁO CÁO", "Tiến độ tổ chức Đại hội Thi đua yêu nước, Hội nghị biểu dương,"
          + " tôn vinh điển hình tiên tiến các cấp");
      assertThat(paragraphs).contains("Tổng số đơn vị tổ chức Đại hội, Hội nghị: 8. Đang xây dựng kế hoạch: 2;"
          + " Đang thẩm định hồ sơ: 1; Đã duyệt, chờ tổ chức: 2; Đã tổ chức, quá hạn báo cáo kết quả: 0;"
          + " Đã tổ chức đúng hạn: 1; Đã tổ chức, quá hạn: 1;"
          + " Không tổ chức: 1; Đã hủy: 0. Đang quá hạn: 2.");

      List<String> statusHeader = Stream.concat(Stream.of("Số đơn vị"),
          Stream.concat(Stream.of(CongressStatus.values()).map(CongressStatus::label), Stream.of("Đang quá hạn")))
          .toList();
      XWPFTable levels = table(doc, "Cấp");
      assertThat(cells(levels.getRow(0)).subList(1, 11)).isEqualTo(statusHeader);
      assertThat(cells(levels.getRow(1))).isEqualTo(List.of(
          "Cấp cơ sở (xã, phường, thị trấn, doanh nghiệp thuộc tỉnh) (hạn 31/03/2025)",
          "6", "1", "1", "1", "0", "1", "1", "1", "0", "2"));
      assertThat(cells(levels.getRow(2))).isEqualTo(List.of(
          "Cấp sở, ngành tỉnh và huyện, thành phố (hạn 30/06/2025)", "2", "1", "0", "1", "0", "0", "0", "0", "0", "0"));
      assertThat(cells(levels.getRow(3))).isEqualTo(List.of(
          "Cấp tỉnh (hạn 30/09/2025)", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
      assertThat(cells(levels.getRow(4))).isEqualTo(List.of(
          "Tổng cộng", "8", "2", "1", "2", "0", "1", "1", "1", "0", "2"));

      XWPFTable districts = table(doc, "Huyện, thành phố");
      assertThat(districts.getRows()).hasSize(1 + 9);
      assertThat(row(districts, "Huyện Tam Đường")).isEqualTo(List.of(
          "Huyện Tam Đường", "4", "1", "0", "1", "0", "1", "0", "1", "0", "1"));
      assertThat(row(districts, "Thành phố Lai Châu")).isEqualTo(List.of(
          "Thành phố Lai Châu", "2", "0", "1", "0", "0", "0", "1", "0", "0", "1"));
      assertThat(row(districts, CampaignProgressService.OUTSIDE_DISTRICTS)).isEqualTo(List.of(
          CampaignProgressService.OUTSIDE_DISTRICTS, "2", "1", "0", "1", "0", "0", "0", "0", "0", "0"));

      XWPFTable late = table(doc, "STT");
      assertThat(cells(late.getRow(0))).isEqualTo(List.of("STT", "Đơn vị", "Hạn cuối", "Tình trạng",
          "Số ngày quá hạn", "Lý do"));
      assertThat(late.getRows()).hasSize(1 + 4);
      assertThat(row(late, fixture.heldLate.name()).subList(2, 6)).isEqualTo(List.of("31/03/2025",
          "Đã tổ chức, quá hạn", "5", ProgressFixture.EXTENSION_REASON));
      assertThat(row(late, fixture.notHeld.name()).subList(2, 6)).isEqualTo(List.of("31/03/2025",
          "Không tổ chức", "0", ProgressFixture.NOT_HELD_REASON));
      assertThat(row(late, fixture.overdueDrafting.name()).subList(2, 6)).isEqualTo(List.of("31/03/2025",
          "Đang quá hạn", "10", "Chưa có quyết định xử lý"));

      XWPFTable milestones = table(doc, "Nội dung");
      assertThat(cells(milestones.getRow(0))).isEqualTo(List.of("Nội dung", "Hạn", "Hoàn thành", "Văn bản"));
      assertThat(milestones.getRows()).hasSizeGreaterThan(1);

      XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(lines(signature.getRow(0).getCell(0))).startsWith("Nơi nhận:", "- UBND tỉnh (để báo cáo);")
          .endsWith("- Lưu: VT, CCVTLT.");
      assertThat(lines(signature.getRow(0).getCell(1)).get(0)).isEqualTo("GIÁM ĐỐC");
    }
  }

  @Test
  void libreOfficeRendersTheDocxOnA4Pages() throws Exception {
    Path docx = folder.resolve("bao-cao.docx");
    Files.write(docx, download("docx", CampaignReport.DOCX_TYPE));
    run(List.of("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString()));
    Path pdf = folder.resolve("bao-cao.pdf");
    assertThat(pdf).exists();
    String info = run(List.of("pdfinfo", pdf.toString()));
    assertThat(info).containsPattern("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
    Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
    assertThat(pages.find()).isTrue();
    // the header, three summary tables, four late units, the milestones, pilots, one escalation and the signature
    assertThat(Integer.parseInt(pages.group(1))).isBetween(2, 4);
    String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
        "Lai Châu, ngày 10 tháng 4 năm 2025", "GIÁM ĐỐC", "Nơi nhận:", "Đang quá hạn");
  }

  @Test
  void theXlsxHasOneSheetPerLevelWithALinePerUnitAndTheTotals() throws Exception {
    byte[] bytes = download("xlsx", CampaignReport.XLSX_TYPE);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
          .containsExactly("Cấp cơ sở", "Cấp sở, ngành, huyện", "Cấp tỉnh");
      List<String> header = List.of("Mã đơn vị", "Tên đơn vị", "Huyện, thành phố", "Tình trạng", "Quá hạn",
          "Hạn cuối", "Ngày họp dự kiến", "Ngày tổ chức", "Số ngày quá hạn", "Số đại biểu dự", "Tập thể được khen",
          "Cá nhân được khen", "Đại biểu đi dự cấp trên", "Lý do");
      for (Sheet sheet : workbook) {
        assertThat(values(sheet.getRow(0))).as(sheet.getSheetName()).isEqualTo(header);
      }

      Sheet coSo = workbook.getSheet("Cấp cơ sở");
      assertThat(coSo.getLastRowNum()).isEqualTo(6 + 1);
      assertThat(values(line(coSo, fixture.heldLate.code()))).isEqualTo(List.of(fixture.heldLate.code(),
          fixture.heldLate.name(), "Thành phố Lai Châu", "Đã tổ chức, quá hạn", "", "2025-04-30", "2025-04-05",
          "2025-04-05", "5", "80", "2", "6", "1", ProgressFixture.EXTENSION_REASON));
      assertThat(values(line(coSo, fixture.overdueDrafting.code()))).isEqualTo(List.of(
          fixture.overdueDrafting.code(), fixture.overdueDrafting.name(), "Huyện Tam Đường", "Đang xây dựng kế hoạch",
          "Có", "2025-03-31", "", "", "10", "", "", "", "", ""));
      assertThat(values(line(coSo, fixture.notHeld.code())).subList(3, 14)).isEqualTo(List.of("Không tổ chức", "",
          "2025-03-31", "", "", "0", "", "", "", "", ProgressFixture.NOT_HELD_REASON));
      assertThat(values(coSo.getRow(coSo.getLastRowNum()))).isEqualTo(List.of("", "Tổng cộng (6 đơn vị)", "", "",
          "", "", "", "", "", "200", "5", "16", "3"));

      Sheet agencies = workbook.getSheet("Cấp sở, ngành, huyện");
      assertThat(agencies.getLastRowNum()).isEqualTo(2 + 1);
      assertThat(values(line(agencies, "SO-Y-TE")).subList(0, 8)).isEqualTo(List.of("SO-Y-TE", "Sở Y tế", "",
          "Đã duyệt, chờ tổ chức", "", "2025-06-30", "2025-05-15", ""));
      assertThat(workbook.getSheet("Cấp tỉnh").getLastRowNum()).isEqualTo(1);
    }
  }

  private byte[] download(String extension, String type) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((UBND + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return mvc.perform(get("/api/campaigns/LAICHAU-2025/report." + extension)
            .header(HttpHeaders.AUTHORIZATION, "Basic " + credentials))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, type))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"bao-cao-dai-hoi-LAICHAU-2025-2025-04-10." + extension + "\""))
        .andReturn().getResponse().getContentAsByteArray();
  }

  /** A margin (an XML union of a number and a measure with its unit; here always a number of twips) in mm. */
  private static double mm(Object twips) {
    return Double.parseDouble(String.valueOf(twips)) / MM;
  }

  private static List<XWPFRun> allRuns(XWPFDocument doc) {
    List<XWPFRun> runs = new ArrayList<>();
    doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
        c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    return runs;
  }

  private static List<String> lines(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  private static boolean bold(XWPFTableCell cell, String text) {
    return cell.getParagraphs().stream().filter(p -> p.getText().equals(text))
        .allMatch(p -> p.getRuns().stream().allMatch(XWPFRun::isBold));
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  /** The table whose first header cell says this. */
  private static XWPFTable table(XWPFDocument doc, String firstHeader) {
    return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst()
        .orElseThrow(() -> new AssertionError("no table headed '" + firstHeader + "'"));
  }

  private static List<String> row(XWPFTable table, String contains) {
    return table.getRows().stream().map(CampaignReportTest::cells).filter(cells -> cells.contains(contains))
        .findFirst().orElseThrow(() -> new AssertionError("no row with '" + contains + "'"));
  }

  private static Row line(Sheet sheet, String unitCode) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && unitCode.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no line for " + unitCode + " in " + sheet.getSheetName());
  }

  /** Each cell as text: dates yyyy-MM-dd, numbers without a fraction, an absent cell empty. */
  private static List<String> values(Row row) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        values.add("");
      } else if (cell.getCellType() == CellType.STRING) {
        values.add(cell.getStringCellValue());
      } else if (DateUtil.isCellDateFormatted(cell)) {
        values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
      } else {
        values.add(String.valueOf((long) cell.getNumericCellValue()));
      }
    }
    return values;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
    return output;
  }
}
