package vn.laichau.thidua.reporting;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.thidua.unit.Level;

/**
 * A campaign's progress for the caller's part of it ({@link ProgressAccess}):
 * <ul>
 *   <li>{@code GET /api/campaigns/{id}/progress}: per level and per district, how many units are drafting, under
 *   review, approved, held on time, held late, recorded not held and overdue, with the totals of their results, the
 *   milestones, the drive, the pilots and the escalations (R9);</li>
 *   <li>{@code GET /api/campaigns/{id}/dashboard}: what the Cockpit plugin draws; {@code GET /api/progress/scope}: the
 *   caller's part, which the plugin asks first;</li>
 *   <li>{@code GET /api/campaigns/{id}/report.docx} and {@code .xlsx}: Sở Nội vụ's report to UBND tỉnh, on the whole
 *   province, for the province's readers.</li>
 * </ul>
 */
@RestController
public class ProgressController {

  private final CampaignProgressService progress;
  private final DashboardService dashboard;
  private final CampaignReport report;
  private final ProgressAccess access;

  public ProgressController(CampaignProgressService progress, DashboardService dashboard, CampaignReport report,
      ProgressAccess access) {
    this.progress = progress;
    this.dashboard = dashboard;
    this.report = report;
    this.access = access;
  }

  @GetMapping("/api/campaigns/{id}/progress")
  public CampaignProgress progress(@PathVariable String id) {
    return progress.progress(id, access.scope());
  }

  /** The caller's part of the campaigns, without figures: the plugin asks it before it shows itself (403 hides it). */
  @GetMapping("/api/progress/scope")
  public Dashboard.Scope scope() {
    return dashboard.scope(access.scope());
  }

  /**
   * {@code district} ({@code -} for the provincial agencies, enterprises and the province) and {@code level} narrow the
   * calendar.
   */
  @GetMapping("/api/campaigns/{id}/dashboard")
  public Dashboard dashboard(@PathVariable String id, @RequestParam(required = false) String district,
      @RequestParam(required = false) Level level) {
    return dashboard.dashboard(id, access.scope(), new DashboardService.CalendarFilter(district, level));
  }

  @GetMapping("/api/campaigns/{id}/report.docx")
  public ResponseEntity<byte[]> reportDocx(@PathVariable String id) {
    access.reportReader();
    return file(report.docx(id), CampaignReport.DOCX_TYPE, CampaignReport.fileName(id, "docx"));
  }

  @GetMapping("/api/campaigns/{id}/report.xlsx")
  public ResponseEntity<byte[]> reportXlsx(@PathVariable String id) {
    access.reportReader();
    return file(report.xlsx(id), CampaignReport.XLSX_TYPE, CampaignReport.fileName(id, "xlsx"));
  }

  private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(content);
  }
}
