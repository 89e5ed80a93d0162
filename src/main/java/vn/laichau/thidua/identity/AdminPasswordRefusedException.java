package vn.laichau.thidua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The configured password of the first administrator breaks the engine's password policy: the application does not
 * start. Each broken rule is named, in Vietnamese and in English ({@link AdminPasswordFailureAnalyzer} prints them).
 */
public class AdminPasswordRefusedException extends IllegalStateException {

  private final String userId;
  private final List<BrokenRule> brokenRules;

  AdminPasswordRefusedException(String userId, List<BrokenRule> brokenRules) {
    super("Mật khẩu quản trị viên '" + userId + "' không hợp lệ: " + String.join("; ",
        brokenRules.stream().map(BrokenRule::vietnamese).toList()));
    this.userId = userId;
    this.brokenRules = List.copyOf(brokenRules);
  }

  /** The password equals the user id: refused before the engine starts. */
  public static AdminPasswordRefusedException equalToId(String userId) {
    return new AdminPasswordRefusedException(userId, List.of(new BrokenRule(
        "không được trùng với tên đăng nhập '" + userId + "'",
        "must not be the user id '" + userId + "'")));
  }

  /** The rules of the engine's policy that the password breaks, as Camunda's PasswordPolicyResult lists them. */
  public static AdminPasswordRefusedException of(User user, String password, List<PasswordPolicyRule> violated) {
    List<BrokenRule> broken = new ArrayList<>();
    for (PasswordPolicyRule rule : violated) {
      String minimum = rule.getParameters() == null || rule.getParameters().isEmpty() ? "1"
          : rule.getParameters().values().iterator().next();
      broken.add(switch (rule.getPlaceholder()) {
        case "PASSWORD_POLICY_LENGTH" -> new BrokenRule(
            "phải có ít nhất " + minimum + " ký tự (mật khẩu này có " + password.length() + ")",
            "must have at least " + minimum + " characters (this one has " + password.length() + ")");
        case "PASSWORD_POLICY_LOWERCASE" -> new BrokenRule(
            "phải có ít nhất " + minimum + " chữ thường (a–z)", "must have at least " + minimum + " lower-case letter");
        case "PASSWORD_POLICY_UPPERCASE" -> new BrokenRule(
            "phải có ít nhất " + minimum + " chữ hoa (A–Z)", "must have at least " + minimum + " upper-case letter");
        case "PASSWORD_POLICY_DIGIT" -> new BrokenRule(
            "phải có ít nhất " + minimum + " chữ số (0–9)", "must have at least " + minimum + " digit");
        case "PASSWORD_POLICY_SPECIAL" -> new BrokenRule(
            "phải có ít nhất " + minimum + " ký tự đặc biệt (ví dụ ! - _ @ #)",
            "must have at least " + minimum + " special character (e.g. ! - _ @ #)");
        case "PASSWORD_POLICY_USER_DATA" -> userData(user, password);
        default -> new BrokenRule("vi phạm quy tắc " + rule.getPlaceholder() + " " + rule.getParameters(),
            "breaks rule " + rule.getPlaceholder() + " " + rule.getParameters());
      });
    }
    return new AdminPasswordRefusedException(user.getId(), broken);
  }

  /** Which of the user's own data the password contains: the engine checks id, first and last name, e-mail. */
  private static BrokenRule userData(User user, String password) {
    String upper = password.toUpperCase(Locale.ROOT);
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (contains(upper, user.getId())) {
      vi.add("tên đăng nhập '" + user.getId() + "'");
      en.add("the user id '" + user.getId() + "'");
    }
    if (contains(upper, user.getFirstName())) {
      vi.add("tên '" + user.getFirstName() + "'");
      en.add("the first name '" + user.getFirstName() + "'");
    }
    if (contains(upper, user.getLastName())) {
      vi.add("họ '" + user.getLastName() + "'");
      en.add("the last name '" + user.getLastName() + "'");
    }
    if (contains(upper, user.getEmail())) {
      vi.add("địa chỉ e-mail '" + user.getEmail() + "'");
      en.add("the e-mail address '" + user.getEmail() + "'");
    }
    return new BrokenRule("không được chứa " + String.join(", ", vi) + " của chính người dùng",
        "must not contain " + String.join(", ", en) + " of the user");
  }

  private static boolean contains(String upperPassword, String data) {
    return data != null && !data.isBlank() && upperPassword.contains(data.toUpperCase(Locale.ROOT));
  }

  public String userId() {
    return userId;
  }

  public List<BrokenRule> brokenRules() {
    return brokenRules;
  }

  /** One broken rule, said in both languages. */
  public record BrokenRule(String vietnamese, String english) {
  }
}
