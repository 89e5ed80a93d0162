package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.FORMAT;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.CongressFormat;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.ContractValues;

/** R2 (formats per level, Quyết thắng for the military, Vì an ninh Tổ quốc for the police) and R8 (pilot communes). */
@Component
@Order(10)
public class FormatRule implements DraftPlanRule {

  private final CongressRules rules;

  public FormatRule(CongressRules rules) {
    this.rules = rules;
  }

  @Override
  public void check(DraftPlan plan, Violations violations) {
    List<CongressFormat> allowed = rules.allowedFormats(plan.level(), plan.kind(), plan.pilot());
    String rule = plan.pilot() ? "R8" : "R2";
    Optional<String> code = ContractValues.text(plan.scope(), FORMAT);
    if (code.isEmpty()) {
      violations.add(rule, "Chưa chọn hình thức tổ chức. Được chọn: " + labels(allowed) + ".");
      return;
    }
    Optional<CongressFormat> format = CongressFormat.fromCode(code.get());
    if (format.isEmpty()) {
      violations.add(rule, "Không có hình thức «" + code.get() + "». Được chọn: " + labels(allowed) + ".");
    } else if (!allowed.contains(format.get())) {
      violations.add(rule, "Hình thức «" + format.get().label() + "» không được phép đối với "
          + Labels.unitDescription(plan.level(), plan.kind(), plan.pilot()) + ". Được chọn: " + labels(allowed) + ".");
    }
  }

  static String labels(List<CongressFormat> formats) {
    return formats.stream().map(f -> "«" + f.label() + "»").collect(Collectors.joining(", "));
  }
}
