package vn.laichau.thidua.recognition;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Prepares the results form (R11): which recognitions this congress awards itself and which it may only propose, from
 * the catalogue and its decision table, so the form never holds a copy of either. Task-local, read-only facts.
 */
@Component("resultsReportGuidance")
public class ResultsReportGuidance implements TaskListener {

  public static final String HONOUR_RECOGNITIONS_LABEL = "honourRecognitionsLabel";
  public static final String PROPOSAL_RECOGNITIONS_LABEL = "proposalRecognitionsLabel";

  private final RecognitionCatalogue catalogue;
  private final CongressFacts facts;

  public ResultsReportGuidance(RecognitionCatalogue catalogue, CongressFacts facts) {
    this.catalogue = catalogue;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    DecidingLevel own = DecidingLevel.of(facts.of(task).level());
    task.setVariableLocal(HONOUR_RECOGNITIONS_LABEL, catalogue.all().stream().filter(r -> r.decidedBy() == own)
        .map(ResultsReportGuidance::line).collect(Collectors.joining("\n")));
    task.setVariableLocal(PROPOSAL_RECOGNITIONS_LABEL, catalogue.all().stream()
        .filter(r -> r.decidedBy().compareTo(own) > 0).map(ResultsReportGuidance::line)
        .collect(Collectors.joining("\n")));
  }

  private static String line(Recognition r) {
    return "- " + r.name() + " (" + r.beneficiary().label() + ", do " + r.decidedBy().label() + " quyết định)";
  }
}
