package vn.laichau.thidua.reporting;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.thidua.campaign.CampaignAccess;

/**
 * {@code GET /api/campaigns/{id}/progress}: per level and per district, how many units are drafting, under review,
 * approved, held on time, held late, recorded not held and overdue, with the totals of their results (R9). Read by Sở
 * Nội vụ, UBND tỉnh, the council and administrators.
 */
@RestController
public class ProgressController {

  private final CampaignProgressService progress;
  private final CampaignAccess access;

  public ProgressController(CampaignProgressService progress, CampaignAccess access) {
    this.progress = progress;
    this.access = access;
  }

  @GetMapping("/api/campaigns/{id}/progress")
  public CampaignProgress progress(@PathVariable String id) {
    access.progressReader();
    return progress.progress(id);
  }
}
