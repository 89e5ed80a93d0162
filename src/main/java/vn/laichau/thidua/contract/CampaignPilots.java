package vn.laichau.thidua.contract;

/** R8: which units are a campaign's pilots, as the campaign's tables say at the moment of asking. */
public interface CampaignPilots {

  /** The unit is a pilot of this campaign (a district's chosen commune, Sở Y tế, huyện Than Uyên). */
  boolean isPilot(String campaignId, String unitCode);

  /** The unit is one of the province's pilots, which agree their programme with Sở Nội vụ first. */
  boolean isProvincialPilot(String campaignId, String unitCode);
}
