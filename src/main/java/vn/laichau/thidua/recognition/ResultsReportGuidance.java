package vn.laichau.thidua.recognition;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Prepares the results form (R11): which recognitions this congress awards itself and which it may only propose, from
 * the catalogue and its decision table, so the form never holds a copy of either. Computed when the form is read.
 */
@Component("resultsReportGuidance")
public class ResultsReportGuidance implements FormGuidance {

  public static final String HONOUR_RECOGNITIONS_LABEL = "honourRecognitionsLabel";
  public static final String PROPOSAL_RECOGNITIONS_LABEL = "proposalRecognitionsLabel";

  private final RecognitionCatalogue catalogue;
  private final CongressFacts facts;

  public ResultsReportGuidance(RecognitionCatalogue catalogue, CongressFacts facts) {
    this.catalogue = catalogue;
    this.facts = facts;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.CONGRESS.equals(processKey) && ProcessKeys.TASK_REPORT_RESULTS.equals(taskKey);
  }

  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    DecidingLevel own = DecidingLevel.of(facts.of(task).level());
    guidance.put(HONOUR_RECOGNITIONS_LABEL, catalogue.all().stream().filter(r -> r.decidedBy() == own)
        .map(ResultsReportGuidance::line).collect(Collectors.joining("\n")));
    guidance.put(PROPOSAL_RECOGNITIONS_LABEL, catalogue.all().stream()
        .filter(r -> r.decidedBy().compareTo(own) > 0).map(ResultsReportGuidance::line)
        .collect(Collectors.joining("\n")));
  }

  private static String line(Recognition r) {
    return "- " + r.name() + " (" + r.beneficiary().label() + ", do " + r.decidedBy().label() + " quyết định)";
  }
}
