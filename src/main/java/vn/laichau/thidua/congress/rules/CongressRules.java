package vn.laichau.thidua.congress.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.CongressFormat;
import vn.laichau.thidua.congress.MeetingForm;
import vn.laichau.thidua.congress.Session;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitKind;

/**
 * The rule tables of processes/congress-rules.dmn (R2, R3, R4, R8), processes/recognitions.dmn (R11) and
 * processes/overdue-decision.dmn (R7), evaluated with the engine's DecisionService so that
 * every evaluation is recorded in the history and Cockpit shows which table decided what. The numbers live in the
 * tables; this class only passes the inputs in and reads the outputs.
 */
@Component
public class CongressRules {

  public static final String ALLOWED_FORMATS = "allowedFormats";
  public static final String DELEGATE_QUOTA = "delegateQuota";
  public static final String ALLOWED_SESSIONS = "allowedSessions";
  /** R11, in processes/recognitions.dmn. */
  public static final String RECOGNITION_DECIDED_BY = "recognition-decided-by";
  /** R7, in processes/overdue-decision.dmn: the new last day of anything overdue. */
  public static final String OVERDUE_NEW_DEADLINE = "overdue-new-deadline";

  private static final String DECISION_DEFINITIONS = "ACT_RE_DECISION_DEF";
  private static final String LATEST = "latest versions";

  private final DecisionService decisionService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public CongressRules(DecisionService decisionService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.decisionService = decisionService;
    this.engineConfiguration = engineConfiguration;
  }

  /** R2 with the MILITARY/POLICE reading, R8 for pilot communes. In the table's order. */
  public List<CongressFormat> allowedFormats(Level level, UnitKind kind, boolean pilot) {
    DmnDecisionResult result = evaluate(ALLOWED_FORMATS, Variables.createVariables()
        .putValue("level", level.name())
        .putValue("kind", kind.name())
        .putValue("pilot", pilot));
    List<CongressFormat> formats = new ArrayList<>();
    for (String code : result.<String>collectEntries("format")) {
      CongressFormat format = CongressFormat.fromCode(code)
          .orElseThrow(() -> new IllegalStateException("allowedFormats names an unknown format " + code));
      if (!formats.contains(format)) {
        formats.add(format);
      }
    }
    return formats;
  }

  /**
   * R3: the form of meeting and the delegate limits; empty when the table needs a staff count that is not known (every
   * level but the province).
   */
  public Optional<DelegateQuota> delegateQuota(Level level, Integer staffCount) {
    DmnDecisionResult result = evaluate(DELEGATE_QUOTA, Variables.createVariables()
        .putValue("level", level.name())
        .putValue("staffCount", staffCount));
    DmnDecisionResultEntries row = result.getFirstResult();
    if (row == null) {
      return Optional.empty();
    }
    Map<String, Object> entries = row.getEntryMap();
    MeetingForm form = MeetingForm.valueOf((String) entries.get("meetingForm"));
    Object share = entries.get("maxShare");
    return Optional.of(new DelegateQuota(form,
        asInteger(entries.get("minDelegates")),
        asInteger(entries.get("maxDelegates")),
        share == null ? null : new BigDecimal(share.toString()),
        staffCount));
  }

  /** R4. */
  public List<Session> allowedSessions(Level level) {
    DmnDecisionResult result = evaluate(ALLOWED_SESSIONS, Variables.createVariables().putValue("level", level.name()));
    return result.<String>collectEntries("session").stream().distinct().map(Session::valueOf).toList();
  }

  /** R11: the level that decides a recognition of the catalogue; empty when the table has no row for its code. */
  public Optional<String> recognitionDecidedBy(String recognitionCode) {
    DmnDecisionResultEntries row = evaluate(RECOGNITION_DECIDED_BY, Variables.createVariables()
        .putValue("recognition", recognitionCode)).getFirstResult();
    return row == null ? Optional.empty() : Optional.of((String) row.getEntry("decidedBy"));
  }

  /**
   * R7, processes/overdue-decision.dmn: why a new last day for something overdue is refused (the message of the table's
   * first row that applies), or empty when the table accepts it.
   */
  public Optional<String> overdueNewDeadlineRefusal(LocalDate newDeadline, LocalDate lastDay, LocalDate today) {
    DmnDecisionResultEntries row = evaluate(OVERDUE_NEW_DEADLINE, Variables.createVariables()
        .putValue("daysAfterLastDay", ChronoUnit.DAYS.between(lastDay, newDeadline))
        .putValue("daysFromToday", ChronoUnit.DAYS.between(today, newDeadline))
        .putValue("newDeadlineText", VietnamTime.format(newDeadline))
        .putValue("lastDayText", VietnamTime.format(lastDay))
        .putValue("todayText", VietnamTime.format(today))).getFirstResult();
    return row == null ? Optional.empty() : Optional.of((String) row.getEntry("refusal"));
  }

  /**
   * Evaluates without the caller's authorizations: the rules apply to everyone, and the unit official completing a task
   * has (and needs) no right to evaluate decision definitions. Inside an engine command (a task listener) the executor
   * joins that command and its transaction.
   */
  private DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return withoutAuthorization(() -> {
      String latest = latestVersions().get(decisionKey);
      // none deployed: the engine's own look-up by key says so in its words
      return (latest == null ? decisionService.evaluateDecisionByKey(decisionKey)
          : decisionService.evaluateDecisionById(latest)).variables(inputs).evaluate();
    });
  }

  /** The id of the deployed version of a table, which changes when a supervisor deploys a new one; null when none. */
  public String latestVersionOf(String decisionKey) {
    return withoutAuthorization(() -> latestVersions().get(decisionKey));
  }

  /**
   * The latest deployed version of every table, asked once per engine command ({@link CommandReads}) in one query,
   * where an evaluation by key asked the database for its key's latest version at each evaluation (three to six per
   * step). Asked again by every command, so a version deployed by a supervisor, on this node or another, is the one
   * the next step evaluates. The definitions the query returns are those the engine then evaluates by id: it finds
   * them in the command's entity cache and their parsed tables in its deployment cache, with no further query.
   */
  private Map<String, String> latestVersions() {
    return CommandReads.read(DECISION_DEFINITIONS, LATEST, () -> engineConfiguration.getRepositoryService()
        .createDecisionDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toUnmodifiableMap(DecisionDefinition::getKey, DecisionDefinition::getId)));
  }

  private <T> T withoutAuthorization(Supplier<T> work) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(work::get));
  }

  private static Integer asInteger(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
