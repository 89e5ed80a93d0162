package vn.laichau.thidua.campaign;

/** A campaign id that no campaign has; the message is Vietnamese and names it. */
public class UnknownCampaignException extends RuntimeException {

  public UnknownCampaignException(String campaignId) {
    super("Không có đợt thi đua mã '" + campaignId + "'.");
  }
}
