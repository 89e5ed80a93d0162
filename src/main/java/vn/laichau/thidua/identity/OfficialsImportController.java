package vn.laichau.thidua.identity;

import java.io.IOException;
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

/**
 * {@code POST /api/admin/officials}: an administrator imports officials from a CSV file or an XLSX workbook
 * ({@link OfficialsImport}), sent as the request body ({@code Content-Type: text/csv} or the XLSX media type) or as
 * the form field {@code file} of a multipart upload.
 * The answer is the report: who was created with which initial password, which lines were refused and why.
 * Only members of {@code camunda-admin} may import (403 otherwise; 401 without credentials, from the API filter).
 */
@RestController
@RequestMapping("/api/admin/officials")
public class OfficialsImportController {

  private final OfficialsImport officialsImport;
  private final IdentityService identityService;

  public OfficialsImportController(OfficialsImport officialsImport, IdentityService identityService) {
    this.officialsImport = officialsImport;
    this.identityService = identityService;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, TableFile.XLSX_MEDIA_TYPE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> importBody(@RequestBody byte[] csv) {
    return importFile(csv);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file) throws IOException {
    return importFile(file.getBytes());
  }

  private ResponseEntity<?> importFile(byte[] content) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return error(HttpStatus.UNAUTHORIZED, "Cần đăng nhập.");
    }
    if (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return error(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được nhập danh sách cán bộ.");
    }
    // a CSV file is read as UTF-8 whatever the request says: Vietnamese names must not depend on a client's charset
    return ResponseEntity.ok(officialsImport.importFile(content));
  }

  @ExceptionHandler(OfficialsImport.InvalidCsvException.class)
  ResponseEntity<Map<String, String>> invalid(OfficialsImport.InvalidCsvException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
  }
}
