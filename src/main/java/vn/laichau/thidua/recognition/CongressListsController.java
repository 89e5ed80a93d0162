package vn.laichau.thidua.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.campaign.api.CampaignAccess;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.OfficialDocument;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressContentRepository.ExemplarLine;
import vn.laichau.thidua.recognition.CongressContentRepository.NationalDelegate;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A congress's named lists (R11, R12) as JSON, DOCX (Nghị định 30/2020) and XLSX, for whoever may read that unit's
 * congress: the engine answers that, by the caller's own rights on the congress's history (the unit, its reviewer,
 * Sở Nội vụ, the council, UBND tỉnh, administrators), so the lists are exactly as open as the congress.
 */
@RestController
public class CongressListsController {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final List<String> DELEGATE_COLUMNS = List.of("STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc",
      "Chức vụ, đơn vị công tác");
  static final List<String> EXEMPLAR_COLUMNS = List.of("STT", "Tên cá nhân, tập thể", "Cá nhân hay tập thể",
      "Danh hiệu, hình thức khen thưởng", "Thành tích");
  private static final int[] DELEGATE_WIDTHS = {600, 2600, 900, 900, 1000, 3354};
  private static final int[] EXEMPLAR_WIDTHS = {600, 2400, 1100, 2600, 2654};

  private final CongressContentRepository content;
  private final CongressProgressRepository progress;
  private final UnitRegistry registry;
  private final RecognitionCatalogue catalogue;
  private final HistoryService historyService;
  private final CampaignAccess access;

  public CongressListsController(CongressContentRepository content, CongressProgressRepository progress,
      UnitRegistry registry, RecognitionCatalogue catalogue, HistoryService historyService, CampaignAccess access) {
    this.content = content;
    this.progress = progress;
    this.registry = registry;
    this.catalogue = catalogue;
    this.historyService = historyService;
    this.access = access;
  }

  @GetMapping("/api/campaigns/{id}/delegates")
  public List<DelegateLine> delegates(@PathVariable String id, @RequestParam String unit) {
    readable(id, unit);
    return content.delegates(id, unit);
  }

  @GetMapping("/api/campaigns/{id}/exemplars")
  public List<ExemplarLine> exemplars(@PathVariable String id, @RequestParam String unit) {
    readable(id, unit);
    return content.exemplars(id, unit);
  }

  @GetMapping("/api/campaigns/{id}/delegates.xlsx")
  public ResponseEntity<byte[]> delegatesXlsx(@PathVariable String id, @RequestParam String unit) {
    return file(delegateTable(delegates(id, unit)).toXlsx("Đại biểu"), TableFile.XLSX_MEDIA_TYPE,
        "dai-bieu-" + unit + ".xlsx");
  }

  @GetMapping("/api/campaigns/{id}/exemplars.xlsx")
  public ResponseEntity<byte[]> exemplarsXlsx(@PathVariable String id, @RequestParam String unit) {
    List<ExemplarLine> lines = exemplars(id, unit);
    List<String> header = new ArrayList<>(EXEMPLAR_COLUMNS);
    header.add("Khen thưởng tại Đại hội hay đề nghị cấp trên");
    List<TableFile.Line> rows = new ArrayList<>();
    for (ExemplarLine line : lines) {
      List<String> cells = new ArrayList<>(exemplarCells(line));
      cells.add(isHonour(line) ? "Khen thưởng tại Đại hội" : "Đề nghị cấp trên");
      rows.add(new TableFile.Line(rows.size() + 2, cells));
    }
    return file(new TableFile(header, rows).toXlsx("Điển hình tiên tiến"), TableFile.XLSX_MEDIA_TYPE,
        "dien-hinh-" + unit + ".xlsx");
  }

