package vn.laichau.thidua.campaign.wave;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.unit.Unit;

/**
 * Starts a unit's {@code congress} in a campaign: the congress process itself, with the contract's start variables and
 * the unit's code as business key; the campaign never copies its steps. A unit that already has a congress in the
 * campaign (a pilot started earlier, a unit registered twice) gets no second one.
 */
@Component
public class CongressStarter {

  private static final Logger LOG = LoggerFactory.getLogger(CongressStarter.class);

  private final RuntimeService runtimeService;
  private final CongressProgressRepository progress;

  public CongressStarter(RuntimeService runtimeService, CongressProgressRepository progress) {
    this.runtimeService = runtimeService;
    this.progress = progress;
  }

  /** True when a congress was started, false when the unit already has one in the campaign. */
  public boolean startIfAbsent(String campaignId, Unit unit) {
    if (progress.find(campaignId, unit.code()).isPresent()) {
      return false;
    }
    runtimeService.startProcessInstanceByKey(ProcessKeys.CONGRESS, unit.code(), Variables.createVariables()
        .putValue(CongressVariables.UNIT_CODE, unit.code())
        .putValue(CongressVariables.CAMPAIGN_ID, campaignId));
    LOG.debug("Congress of {} started in campaign {}", unit.code(), campaignId);
    return true;
  }
}
