package vn.laichau.thidua.recognition;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.CongressVariables;
import vn.laichau.thidua.unit.Level;

/**
 * Prepares the results form (R11): which recognitions this congress awards itself and which it may only propose, from
 * the catalogue and its decision table, so the form never holds a copy of either. Task-local, read-only facts.
 */
@Component("resultsReportGuidance")
public class ResultsReportGuidance implements TaskListener {

  public static final String HONOUR_RECOGNITIONS_LABEL = "honourRecognitionsLabel";
  public static final String PROPOSAL_RECOGNITIONS_LABEL = "proposalRecognitionsLabel";

  private final RecognitionCatalogue catalogue;

  public ResultsReportGuidance(RecognitionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    DecidingLevel own = DecidingLevel.of(Level.valueOf((String) task.getVariable(CongressVariables.UNIT_LEVEL)));
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
