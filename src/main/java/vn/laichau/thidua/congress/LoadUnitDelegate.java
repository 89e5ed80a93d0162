package vn.laichau.thidua.congress;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The first step of a congress: who the unit is, which campaign, and its last day, recorded in the server's register
 * ({@link CongressFacts}) where no completion and no variable reaches; every later step reads the unit's facts from
 * there and from the registry. It runs in the start's own transaction, so a refusal (unknown unit, unknown campaign, a
 * second running congress, a bad {@code deadline}) leaves nothing behind.
 *
 * <p>The variables it sets only show the forms what the server knows at the start (the unit's name, the registry's
 * staff count, the last day); the server never decides with them.
 */
@Component("loadUnitDelegate")
public class LoadUnitDelegate implements JavaDelegate {

  private final UnitRegistry registry;
  private final CampaignCalendar calendar;
  private final RuntimeService runtimeService;
  private final CongressFacts facts;

  public LoadUnitDelegate(UnitRegistry registry, CampaignCalendar calendar, RuntimeService runtimeService,
      CongressFacts facts) {
    this.registry = registry;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = ContractValues.text(execution, UNIT_CODE)
        .orElseThrow(() -> new RuleViolationException("R1 – Chưa có mã đơn vị (unitCode)."));
    // locked until this start commits: a second start of the same unit waits, then finds this one running
    Unit unit = registry.findForUpdate(unitCode)
        .orElseThrow(() -> new RuleViolationException(
            "R1 – Không có đơn vị mã «" + unitCode + "» trong danh sách đơn vị."));
    if (!unit.active()) {
      throw new RuleViolationException("R1 – Đơn vị «" + unit.name() + "» (mã " + unitCode + ") đã ngừng hoạt động.");
    }

    String campaignId = ContractValues.text(execution, CAMPAIGN_ID).orElseGet(calendar::defaultCampaignId);
    if (!calendar.exists(campaignId)) {
      throw new RuleViolationException("R7 – Không có đợt thi đua «" + campaignId + "».");
    }

    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(unitCode);
    } else if (!businessKey.equals(unitCode)) {
      throw new RuleViolationException("R1 – Khóa nghiệp vụ «" + businessKey + "» phải là mã đơn vị «" + unitCode + "».");
    }

    if (isAlreadyRunning(unitCode, campaignId, execution.getProcessInstanceId())) {
      throw new RuleViolationException("R1 – Đơn vị «" + unit.name() + "» (mã " + unitCode
          + ") đã có một Đại hội đang chuẩn bị trong đợt thi đua " + campaignId + ".");
    }

    LocalDate lastDay = startDeadline(execution).orElseGet(() -> calendar.lastDay(campaignId, unit));
    facts.register(execution.getProcessInstanceId(), unit, campaignId, lastDay);

    // the start's own values, normalized for the forms and the contract's readers (a value left as it came costs
    // no statement)
    setIfChanged(execution, UNIT_CODE, unitCode);
    setIfChanged(execution, CAMPAIGN_ID, campaignId);
    setIfChanged(execution, DEADLINE, ContractValues.dateText(lastDay));
    execution.setVariable(UNIT_NAME, unit.name());
    execution.setVariable(STAFF_COUNT, unit.staffCount());
  }

  private static void setIfChanged(DelegateExecution execution, String name, String value) {
    if (!value.equals(execution.getVariable(name))) {
      execution.setVariable(name, value);
    }
  }

  /** CONTRACT: a {@code deadline} start variable (yyyy-MM-dd) overrides the calendar for this unit alone. */
  private static Optional<LocalDate> startDeadline(DelegateExecution execution) {
    Object value = execution.getVariable(DEADLINE);
    if (ContractValues.isBlank(value)) {
      return Optional.empty();
    }
    return Optional.of(ContractValues.parseDate(value).orElseThrow(() -> new RuleViolationException(
        "R7 – Thời hạn «" + value + "» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).")));
  }

  /**
   * The register lists the unit's congresses in the campaign (its own index, one read); only when it lists another
   * does the engine say whether one of them is a congress that still runs (a register row may name an instance of
   * another process that loads the unit). Counted without the starter's authorizations: a unit official
   * sees only their own instances, and a congress started by someone else for the same unit must still be found.
   */
  private boolean isAlreadyRunning(String unitCode, String campaignId, String ownInstanceId) {
    List<String> others = facts.others(unitCode, campaignId, ownInstanceId);
    return !others.isEmpty() && Context.getCommandContext().runWithoutAuthorization(() -> runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS)
        .processInstanceIds(Set.copyOf(others))
        .count() > 0);
  }
}
