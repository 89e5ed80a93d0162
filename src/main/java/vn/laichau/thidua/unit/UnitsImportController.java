package vn.laichau.thidua.unit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.identity.Groups;

/**
 * {@code POST /api/admin/units}: Sở Nội vụ or an administrator sets up the registry from a CSV file or an XLSX workbook
 * ({@link UnitsImport}), sent as the request body or as the form field {@code file} of a multipart upload, like the
 * officials' import. 200 with the report when every line was saved; 400 with every refused line when any was, and
 * then nothing is stored.
 */
@RestController
@RequestMapping("/api/admin/units")
public class UnitsImportController {

  static final String NOT_ALLOWED = "Chỉ Sở Nội vụ và quản trị viên được nhập danh sách đơn vị.";

  private final UnitsImport unitsImport;
  private final IdentityService identityService;

  public UnitsImportController(UnitsImport unitsImport, IdentityService identityService) {
    this.unitsImport = unitsImport;
    this.identityService = identityService;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, TableFile.XLSX_MEDIA_TYPE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> importBody(@RequestBody byte[] content) {
    return importFile(content);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> importUpload(@RequestParam("file") MultipartFile file) throws IOException {
    return importFile(file.getBytes());
  }

  private ResponseEntity<?> importFile(byte[] content) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return error(HttpStatus.UNAUTHORIZED, UnitController.NOT_SIGNED_IN);
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.SO_NOI_VU) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      return error(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
    UnitsImportReport report = unitsImport.importFile(content);
    if (report.applied()) {
      return ResponseEntity.ok(report);
    }
    Map<String, Object> refusal = new LinkedHashMap<>();
    refusal.put("message", "Không nhập dòng nào: " + report.refused().size() + " dòng bị từ chối (dòng "
        + String.join(", ", report.refused().stream().map(line -> String.valueOf(line.line())).toList())
        + "). Sửa các dòng này rồi gửi lại cả tệp.");
    refusal.put("applied", false);
    refusal.put("created", report.created());
    refusal.put("updated", report.updated());
    refusal.put("refused", report.refused());
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(refusal);
  }

  @ExceptionHandler(UnitsImport.InvalidImportFileException.class)
  ResponseEntity<Map<String, String>> invalid(UnitsImport.InvalidImportFileException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
  }
}
