package vn.laichau.thidua.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchRepository;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Which units of the registry take part in which part of the campaign, read when that part starts: a unit Sở Nội vụ
 * registered the day before is included. Used by the model's multi-instance collections
 * ({@code ${campaignUnits.districts(campaignId)}}) and by the delegates.
 */
@Component("campaignUnits")
public class CampaignUnits {

  private final UnitRegistry registry;
  private final CampaignRepository campaigns;
  private final DriveLaunchRepository driveLaunches;

  public CampaignUnits(UnitRegistry registry, CampaignRepository campaigns, DriveLaunchRepository driveLaunches) {
    this.registry = registry;
    this.campaigns = campaigns;
    this.driveLaunches = driveLaunches;
  }

  /** R8: the province's districts and city, each of which picks a pilot commune. */
  public List<String> districts(String campaignId) {
    String province = campaign(campaignId).provinceCode();
    return registry.findByParent(province).stream()
        .filter(Unit::active)
        .filter(Unit::isDistrict)
        .map(Unit::code)
        .sorted()
        .toList();
  }

  /**
   * R8: the districts that still have to pick their pilot commune (a pick the configuration already named counts; its
   * commune's congress then starts with its wave).
   */
  public List<String> districtsToPick(String campaignId) {
    var picked = campaigns.pilotCommunes(campaignId).keySet();
    return districts(campaignId).stream().filter(district -> !picked.contains(district)).toList();
  }

  /** A district's active communes, in the registry's order. */
  public List<Unit> communes(String districtCode) {
    return registry.findByParent(districtCode).stream()
        .filter(Unit::active)
        .filter(Unit::isCommune)
        .sorted(Comparator.comparing(Unit::code))
        .toList();
  }

  /** R8: the district has its pilot commune in the campaign (the model's gateway after Sở Nội vụ's decision). */
  public boolean hasPilotCommune(String campaignId, String districtCode) {
    return campaigns.pilotCommunes(campaignId).containsKey(districtCode);
  }

  /** Plan II.2: the districts and the provincial agencies, which each launch the special drive. */
  public List<String> driveLaunchUnits() {
    return registry.findAll().stream()
        .filter(Unit::active)
        .filter(unit -> unit.level() == Level.SO_NGANH_HUYEN)
        .map(Unit::code)
        .sorted()
        .toList();
  }

  /** The units that have not confirmed the launch of the drive yet. */
  public List<String> pendingDriveLaunch(String campaignId) {
    return driveLaunches.driveLaunchUnits(campaignId, "PENDING");
  }

  /** The unit, while it is active. */
  public Optional<Unit> activeUnit(String unitCode) {
    return registry.find(unitCode).filter(Unit::active);
  }

  /** The units of a wave: every active unit of the level; for the province's level, the campaign's province alone. */
  public List<Unit> waveUnits(Campaign campaign, Level level) {
    if (level == Level.TINH) {
      return registry.find(campaign.provinceCode()).filter(Unit::active).stream().toList();
    }
    return registry.findAll().stream()
        .filter(Unit::active)
        .filter(unit -> unit.level() == level)
        .toList();
  }

  /**
   * R5 item 5, R9: the units whose delegates go to the unit's congress. A district's are its communes; the province's
   * are the districts, the provincial agencies and the provincial enterprises (which report to Sở Nội vụ directly,
   * plan IV.1). Other units have none.
   */
  public List<Unit> lowerUnits(Campaign campaign, Unit upper) {
    if (upper.isDistrict()) {
      return communes(upper.code());
    }
    if (upper.level() == Level.TINH && upper.code().equals(campaign.provinceCode())) {
      return registry.findAll().stream()
          .filter(Unit::active)
          .filter(unit -> unit.level() == Level.SO_NGANH_HUYEN
              || (unit.level() == Level.CO_SO && unit.parentCode() == null))
          .toList();
    }
    return List.of();
  }

  /** The unit whose congress receives this unit's delegates: a commune's district, else the province. */
  public String upperUnitCode(Campaign campaign, Unit lower) {
    if (lower.isCommune()) {
      return lower.parentCode();
    }
    return lower.level() == Level.TINH ? null : campaign.provinceCode();
  }

  private Campaign campaign(String campaignId) {
    return campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
  }
}
