package vn.laichau.thidua.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.laichau.thidua.ProcessKeys;

/**
 * Sở Nội vụ's start form of {@code emulation-campaign} for a new campaign: the plan's calendar (R7, R8) moved to the
 * cycle that begins in the given year, e.g. 2029 for the congresses of 2030. A campaign id starts once, so each test
 * names its own.
 */
public final class CampaignStartForm {

  private CampaignStartForm() {
  }

  /** The form's fields, to change one before submitting (a date out of order, say). */
  public static Map<String, Object> fields(String campaignId, int firstYear) {
    int next = firstYear + 1;
    Map<String, Object> form = new HashMap<>();
    form.put("campaignId", campaignId);
    form.put("guidanceLastDay", firstYear + "-06-30");
    form.put("driveLaunchLastDay", firstYear + "-08-31");
    form.put("directiveReviewLastDay", firstYear + "-09-30");
    form.put("pilotChoiceLastDay", firstYear + "-09-30");
    form.put("provincialPlanLastDay", firstYear + "-12-31");
    form.put("pilotCommuneLastDay", next + "-02-28");
    form.put("provincialPilotLastDay", next + "-04-30");
    form.put("coSoLastDay", next + "-03-31");
    form.put("soNganhHuyenLastDay", next + "-06-30");
    form.put("tinhLastDay", next + "-09-30");
    return form;
  }

  public static String definitionId(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).latestVersion().singleResult().getId();
  }

  /** Submits the form as Sở Nội vụ would in Tasklist. */
  public static ProcessInstance submit(ProcessEngine engine, Map<String, Object> fields) {
    FormService forms = engine.getFormService();
    return forms.submitStartForm(definitionId(engine), (String) fields.get("campaignId"), fields);
  }

  public static ProcessInstance start(ProcessEngine engine, String campaignId, int firstYear) {
    return submit(engine, fields(campaignId, firstYear));
  }
}
