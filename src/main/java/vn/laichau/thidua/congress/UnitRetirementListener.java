package vn.laichau.thidua.congress;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegisteredEvent;

/**
 * R1: a unit Sở Nội vụ retires in the registry (merged, dissolved) holds no congress. Every congress of the unit that
 * has not reached its meeting day is recorded as not held, with the day and the registry as its reason (the model's
 * message boundary event {@value #MESSAGE} on the lifecycle, the only subscriber of that message; a congress's business
 * key is its unit's code); a wave then no longer waits for it. A congress whose
 * meeting has been held goes on to its results. It runs in the registry's transaction, as the system: a failure rolls
 * the retirement back.
 */
@Component
public class UnitRetirementListener {

  static final String MESSAGE = "unitRetired";

  private static final Logger LOG = LoggerFactory.getLogger(UnitRetirementListener.class);

  private final RuntimeService runtimeService;

  public UnitRetirementListener(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  public void unitSaved(UnitRegisteredEvent event) {
    Unit unit = event.unit();
    if (unit.active()) {
      return;
    }
    String reason = "Đơn vị " + unit.name() + " (" + unit.code() + ") ngừng hoạt động: Sở Nội vụ cập nhật danh sách"
        + " đơn vị ngày " + VietnamTime.format(VietnamTime.today()) + ".";
    for (MessageCorrelationResult result : runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(unit.code())
        .setVariable(CongressVariables.REASON, reason)
        .correlateAllWithResult()) {
      LOG.info("Đại hội của đơn vị {} (quy trình {}) được ghi nhận không tổ chức: đơn vị ngừng hoạt động", unit.code(),
          result.getExecution().getProcessInstanceId());
    }
  }
}
