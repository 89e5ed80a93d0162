package vn.laichau.thidua.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.thidua.common.ApiRefusalException;
import vn.laichau.thidua.common.NotAuthenticatedException;
import vn.laichau.thidua.identity.Groups;

/**
 * What replaced the Cockpit incident of a failed mail job, for administrators and Sở Nội vụ:
 * <ul>
 *   <li>{@code GET /api/admin/mails/failed}: the mails given up after their attempts (or with nobody to send them
 *   to), with the last error and who could not be reached;</li>
 *   <li>{@code POST /api/admin/mails/{id}/retry}: one more attempt, due now, once the mail server is back;</li>
 *   <li>{@code GET /api/admin/mails/warnings?processInstanceId=…}: who the mails of one instance could not reach.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/admin/mails")
public class MailAdminController {

  private final NotificationOutbox outbox;
  private final NotificationDispatcher dispatcher;
  private final IdentityService identityService;

  public MailAdminController(NotificationOutbox outbox, NotificationDispatcher dispatcher,
      IdentityService identityService) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.identityService = identityService;
  }

  @GetMapping("/failed")
  public List<NotificationOutbox.Failed> failed() {
    administrator();
    return outbox.failed();
  }

  @PostMapping("/{id}/retry")
  public Map<String, String> retry(@PathVariable String id) {
    administrator();
    if (!outbox.retry(id)) {
      throw new MailRefusal(HttpStatus.NOT_FOUND, "Không có thư " + id + " đã dừng gửi mà còn người nhận để gửi lại.");
    }
    dispatcher.wake();
    return Map.of("id", id, "message", "Thư sẽ được gửi lại một lần.");
  }

  @GetMapping("/warnings")
  public List<String> warnings(@RequestParam String processInstanceId) {
    administrator();
    return outbox.warnings(processInstanceId);
  }

  private void administrator() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new NotAuthenticatedException("Cần đăng nhập (HTTP Basic) để xem thư không gửi được.");
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(Groups.SO_NOI_VU)) {
      throw new MailRefusal(HttpStatus.FORBIDDEN,
          "Chỉ quản trị viên và Sở Nội vụ được xem và gửi lại thư không gửi được.");
    }
  }

  /** A refusal of this API, with its status. */
  static class MailRefusal extends ApiRefusalException {
    private static final long serialVersionUID = 1L;

    MailRefusal(HttpStatus status, String vietnameseMessage) {
      super(status, vietnameseMessage);
    }
  }
}
