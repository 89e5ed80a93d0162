package vn.laichau.thidua.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.thidua.common.NotAuthenticatedException;

/**
 * {@code GET} and {@code PUT /api/me/notification-preferences}: the signed-in user's own choice of a daily digest
 * instead of a mail per dossier ({@code {"dailyDigest": true}}). Nobody sets it for someone else.
 */
@RestController
@RequestMapping("/api/me/notification-preferences")
public class NotificationPreferenceController {

  private final IdentityService identityService;
  private final DailyDigest dailyDigest;

  public NotificationPreferenceController(IdentityService identityService, DailyDigest dailyDigest) {
    this.identityService = identityService;
    this.dailyDigest = dailyDigest;
  }

  /** @param dailyDigest true: one mail a day listing the dossiers waiting; false: one mail per dossier */
  public record Preferences(boolean dailyDigest) {
  }

  @GetMapping
  public Preferences get() {
    return new Preferences(dailyDigest.isReader(caller()));
  }

  @PutMapping
  public Preferences put(@RequestBody Preferences preferences) {
    String userId = caller();
    dailyDigest.choose(userId, preferences.dailyDigest());
    return new Preferences(dailyDigest.isReader(userId));
  }

  private String caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotAuthenticatedException(
          "Cần đăng nhập (HTTP Basic) bằng tài khoản của hệ thống để chọn cách nhận thư báo.");
    }
    return authentication.getUserId();
  }
}
