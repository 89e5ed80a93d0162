package vn.laichau.thidua.recognition;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.thidua.campaign.api.CampaignAccess;

/** {@code GET /api/recognitions}: the catalogue of R11, for every signed-in user (the forms offer it). */
@RestController
public class RecognitionController {

  private final RecognitionCatalogue catalogue;
  private final CampaignAccess access;

  public RecognitionController(RecognitionCatalogue catalogue, CampaignAccess access) {
    this.catalogue = catalogue;
    this.access = access;
  }

  @GetMapping("/api/recognitions")
  public List<Recognition> all() {
    access.caller();
    return catalogue.all();
  }
}
