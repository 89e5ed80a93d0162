package vn.laichau.thidua.campaign.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignRequest;
import vn.laichau.thidua.campaign.CampaignService;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.milestone.PastDeadlines;
import vn.laichau.thidua.common.VietnamTime;

/**
 * {@code /api/campaigns}: the campaigns (province, cycle and calendar). Every signed-in user reads them; Sở Nội vụ and
 * administrators create and start them. Bad input is a 400 with Vietnamese messages, a taken id a 409.
 */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  private final CampaignService campaigns;
  private final CampaignRepository repository;
  private final MilestoneRepository milestoneRepository;
  private final CampaignAccess access;
  private final RuntimeService runtimeService;

  public CampaignController(CampaignService campaigns, CampaignRepository repository,
      MilestoneRepository milestoneRepository, CampaignAccess access, RuntimeService runtimeService) {
    this.campaigns = campaigns;
    this.repository = repository;
    this.milestoneRepository = milestoneRepository;
    this.access = access;
    this.runtimeService = runtimeService;
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

  /**
   * Starts the campaign's {@code emulation-campaign} instance (business key = the campaign id) as the signed-in user,
   * whose engine permissions apply: 201 with the instance id; 409 when it already runs, and 409 naming them when
   * any of its deadlines has passed, unless {@code acceptPastDeadlines=true} says that is meant (a past cycle
   * recorded after the fact): started late, every past deadline escalates at once.
   */
  @PostMapping("/{id}/start")
  public ResponseEntity<Map<String, String>> start(@PathVariable String id,
      @RequestParam(name = "acceptPastDeadlines", defaultValue = "false") boolean acceptPastDeadlines) {
    access.writer();
    Campaign campaign = campaigns.find(id).orElseThrow(() -> notFound(id));
    List<String> passed = PastDeadlines.of(campaign, VietnamTime.today());
    if (!passed.isEmpty() && !acceptPastDeadlines) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Đợt thi đua " + id + " có " + passed.size()
          + " hạn cuối đã qua (hôm nay " + VietnamTime.format(VietnamTime.today()) + "): " + String.join("; ", passed)
          + ". Khởi động bây giờ thì mọi việc của các hạn này quá hạn ngay lập tức: mở việc xử lý quá hạn và gửi thư"
          + " báo quá hạn cho các đơn vị, thành viên Hội đồng, Sở Nội vụ và UBND tỉnh. Hãy tạo đợt mới"
          + " (POST /api/campaigns) với các ngày trong tương lai; chỉ khi cố ý ghi nhận một đợt đã qua, gửi lại với"
          + " ?acceptPastDeadlines=true.");
    }
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.EMULATION_CAMPAIGN, id,
        Map.of(CampaignVariables.CAMPAIGN_ID, id));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("campaignId", id, "processInstanceId",
        instance.getId()));
  }

  static ResponseStatusException notFound(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, new UnknownCampaignException(id).getMessage());
  }

  private CampaignView view(Campaign campaign) {
    return CampaignView.of(campaign, repository.pilotCommunes(campaign.id()), milestoneRepository.milestones(campaign.id()));
  }
}
