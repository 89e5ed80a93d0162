package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.Inputs;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R3: the form of meeting and the number of delegates, from the {@code delegateQuota} table and the unit's staff count
 * N. N comes from the registry, read here at the submission; where the registry has none, the unit declares it with
 * its dossier: the declaration ({@code staffCountGivenByUnit}) is the reviewer's to accept or return and never reaches
 * the registry. Once the registry has a count it wins over any declaration, earlier or now, and over any variable. A
 * full assembly's delegate count is N, set here when the unit left it out.
 */
@Component
@Order(20)
public class DelegateRule implements DraftPlanRule {

  private static final String STAFF_LABEL = "số " + Labels.STAFF + " (staffCount)";

  private final CongressRules rules;

  public DelegateRule(CongressRules rules) {
    this.rules = rules;
  }

  @Override
  public void check(DraftPlan plan, Violations violations) {
    VariableScope scope = plan.scope();
    Optional<Integer> staff = staffCount(plan, violations);
    if (staff.isPresent() && staff.get() < 1) {
      violations.add("R3", "Số " + Labels.STAFF + " phải từ 1 trở lên (đã nhập " + staff.get() + ").");
      return;
    }
    Optional<DelegateQuota> found = rules.delegateQuota(plan.level(), staff.orElse(null));
    if (found.isEmpty()) {
      if (staff.isEmpty() && ContractValues.isBlank(scope.getVariable(STAFF_COUNT))) {
        violations.add("R3", "Danh sách đơn vị chưa có số " + Labels.STAFF
            + " của đơn vị: cần nhập số này (staffCount) cùng hồ sơ để xác định hình thức hội nghị và số đại biểu.");
      }
      return;
    }
    DelegateQuota quota = found.get();
    scope.setVariable(MEETING_FORM, quota.meetingForm().name());

    Object entered = scope.getVariable(DELEGATE_COUNT);
    if (quota.isFullAssembly() && ContractValues.isBlank(entered)) {
      scope.setVariable(DELEGATE_COUNT, quota.staffCount());
      return;
    }
    Optional<Integer> delegates = Inputs.integer(scope, DELEGATE_COUNT, "R3", "số đại biểu (delegateCount)", true,
        violations);
    if (delegates.isEmpty()) {
      return;
    }
    int count = delegates.get();
    if (quota.isFullAssembly()) {
      if (count != quota.staffCount()) {
        violations.add("R3", "Đơn vị có " + quota.staffCount() + " " + Labels.STAFF + " tổ chức "
            + quota.meetingForm().label() + ": số đại biểu phải là " + quota.staffCount() + ", không phải " + count
            + ".");
      }
    } else if (count < quota.minDelegates()) {
      violations.add("R3", "Số đại biểu " + count + " ít hơn mức tối thiểu " + quota.minDelegates() + " của "
          + quota.meetingForm().label() + staffClause(quota) + ".");
    } else if (count > quota.maxDelegates()) {
      violations.add("R3", "Số đại biểu " + count + " vượt quá mức tối đa " + quota.maxDelegates() + " của "
          + quota.meetingForm().label() + limitClause(quota) + ".");
    }
    scope.setVariable(DELEGATE_COUNT, count);
  }

  /**
   * The registry's count whenever the registry has one; otherwise what the unit declared (now or at an earlier
   * submission of this congress). A count entered with the dossier must be the registry's, unless it is a declaration
   * made while the registry had none: the registry's count replaces it.
   */
  private Optional<Integer> staffCount(DraftPlan plan, Violations violations) {
    VariableScope scope = plan.scope();
    Integer registered = plan.congress().staffCount();
    if (registered != null) {
      Object entered = scope.getVariable(STAFF_COUNT);
      boolean declaredBefore = Boolean.TRUE.equals(scope.getVariable(STAFF_COUNT_GIVEN_BY_UNIT));
      if (!declaredBefore && !ContractValues.isBlank(entered)
          && !ContractValues.parseInteger(entered).equals(Optional.of(registered))) {
        violations.add("R3", "Danh sách đơn vị ghi đơn vị có " + registered + " " + Labels.STAFF
            + "; số «" + entered + "» không được sửa khi gửi hồ sơ (đề nghị Sở Nội vụ cập nhật danh sách đơn vị).");
      }
      scope.setVariable(STAFF_COUNT, registered);
      if (scope.hasVariable(STAFF_COUNT_GIVEN_BY_UNIT)) {
        scope.setVariable(STAFF_COUNT_GIVEN_BY_UNIT, false);
      }
      return Optional.of(registered);
    }
    Optional<Integer> entered = Inputs.integer(scope, STAFF_COUNT, "R3", STAFF_LABEL, false, violations);
    if (entered.isPresent()) {
      scope.setVariable(STAFF_COUNT, entered.get());
      scope.setVariable(STAFF_COUNT_GIVEN_BY_UNIT, true);
    }
    return entered;
  }

  private static String staffClause(DelegateQuota quota) {
    return quota.staffCount() == null ? "" : " (đơn vị có " + quota.staffCount() + " " + Labels.STAFF + ")";
  }

  private static String limitClause(DelegateQuota quota) {
    if (quota.limitedByShare()) {
      return " (" + quota.sharePercent() + " của " + quota.staffCount() + " " + Labels.STAFF
          + ", làm tròn; không quá " + quota.cap() + ")";
    }
    return staffClause(quota);
  }
}
