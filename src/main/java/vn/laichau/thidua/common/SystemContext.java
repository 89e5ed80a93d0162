package vn.laichau.thidua.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system rather than as the signed-in user.
 *
 * <p>The engine checks authorizations only while a user is authenticated on the thread. Some work is a consequence the
 * application owns, not an act of the user: when Sở Nội vụ registers a unit, the application creates the unit's groups,
 * although Sở Nội vụ has (rightly) no permission to create groups in the identity service. The caller's authentication
 * is put back afterwards, also when the work fails.
 */
public final class SystemContext {

  private SystemContext() {
  }

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    call(identityService, () -> {
      work.run();
      return null;
    });
  }
}
