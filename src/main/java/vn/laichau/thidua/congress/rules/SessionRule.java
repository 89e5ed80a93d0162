package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.SESSION;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.Session;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.ContractValues;

/** R4: one session (morning or afternoon) below the province, one full day for the province. */
@Component
@Order(30)
public class SessionRule implements DraftPlanRule {

  private final CongressRules rules;

  public SessionRule(CongressRules rules) {
    this.rules = rules;
  }

  @Override
  public void check(DraftPlan plan, Violations violations) {
    List<Session> allowed = rules.allowedSessions(plan.level());
    Optional<String> code = ContractValues.text(plan.scope(), SESSION);
    Optional<Session> session = code.flatMap(Session::fromCode);
    if (code.isEmpty()) {
      violations.add("R4", "Chưa chọn thời gian tổ chức. Được chọn: " + labels(allowed) + ".");
    } else if (session.isEmpty()) {
      violations.add("R4", "Không có thời gian tổ chức «" + code.get() + "». Được chọn: " + labels(allowed) + ".");
    } else if (!allowed.contains(session.get())) {
      violations.add("R4", "Thời gian «" + session.get().label() + "» không phù hợp với " + Labels.decapitalize(
          plan.level().label()) + ". Được chọn: " + labels(allowed) + ".");
    }
  }

  static String labels(List<Session> sessions) {
    return sessions.stream().map(s -> "«" + s.label() + "»").collect(Collectors.joining(", "));
  }
}
