package vn.laichau.thidua.campaign.api;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.common.NotAuthenticatedException;
import vn.laichau.thidua.identity.Groups;

/**
 * Who may do what with campaigns through {@code /api}: the caller is the engine's current authentication, which the
 * HTTP Basic filter sets for {@code /api/*}; the checks are repeated here so the API stays closed without that filter.
 * Sở Nội vụ (the standing agency) and administrators create campaigns; every signed-in user reads the calendar, which is
 * public. Who reads which part of the progress is {@code reporting.ProgressAccess}.
 */
@Component
public class CampaignAccess {

  public static final String NOT_SIGNED_IN = "Cần đăng nhập (HTTP Basic) bằng tài khoản của hệ thống để xem các đợt thi đua.";
  public static final String NOT_ALLOWED_TO_WRITE = "Chỉ Sở Nội vụ và quản trị viên được tạo, khởi động đợt thi đua.";

  private final IdentityService identityService;

  public CampaignAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The signed-in caller; 401 when there is none. */
  public Authentication caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotAuthenticatedException(NOT_SIGNED_IN);
    }
    return authentication;
  }

  /** The caller, when Sở Nội vụ or an administrator; 401 or 403 otherwise. */
  public Authentication writer() {
    Authentication caller = caller();
    if (!inAny(caller, Groups.SO_NOI_VU, Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_ALLOWED_TO_WRITE);
    }
    return caller;
  }

  private static boolean inAny(Authentication caller, String... groups) {
    List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    for (String group : groups) {
      if (callerGroups.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
