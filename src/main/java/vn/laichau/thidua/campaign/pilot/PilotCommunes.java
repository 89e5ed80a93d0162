package vn.laichau.thidua.campaign.pilot;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.InvalidCampaignException;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R8: a district's pick of its pilot commune, checked the same way whoever makes it (the district's task, Sở Nội vụ's
 * task, the configuration): a commune of the registry, of that district, active, and the district's only pick.
 */
@Component
public class PilotCommunes {

  private final CampaignRepository campaigns;
  private final UnitRegistry registry;

  public PilotCommunes(CampaignRepository campaigns, UnitRegistry registry) {
    this.campaigns = campaigns;
    this.registry = registry;
  }

  /** A district's pick (its task, or Sở Nội vụ's in its place). */
  public void pickForDistrict(String campaignId, String district, String communeCode, String chosenBy) {
    pick(campaignId, district, communeCode, chosenBy);
  }

  /** A commune the configuration names as a pilot: the pick of its own district. */
  public void pickConfigured(String campaignId, String communeCode) {
    String district = registry.find(communeCode).map(Unit::parentCode).orElse(null);
    pick(campaignId, district, communeCode, null);
  }

  private void pick(String campaignId, String district, String communeCode, String chosenBy) {
    Optional<Unit> commune = registry.find(communeCode);
    if (commune.isEmpty() || !commune.get().isCommune()) {
      throw new InvalidCampaignException("R8: Không có xã, phường, thị trấn mã '" + communeCode
          + "' trong danh sách đơn vị.");
    }
    String districtName = registry.find(district).map(Unit::name).orElse(district);
    String earlier = campaigns.pilotCommunes(campaignId).get(district);
    if (earlier != null) {
      throw new InvalidCampaignException("R8: " + districtName + " đã chọn " + name(earlier)
          + " làm xã chỉ đạo điểm; mỗi huyện, thành phố chọn đúng 01 xã.");
    }
    if (!district.equals(commune.get().parentCode())) {
      throw new InvalidCampaignException("R8: " + commune.get().name() + " (" + communeCode + ") không thuộc "
          + districtName + ": huyện chỉ chọn xã chỉ đạo điểm trong các xã, phường, thị trấn của mình.");
    }
    if (!commune.get().active()) {
      throw new InvalidCampaignException("R8: " + commune.get().name() + " (" + communeCode + ") đã ngừng hoạt động.");
    }
    campaigns.insertPilotCommune(campaignId, district, communeCode, chosenBy);
  }

  private String name(String unitCode) {
    return registry.find(unitCode).map(unit -> unit.name() + " (" + unitCode + ")").orElse(unitCode);
  }
}
