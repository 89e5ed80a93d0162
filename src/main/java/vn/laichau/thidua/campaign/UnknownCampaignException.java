package vn.laichau.thidua.campaign;

import org.springframework.http.HttpStatus;
import vn.laichau.thidua.common.ApiRefusalException;

/** A campaign id that no campaign has; the message is Vietnamese and names it. Answered with 404 everywhere. */
public class UnknownCampaignException extends ApiRefusalException {

  public UnknownCampaignException(String campaignId) {
    super(HttpStatus.NOT_FOUND, "Không có đợt thi đua mã '" + campaignId + "'.");
  }
}
