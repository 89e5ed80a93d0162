package vn.laichau.thidua.campaign;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/campaigns}: the campaigns (province, cycle and calendar). Every signed-in user reads them; Sở Nội vụ and
 * administrators create them. Bad input is a 400 with Vietnamese messages, a taken id a 409.
 */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  private final CampaignService campaigns;
  private final CampaignRepository repository;
  private final CampaignAccess access;

  public CampaignController(CampaignService campaigns, CampaignRepository repository, CampaignAccess access) {
    this.campaigns = campaigns;
    this.repository = repository;
    this.access = access;
  }

  @GetMapping
  public List<CampaignView> all() {
    access.caller();
    return campaigns.findAll().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  public CampaignView one(@PathVariable String id) {
    access.caller();
    return campaigns.find(id).map(this::view).orElseThrow(() -> notFound(id));
  }

  /** Creates the campaign (201, with its address); values left out are the configured defaults. */
  @PostMapping
  public ResponseEntity<CampaignView> create(@RequestBody CampaignRequest request) {
    Authentication writer = access.writer();
    Campaign created = campaigns.create(request, writer.getUserId());
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(view(created));
  }

  static ResponseStatusException notFound(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, new UnknownCampaignException(id).getMessage());
  }

  private CampaignView view(Campaign campaign) {
    return CampaignView.of(campaign, repository.pilotCommunes(campaign.id()), repository.milestones(campaign.id()));
  }
}
