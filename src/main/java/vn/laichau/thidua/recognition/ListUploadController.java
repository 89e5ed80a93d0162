package vn.laichau.thidua.recognition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.campaign.api.CampaignAccess;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Excel in (R11, R12): the workbook templates of the delegate and honour lists, and the check of a filled one. A unit
 * uploads its workbook; the server reads it with {@link TableFile} (Apache POI), checks every row as the results
 * report will, and answers the list as the Json array of the contract and as the lines to paste into the results form,
 * or 400 naming every refused row. Nothing is stored here: the list counts when the unit completes its report.
 */
@RestController
public class ListUploadController {

  static final String NOT_THE_UNIT = "Chỉ cán bộ của đơn vị được gửi danh sách của Đại hội đơn vị mình.";

  private final ContentLists lists;
  private final CongressProgressRepository progress;
  private final UnitRegistry registry;
  private final CampaignAccess access;

  public ListUploadController(ContentLists lists, CongressProgressRepository progress, UnitRegistry registry,
      CampaignAccess access) {
    this.lists = lists;
    this.progress = progress;
    this.registry = registry;
    this.access = access;
  }

  @GetMapping("/api/recognitions/templates/delegates.xlsx")
  public ResponseEntity<byte[]> delegatesTemplate() {
    return template(ContentLists.DELEGATE_LIST, "mau-danh-sach-dai-bieu.xlsx");
  }

  @GetMapping("/api/recognitions/templates/exemplars.xlsx")
  public ResponseEntity<byte[]> exemplarsTemplate() {
    return template(ContentLists.HONOURS, "mau-danh-sach-khen-thuong.xlsx");
  }

  @PostMapping(path = "/api/campaigns/{id}/delegates.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadDelegates(@PathVariable String id, @RequestParam String unit,
      @RequestParam("file") MultipartFile file) throws IOException {
    return upload(id, unit, ContentLists.DELEGATE_LIST, file.getBytes());
  }

  /** {@code list}: {@code honours} (awarded at the congress) or {@code proposals} (proposed to the upper level). */
  @PostMapping(path = "/api/campaigns/{id}/exemplars.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadExemplars(@PathVariable String id, @RequestParam String unit,
      @RequestParam(defaultValue = ContentLists.HONOURS) String list, @RequestParam("file") MultipartFile file)
      throws IOException {
    if (!list.equals(ContentLists.HONOURS) && !list.equals(ContentLists.PROPOSALS)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Danh sách (list) «" + list
          + "» phải là honours (được khen thưởng tại Đại hội) hoặc proposals (đề nghị cấp trên khen thưởng).");
    }
    return upload(id, unit, list, file.getBytes());
  }

  public Map<String, Object> upload(String campaignId, String unitCode, String list, byte[] content) {
    Authentication caller = access.caller();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.unit(unitCode)) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_THE_UNIT);
    }
    progress.find(campaignId, unitCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Đơn vị «" + unitCode + "» không có Đại hội (Hội nghị) trong đợt thi đua «" + campaignId + "»."));
    Level level = registry.find(unitCode).orElseThrow().level();
    TableFile table;
    try {
      table = TableFile.read(content);
    } catch (TableFile.InvalidTableException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Violations violations = new Violations();
    boolean delegates = list.equals(ContentLists.DELEGATE_LIST);
    List<ContentLists.Line> lines = lists.lines(table, list, delegates ? "R12" : "R11", violations);
    List<?> read = delegates ? lists.delegates(lines, violations)
        : lists.honours(lines, level, list.equals(ContentLists.PROPOSALS), violations);
    if (!violations.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tệp có " + violations.messages().size()
          + " lỗi, chưa dùng được dòng nào; sửa rồi gửi lại cả tệp:\n" + String.join("\n", violations.messages()));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("list", list);
    answer.put("count", read.size());
    answer.put("lines", Spin.JSON(ContentLists.json(read)).mapTo(List.class));
    answer.put("text", lists.typed(read));
    return answer;
  }

  private ResponseEntity<byte[]> template(String list, String fileName) {
    access.caller();
    List<String> header = new ArrayList<>(List.of("STT"));
    header.addAll(ContentLists.headers(list));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TableFile.XLSX_MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
            .toString())
        .body(new TableFile(header, List.of()).toXlsx("Danh sách"));
  }
}
