package vn.laichau.thidua.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A reviewer's choice to read the dossiers waiting for them in one mail a day instead of one mail per dossier. Kept
 * with the user in the identity service (user info {@value #KEY}), so that it goes wherever the user goes (Admin shows
 * and deletes it with the user) and needs no table of its own; the user sets it for themself through
 * {@code /api/me/notification-preferences}.
 */
@Component("dailyDigest")
public class DailyDigest {

  static final String KEY = "thidua.notification.dailyDigest";

  private final IdentityService identityService;

  public DailyDigest(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean isReader(String userId) {
    return "true".equals(identityService.getUserInfo(userId, KEY));
  }

  public void choose(String userId, boolean dailyDigest) {
    if (dailyDigest) {
      identityService.setUserInfo(userId, KEY, "true");
    } else {
      identityService.deleteUserInfo(userId, KEY);
    }
  }

  /** The users who take the digest, each the element of one sending job. */
  public List<String> readers() {
    return identityService.createUserQuery().orderByUserId().asc().list().stream()
        .map(User::getId)
        .filter(this::isReader)
        .toList();
  }
}
