package vn.laichau.thidua.congress;

import static vn.laichau.thidua.congress.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignCalendar;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The first step of a congress: who the unit is, which campaign, and its last day. It runs in the start's own
 * transaction, so a refusal (unknown unit, unknown campaign, a second running congress, a bad {@code deadline}) leaves
 * nothing behind.
 */
@Component("loadUnitDelegate")
public class LoadUnitDelegate implements JavaDelegate {

  private final UnitRegistry registry;
  private final CampaignCalendar calendar;
  private final RuntimeService runtimeService;
  private final ReviewRouting reviewRouting;

  public LoadUnitDelegate(UnitRegistry registry, CampaignCalendar calendar, RuntimeService runtimeService,
      ReviewRouting reviewRouting) {
    this.registry = registry;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.reviewRouting = reviewRouting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = Inputs.text(execution, UNIT_CODE)
        .orElseThrow(() -> new RuleViolationException("R1 – Chưa có mã đơn vị (unitCode)."));
    // locked until this start commits: a second start of the same unit waits, then finds this one running
    Unit unit = registry.findForUpdate(unitCode)
        .orElseThrow(() -> new RuleViolationException(
            "R1 – Không có đơn vị mã «" + unitCode + "» trong danh sách đơn vị."));
    if (!unit.active()) {
      throw new RuleViolationException("R1 – Đơn vị «" + unit.name() + "» (mã " + unitCode + ") đã ngừng hoạt động.");
    }

    String campaignId = Inputs.text(execution, CAMPAIGN_ID).orElseGet(calendar::defaultCampaignId);
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

    execution.setVariable(UNIT_CODE, unitCode);
    execution.setVariable(UNIT_NAME, unit.name());
    execution.setVariable(UNIT_LEVEL, unit.level().name());
    execution.setVariable(UNIT_KIND, unit.kind().name());
    execution.setVariable(STAFF_COUNT, unit.staffCount());
    execution.setVariable(DISTRICT_CODE, unit.isCommune() ? unit.parentCode() : null);
    execution.setVariable(UNIT_GROUP, Groups.unit(unitCode));
    execution.setVariable(REVIEWER_GROUP, reviewRouting.reviewerGroup(unit));
    execution.setVariable(CAMPAIGN_ID, campaignId);
    execution.setVariable(DEADLINE, Inputs.dateText(lastDay));
    execution.setVariable(ORIGINAL_DEADLINE, Inputs.dateText(lastDay));
    execution.setVariable(DEADLINE_DUE, VietnamTime.overdueFrom(lastDay));
    execution.setVariable(PILOT, calendar.isPilot(campaignId, unitCode));
    execution.setVariable(PROVINCIAL_PILOT, calendar.isProvincialPilot(campaignId, unitCode));
    execution.setVariable(COUNCIL_MEMBER, unit.councilMember());
    execution.setVariable(RETURN_COUNT, 0);
  }

  /** CONTRACT: a {@code deadline} start variable (yyyy-MM-dd) overrides the calendar for this unit alone. */
  private static Optional<LocalDate> startDeadline(DelegateExecution execution) {
    Object value = execution.getVariable(DEADLINE);
    if (Inputs.isBlank(value)) {
      return Optional.empty();
    }
    return Optional.of(Inputs.parseDate(value).orElseThrow(() -> new RuleViolationException(
        "R7 – Thời hạn «" + value + "» không đúng dạng năm-tháng-ngày (yyyy-MM-dd).")));
  }

  /**
   * Counted without the starter's authorizations: a unit official sees only their own instances, and a congress
   * started by someone else for the same unit must still be found.
   */
  private boolean isAlreadyRunning(String unitCode, String campaignId, String ownInstanceId) {
    return Context.getCommandContext().runWithoutAuthorization(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS)
        .variableValueEquals(UNIT_CODE, unitCode)
        .variableValueEquals(CAMPAIGN_ID, campaignId)
        .list()
        .stream()
        .anyMatch(instance -> !instance.getId().equals(ownInstanceId)));
  }
}
