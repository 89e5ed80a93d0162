package vn.laichau.thidua.campaign;

/** A campaign is started once: a second start while it runs is answered with 409 Conflict. */
public class CampaignAlreadyRunningException extends InvalidCampaignException {

  private static final long serialVersionUID = 1L;

  public CampaignAlreadyRunningException(String campaignId) {
    super("Đợt thi đua " + campaignId + " đã được khởi động và đang diễn ra: mỗi đợt chỉ khởi động một lần.");
  }
}
