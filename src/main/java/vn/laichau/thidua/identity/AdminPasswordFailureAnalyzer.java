package vn.laichau.thidua.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import vn.laichau.thidua.identity.AdminPasswordRefusedException.BrokenRule;

/**
 * Says in one paragraph, Vietnamese then English, which rules of the password policy the configured administrator's
 * password breaks, instead of the engine's "Password does not match policy" inside a stack trace.
 */
public class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefusedException>
    implements Ordered {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefusedException cause) {
    String id = cause.userId();
    String vietnamese = String.join("; ", cause.brokenRules().stream().map(BrokenRule::vietnamese).toList());
    String english = String.join("; ", cause.brokenRules().stream().map(BrokenRule::english).toList());
    String description = "Không khởi động được: mật khẩu của quản trị viên '" + id
        + "' (CAMUNDA_BPM_ADMINUSER_PASSWORD) vi phạm chính sách mật khẩu: mật khẩu " + vietnamese + ".\n\n"
        + "The application did not start: the password of the administrator '" + id
        + "' (CAMUNDA_BPM_ADMINUSER_PASSWORD) breaks the password policy: it " + english + ".";
    String action = "Đặt CAMUNDA_BPM_ADMINUSER_PASSWORD là một mật khẩu có ít nhất 10 ký tự, gồm chữ hoa, chữ thường,"
        + " chữ số và ký tự đặc biệt, không chứa tên đăng nhập '" + id + "'; hoặc bỏ trống biến này để hệ thống tự sinh"
        + " một mật khẩu ngẫu nhiên và in ra một lần trong nhật ký.\n\n"
        + "Set CAMUNDA_BPM_ADMINUSER_PASSWORD to a password of at least 10 characters with upper- and lower-case"
        + " letters, a digit and a special character, not containing the user id '" + id + "'; or leave it unset and"
        + " a random password is generated and printed once in the log.";
    return new FailureAnalysis(description, action, cause);
  }

  /** Before Spring Boot's own analyzers, which would describe only the wrapping bean failure. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