  @GetMapping("/api/campaigns/{id}/delegates.docx")
  public ResponseEntity<byte[]> delegatesDocx(@PathVariable String id, @RequestParam String unit) {
    CongressProgress congress = readable(id, unit);
    TableFile table = delegateTable(content.delegates(id, unit));
    byte[] docx = OfficialDocument.docx(heading(congress, "DANH SÁCH",
            "Đại biểu được bầu đi dự Đại hội Thi đua yêu nước cấp trên"),
        List.of(new OfficialDocument.Table(null, DELEGATE_COLUMNS, DELEGATE_WIDTHS,
            table.rows().stream().map(TableFile.Line::cells).toList())));
    return file(docx, DOCX, "dai-bieu-" + unit + ".docx");
  }

  @GetMapping("/api/campaigns/{id}/exemplars.docx")
  public ResponseEntity<byte[]> exemplarsDocx(@PathVariable String id, @RequestParam String unit) {
    CongressProgress congress = readable(id, unit);
    List<ExemplarLine> lines = content.exemplars(id, unit);
    int[] widths = EXEMPLAR_WIDTHS;
    byte[] docx = OfficialDocument.docx(heading(congress, "DANH SÁCH",
            "Tập thể, cá nhân điển hình tiên tiến được khen thưởng và đề nghị khen thưởng"),
        List.of(new OfficialDocument.Table("I. Được khen thưởng tại Đại hội (Hội nghị)", EXEMPLAR_COLUMNS, widths,
                lines.stream().filter(CongressListsController::isHonour).map(this::exemplarCells).toList()),
            new OfficialDocument.Table("II. Đề nghị cấp trên khen thưởng", EXEMPLAR_COLUMNS, widths,
                lines.stream().filter(l -> !isHonour(l)).map(this::exemplarCells).toList())));
    return file(docx, DOCX, "dien-hinh-" + unit + ".docx");
  }

  /**
   * R9, R11, R12: the province's delegates to the national congress and the exemplars it proposes there, as Sở Nội vụ
   * picked them from the provincial congress's results; readable by whoever may read the provincial congress.
   */
  @GetMapping("/api/campaigns/{id}/national-delegates")
  public Map<String, Object> nationalDelegates(@PathVariable String id) {
    readable(id, provinceOf(id));
    return Map.of("delegates", content.nationalDelegates(id), "exemplars", content.nationalExemplars(id));
  }

  @GetMapping("/api/campaigns/{id}/national-delegates.xlsx")
  public ResponseEntity<byte[]> nationalDelegatesXlsx(@PathVariable String id) {
    readable(id, provinceOf(id));
    return file(new TableFile(DELEGATE_COLUMNS, nationalRows(id)).toXlsx("Đại biểu dự Đại hội toàn quốc"),
        TableFile.XLSX_MEDIA_TYPE, "dai-bieu-toan-quoc-" + id + ".xlsx");
  }

