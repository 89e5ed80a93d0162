package vn.laichau.thidua.campaign;

/** A campaign id that is already taken: answered with 409 Conflict. */
public class DuplicateCampaignException extends InvalidCampaignException {

  private static final long serialVersionUID = 1L;

  public DuplicateCampaignException(String campaignId) {
    super("Đã có đợt thi đua mã '" + campaignId + "'. Mỗi đợt (tỉnh, chu kỳ) có một mã riêng, ví dụ LAICHAU-2030.");
  }
}
