package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressListsController;
import vn.laichau.thidua.recognition.ListUploadController;
import vn.laichau.thidua.unit.Unit;

/**
 * A congress's named lists (R11, R12) at /api/campaigns/{id}/delegates and /exemplars: as open as the congress, and as
 * documents opened again and checked cell by cell; the DOCX rendered by LibreOffice is one A4 page.
 */
class CongressListsDocumentsTest extends CongressTestBase {

  @Autowired
  CongressListsController lists;
  @Autowired
  ListUploadController uploads;

  @TempDir
  Path tmp;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theListsAreReadByTheUnitAndItsReviewersAndNotByAnotherUnit() {
    Unit commune = reported();
    String campaign = calendar.defaultCampaignId();

    as(Groups.unit(commune.code()));
    assertThat(lists.delegates(campaign, commune.code())).extracting(DelegateLine::unitCode, DelegateLine::fullName)
        .containsExactly(tuple(commune.code(), "Nguyễn Văn An"),
            tuple(commune.code(), "Lò Thị Bình"));
    assertThat(lists.exemplars(campaign, commune.code())).hasSize(2);
    as(Groups.SO_NOI_VU);
    assertThat(lists.delegates(campaign, commune.code())).hasSize(2);
    as("phong-noi-vu-106");
    assertThat(lists.exemplars(campaign, commune.code())).hasSize(2);

    as(Groups.unit("03394"));
    assertThat(catchThrowableOfType(ResponseStatusException.class, () -> lists.delegates(campaign, commune.code()))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    as(Groups.SO_NOI_VU);
    assertThat(catchThrowableOfType(ResponseStatusException.class, () -> lists.delegates(campaign, "KHONG-CO"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theWorkbooksHoldTheListsCellByCell() {
    Unit commune = reported();
    as(Groups.unit(commune.code()));

    TableFile delegates = TableFile.xlsx(lists.delegatesXlsx(calendar.defaultCampaignId(), commune.code()).getBody());
    assertThat(delegates.header()).containsExactly("STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc",
        "Chức vụ, đơn vị công tác");
    assertThat(delegates.rows()).extracting(TableFile.Line::cells).containsExactly(
        List.of("1", "Nguyễn Văn An", "1980", "Nam", "Kinh", "Chủ tịch Hội Nông dân xã"),
        List.of("2", "Lò Thị Bình", "1990", "Nữ", "Thái", "Giáo viên Trường Tiểu học xã"));

    TableFile exemplars = TableFile.xlsx(lists.exemplarsXlsx(calendar.defaultCampaignId(), commune.code()).getBody());
    assertThat(exemplars.header()).containsExactly("STT", "Tên cá nhân, tập thể", "Cá nhân hay tập thể",
        "Danh hiệu, hình thức khen thưởng", "Thành tích", "Khen thưởng tại Đại hội hay đề nghị cấp trên");
    assertThat(exemplars.rows()).extracting(TableFile.Line::cells).containsExactly(
        List.of("1", "Bản Nà Khum", "Tập thể", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã, Giám đốc doanh"
            + " nghiệp (tập thể)", "Bản văn hoá tiêu biểu", "Khen thưởng tại Đại hội"),
        List.of("1", "Nguyễn Văn An", "Cá nhân", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)",
            "Năm năm liền dẫn đầu phong trào", "Đề nghị cấp trên"));
  }

  @Test
  void theDelegateListIsAnA4DocumentOfDecree30CellByCellAndOnePageInLibreOffice() throws Exception {
    Unit commune = reported();
    as(Groups.unit(commune.code()));
    byte[] docx = lists.delegatesDocx(calendar.defaultCampaignId(), commune.code()).getBody();

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTSectPr section = document.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
      assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
      assertThat(section.getPgMar().getRight().toString()).isEqualTo("851");
      assertThat(section.getPgMar().getTop().toString()).isEqualTo("1134");
      List<XWPFTable> tables = document.getTables();
      assertThat(tables).hasSize(3);
      XWPFTable heading = tables.get(0);
      assertThat(heading.getRow(0).getCell(0).getText()).contains(commune.name().toUpperCase())
          .contains("BAN TỔ CHỨC ĐẠI HỘI").contains("Số:       /DS-BTC");
      assertThat(heading.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc").contains("Lai Châu, ngày 20 tháng 02 năm 2025");
      assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains("DANH SÁCH",
          "Đại biểu được bầu đi dự Đại hội Thi đua yêu nước cấp trên");
      XWPFTable body = tables.get(1);
      assertThat(body.getRows()).hasSize(3);
      assertThat(body.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("STT", "Họ và tên",
          "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị công tác");
      assertThat(body.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("2", "Lò Thị Bình",
          "1990", "Nữ", "Thái", "Giáo viên Trường Tiểu học xã");
      assertThat(body.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily())
          .isEqualTo("Times New Roman");
      assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .filter(r -> !r.text().isEmpty()).map(r -> r.getFontSizeAsDouble())).allMatch(size -> size >= 13);
      XWPFTable closing = tables.get(2);
      assertThat(closing.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:").contains("- Lưu: VT.");
      assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. BAN TỔ CHỨC").contains("TRƯỞNG BAN");
    }

    Path file = tmp.resolve("dai-bieu.docx");
    Files.write(file, docx);
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), file.toString());
    String info = run("pdfinfo", tmp.resolve("dai-bieu.pdf").toString());
    assertThat(info).containsPattern("Page size:\\s+595(\\.\\d+)? x 842|Page size:\\s+595(\\.\\d+)? x 841\\.\\d+")
        .containsPattern("Pages:\\s+1\\n");
  }

  @Test
  void theHonourListHasItsTwoPartsInTheDocument() throws Exception {
    Unit commune = reported();
    as(Groups.unit(commune.code()));
    byte[] docx = lists.exemplarsDocx(calendar.defaultCampaignId(), commune.code()).getBody();

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains(
          "I. Được khen thưởng tại Đại hội (Hội nghị)", "II. Đề nghị cấp trên khen thưởng");
      XWPFTable honours = document.getTables().get(1);
      assertThat(honours.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("1", "Bản Nà Khum",
          "Tập thể", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã, Giám đốc doanh nghiệp (tập thể)",
          "Bản văn hoá tiêu biểu");
      XWPFTable proposals = document.getTables().get(2);
      assertThat(proposals.getRow(1).getCell(3).getText())
          .isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)");
    }
  }

  @Test
  void aWorkbookMadeFromTheTemplateIsCheckedRowByRowAndGivesTheLinesToPaste() {
    Unit commune = reported();
    String campaign = calendar.defaultCampaignId();
    as(Groups.unit(commune.code()));
    TableFile template = TableFile.xlsx(uploads.delegatesTemplate().getBody());
    assertThat(template.header()).containsExactly("STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc",
        "Chức vụ, đơn vị công tác");
    assertThat(template.rows()).isEmpty();

    byte[] broken = new TableFile(template.header(), List.of(
        new TableFile.Line(2, List.of("1", "Lò Văn Dũng", "1980", "Nam", "Thái", "Chủ tịch Hội Nông dân xã")),
        new TableFile.Line(3, List.of("2", "Lò Thị En", "2008", "Nữ", "Thái", "Đoàn viên")))).toXlsx("Danh sách");
    assertThat(catchThrowableOfType(ResponseStatusException.class,
        () -> uploads.upload(campaign, commune.code(), "delegateList", broken)).getReason()).isEqualTo(
        "Tệp có 1 lỗi, chưa dùng được dòng nào; sửa rồi gửi lại cả tệp:\n"
            + "R12 – Danh sách đại biểu đi dự Đại hội cấp trên (delegateList), dòng 3: năm sinh (birthYear) 2008 phải"
            + " từ 1920 đến 2007 (đại biểu từ 18 tuổi trở lên).");

    byte[] exported = lists.delegatesXlsx(campaign, commune.code()).getBody();
    Map<String, Object> answer = uploads.upload(campaign, commune.code(), "delegateList", exported);
    assertThat(answer).containsEntry("count", 2).containsEntry("text",
        "Nguyễn Văn An; 1980; Nam; Kinh; Chủ tịch Hội Nông dân xã\n"
            + "Lò Thị Bình; 1990; Nữ; Thái; Giáo viên Trường Tiểu học xã");

    byte[] honours = new TableFile(TableFile.xlsx(uploads.exemplarsTemplate().getBody()).header(), List.of(
        new TableFile.Line(2, List.of("1", "Bản Nà Khum", "tập thể", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
            + " (tập thể)", "Bản văn hoá tiêu biểu")))).toXlsx("Danh sách");
    assertThat(catchThrowableOfType(ResponseStatusException.class,
        () -> uploads.upload(campaign, commune.code(), "honours", honours)).getReason())
        .contains("dòng 2: «Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)» do cấp tỉnh quyết định");
    assertThat(uploads.upload(campaign, commune.code(), "proposals", honours)).containsEntry("count", 1);

    as(Groups.unit("03394"));
    assertThat(catchThrowableOfType(ResponseStatusException.class,
        () -> uploads.upload(campaign, commune.code(), "delegateList", exported)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A commune of district 106 that held its congress on 20/02/2025 and reported its lists. */
  private Unit reported() {
    Unit commune = driver.commune(80);
    ProcessInstance congress = driver.start(commune);
    LocalDate meeting = LocalDate.of(2025, 2, 20);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(commune, meeting));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    CongressDriver.clockAt(meeting, 14, 0);
    execute(job("meetingDayReached", congress));
    complete(task(TASK_REPORT_RESULTS, congress), withVariables(HELD_ON, "2025-02-20", ATTENDANCE, 60,
        "honours", "Bản Nà Khum; tập thể; GIAY_KHEN_CAP_XA_TAP_THE; Bản văn hoá tiêu biểu",
        "proposals", "Nguyễn Văn An; cá nhân; BANG_KHEN_TINH_CA_NHAN; Năm năm liền dẫn đầu phong trào",
        "delegateList", "Nguyễn Văn An; 1980; Nam; Kinh; Chủ tịch Hội Nông dân xã\n"
            + "Lò Thị Bình; 1990; Nữ; Thái; Giáo viên Trường Tiểu học xã"));
    return commune;
  }

  private void as(String group) {
    engine.getIdentityService().setAuthentication("nguoi-doc", List.of(group));
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command[0]).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