  @GetMapping("/api/campaigns/{id}/national-delegates.docx")
  public ResponseEntity<byte[]> nationalDelegatesDocx(@PathVariable String id) {
    readable(id, provinceOf(id));
    List<List<String>> exemplars = new ArrayList<>();
    for (Honour h : content.nationalExemplars(id)) {
      String type = h.type().label();
      exemplars.add(List.of(String.valueOf(exemplars.size() + 1), h.name(),
          Character.toUpperCase(type.charAt(0)) + type.substring(1),
          catalogue.find(h.recognition()).map(Recognition::name).orElse(h.recognition()), h.achievement()));
    }
    OfficialDocument.Heading heading = new OfficialDocument.Heading("UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ",
        "Số:       /DS-SNV", "Lai Châu", VietnamTime.today(), "DANH SÁCH",
        "Đại biểu tỉnh Lai Châu dự Đại hội Thi đua yêu nước toàn quốc và điển hình tiên tiến đề nghị khen thưởng",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", List.of("- Ban Thi đua - Khen thưởng Trung ương;", "- UBND tỉnh (b/c);",
            "- Hội đồng Thi đua - Khen thưởng tỉnh;", "- Lưu: VT, TĐKT."));
    byte[] docx = OfficialDocument.docx(heading, List.of(
        new OfficialDocument.Table("I. Đại biểu dự Đại hội Thi đua yêu nước toàn quốc", DELEGATE_COLUMNS,
            DELEGATE_WIDTHS, nationalRows(id).stream().map(TableFile.Line::cells).toList()),
        new OfficialDocument.Table("II. Điển hình tiên tiến đề nghị khen thưởng cấp Nhà nước", EXEMPLAR_COLUMNS,
            EXEMPLAR_WIDTHS, exemplars)));
    return file(docx, DOCX, "dai-bieu-toan-quoc-" + id + ".docx");
  }

  private List<TableFile.Line> nationalRows(String campaignId) {
    List<TableFile.Line> rows = new ArrayList<>();
    for (NationalDelegate d : content.nationalDelegates(campaignId)) {
      rows.add(new TableFile.Line(rows.size() + 2, List.of(String.valueOf(d.line()), d.fullName(),
          d.birthYear() == null ? "" : String.valueOf(d.birthYear()), d.gender() == null ? "" : d.gender().label(),
          d.ethnicity() == null ? "" : d.ethnicity(), d.position() == null ? "" : d.position())));
    }
    return rows;
  }

  /** The unit of the campaign's provincial congress: 404 before it has one. */
  private String provinceOf(String campaignId) {
    access.caller();
    return progress.findByCampaign(campaignId).stream().filter(row -> row.level() == Level.TINH)
        .map(CongressProgress::unitCode).findFirst().orElseThrow(() -> new ResponseStatusException(
            HttpStatus.NOT_FOUND, "Đợt thi đua «" + campaignId + "» chưa có Đại hội Thi đua yêu nước tỉnh."));
  }

  static TableFile delegateTable(List<DelegateLine> lines) {
    List<TableFile.Line> rows = new ArrayList<>();
    for (DelegateLine d : lines) {
      rows.add(new TableFile.Line(rows.size() + 2, List.of(String.valueOf(d.line()), d.fullName(),
          String.valueOf(d.birthYear()), d.gender().label(), d.ethnicity(), d.position())));
    }
    return new TableFile(DELEGATE_COLUMNS, rows);
  }

  private List<String> exemplarCells(ExemplarLine line) {
    String recognition = catalogue.find(line.recognition()).map(Recognition::name).orElse(line.recognition());
    String type = line.type().label();
    return List.of(String.valueOf(line.line()), line.name(),
        Character.toUpperCase(type.charAt(0)) + type.substring(1), recognition, line.achievement());
  }

  private static boolean isHonour(ExemplarLine line) {
    return CongressContentRepository.HONOUR.equals(line.kind());
  }

  private OfficialDocument.Heading heading(CongressProgress congress, String title, String subject) {
    Unit unit = registry.find(congress.unitCode()).orElseThrow();
    return new OfficialDocument.Heading(unit.name().toUpperCase(Locale.forLanguageTag("vi")),
        "BAN TỔ CHỨC ĐẠI HỘI", "Số:       /DS-BTC", "Lai Châu", VietnamTime.today(), title, subject,
        "TM. BAN TỔ CHỨC", "TRƯỞNG BAN", List.of("- Cơ quan thường trực Hội đồng Thi đua - Khen thưởng cấp trên;",
            "- Hội đồng Thi đua - Khen thưởng " + unit.name() + ";", "- Lưu: VT."));
  }

  /** The unit's congress of the campaign, if the caller may read it: 404 when there is none, 403 when not theirs. */
  private CongressProgress readable(String campaignId, String unitCode) {
    access.caller();
    CongressProgress congress = progress.find(campaignId, unitCode).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Đơn vị «" + unitCode + "» không có Đại hội (Hội nghị) trong đợt thi đua «"
            + campaignId + "»."));
    if (historyService.createHistoricProcessInstanceQuery().processInstanceId(congress.processInstanceId())
        .count() == 0) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ đơn vị, cơ quan thẩm định của đơn vị, Sở Nội vụ,"
          + " Hội đồng Thi đua, Khen thưởng tỉnh và UBND tỉnh được xem danh sách của Đại hội đơn vị «" + unitCode
          + "».");
    }
    return congress;
  }

  private static ResponseEntity<byte[]> file(byte[] content, String mediaType, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(content);
  }
}
