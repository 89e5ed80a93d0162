package vn.laichau.thidua.common;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.common.TaskCompletions.TaskCompletion;

/**
 * {@code GET /api/task-completions?processInstanceId=…}: who completed which task of an instance, when, with which
 * values, oldest first (every round of a dossier returned and sent again). Open to whoever may read the instance's
 * history: the engine answers that by the caller's own rights (for a congress: the unit, its reviewer, Sở Nội vụ,
 * the council, UBND tỉnh, administrators), so the completions are exactly as open as the instance.
 */
@RestController
public class TaskCompletionsController {

  static final String NOT_SIGNED_IN = "Cần đăng nhập (HTTP Basic) bằng tài khoản của hệ thống để xem ai đã hoàn thành"
      + " công việc nào.";

  private final TaskCompletions completions;
  private final HistoryService historyService;
  private final IdentityService identityService;

  public TaskCompletionsController(TaskCompletions completions, HistoryService historyService,
      IdentityService identityService) {
    this.completions = completions;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  @GetMapping("/api/task-completions")
  public List<TaskCompletion> ofInstance(@RequestParam String processInstanceId) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new NotAuthenticatedException(NOT_SIGNED_IN);
    }
    if (historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      // the same answer whether the instance does not exist or is not the caller's: nothing is told of another's
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có quy trình «" + processInstanceId
          + "» trong lịch sử, hoặc tài khoản này không được xem lịch sử của quy trình đó.");
    }
    return completions.ofInstance(processInstanceId);
  }
}
