package vn.laichau.thidua.campaign.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.campaign.DatabaseCampaignCalendar;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Keeps {@code congress_progress} up to date from the congress's own steps, in the engine's transaction: the progress
 * and the report to UBND are queries over it, never a spreadsheet. Also records every overdue escalation of a congress
 * (R7) with the reviewer's decision.
 *
 * <p>Runs first among the observers ({@code CongressObserversPlugin.ORDER}): the others (delegates upward, the end of
 * a wave) read the row it wrote.
 */
@Component
public class CongressProgressRecorder implements CongressObserver {

  public static final String ESCALATION_SUBJECT = "CONGRESS";
  /** The escalation's resolution when the congress moved on (its meeting day came) before the reviewer decided. */
  public static final String OVERTAKEN = "OVERTAKEN";

  private final CongressProgressRepository progress;
  private final CongressProgressWriter writer;
  private final EscalationRepository escalations;
  private final DatabaseCampaignCalendar calendar;
  private final UnitRegistry registry;
  private final CongressFacts facts;

  public CongressProgressRecorder(CongressProgressRepository progress, CongressProgressWriter writer,
      EscalationRepository escalations, DatabaseCampaignCalendar calendar, UnitRegistry registry,
      CongressFacts facts) {
    this.progress = progress;
    this.writer = writer;
    this.escalations = escalations;
    this.calendar = calendar;
    this.registry = registry;
    this.facts = facts;
  }

  @Override
  public void started(DelegateExecution congress) {
    // a new instance: no row names it yet, so none is looked for (only the unit's row in the campaign, taken over)
    progress.noneYet(congress.getProcessInstanceId());
    create(congress);
  }

  @Override
  public void taskCreated(DelegateTask task) {
    DelegateExecution congress = task.getExecution();
    String id = congress.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case ProcessKeys.TASK_DRAFT_PLAN, ProcessKeys.TASK_AGREE_PILOT_PLAN -> {
        Optional<CongressProgress> row = row(congress);
        LocalDate lastDay = lastDay(id);
        // the row the start has just written (or a return) says so already: nothing to write
        if (row.isPresent() && (row.get().status() != CongressStatus.DRAFTING
            || (lastDay != null && !lastDay.equals(row.get().lastDay())))) {
          writer.status(id, CongressStatus.DRAFTING, lastDay);
        }
      }
      case ProcessKeys.TASK_REVIEW_DOSSIER -> {
        LocalDate lastDay = lastDay(id);
        write(congress, () -> writer.submitted(id, VietnamTime.today(),
            ContractValues.date(congress, CongressVariables.MEETING_DATE).orElse(null), lastDay,
            ContractValues.text(congress, CongressVariables.SESSION).orElse(null),
            ContractValues.text(congress, CongressVariables.VENUE).orElse(null)));
      }
      case ProcessKeys.TASK_HANDLE_OVERDUE -> {
        Optional<CongressProgress> found = row(congress);
        if (found.isEmpty()) {
          return;
        }
        CongressProgress row = found.get();
        LocalDate lastDay = lastDay(id);
        writer.overdue(id, true);
        // the flag written changes neither the campaign, the unit nor the last day of the row read above
        escalations.escalated(row.campaignId(), ESCALATION_SUBJECT, row.unitCode(),
            lastDay != null ? lastDay : row.lastDay(), task.getId());
      }
      // R13: the results are overdue; the unit counts as held for its wave, which no longer waits for it
      case ProcessKeys.TASK_FOLLOW_UP_LATE_RESULTS ->
          write(congress, () -> writer.status(id, CongressStatus.HELD_RESULTS_OVERDUE, null));
      default -> {
        // reportResults: the row already says APPROVED since the review; nothing to read or write
      }
    }
  }

  /** The server's last day, never the variable: the progress shows what the server decides with. */
  private LocalDate lastDay(String processInstanceId) {
    return facts.find(processInstanceId).map(Congress::deadline).orElse(null);
  }

  /**
   * One write of the congress's row by its instance: a single UPDATE, as the row is there from the congress's start.
   * When it updated nothing, the row is created (a congress first seen now) and written again; false when the
   * congress is none of the campaign's business.
   */
  private boolean write(DelegateExecution congress, IntSupplier update) {
    if (update.getAsInt() > 0) {
      return true;
    }
    if (row(congress).isEmpty()) {
      return false;
    }
    update.getAsInt();
    return true;
  }

  @Override
  public void taskCompleted(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    // only these two completions change the row: the others leave it to the next task's creation
    if (!ProcessKeys.TASK_REVIEW_DOSSIER.equals(key) && !ProcessKeys.TASK_HANDLE_OVERDUE.equals(key)) {
      return;
    }
    DelegateExecution congress = task.getExecution();
    String id = congress.getProcessInstanceId();
    switch (key) {
      case ProcessKeys.TASK_REVIEW_DOSSIER -> {
        boolean approved = ContractValues.bool(task, CongressVariables.APPROVED).orElse(false);
        write(congress, () -> approved ? writer.approved(id, VietnamTime.today()) : writer.returned(id));
      }
      case ProcessKeys.TASK_HANDLE_OVERDUE -> {
        String decision = ContractValues.text(task, CongressVariables.DECISION).orElse("");
        LocalDate newLastDay = ContractValues.date(task, CongressVariables.NEW_DEADLINE).orElse(null);
        boolean tracked = write(congress, () -> "EXTEND".equals(decision) ? writer.extended(id, newLastDay)
            : writer.overdue(id, false));
        if (!tracked) {
          return;
        }
        escalations.escalationResolved(task.getId(), decision, "EXTEND".equals(decision) ? newLastDay : null,
            ContractValues.text(task, CongressVariables.REASON).orElse(null),
            CongressObserversPlugin.currentUser(task));
      }
      default -> {
        // the other tasks change the status when the next one is created
      }
    }
  }

  /**
   * The meeting day came while the reviewer had not decided on the overdue unit: the congress ended its handling
   * (terminate), the unit is no longer overdue, and the escalation is recorded as overtaken.
   */
  @Override
  public void taskDeleted(DelegateTask task) {
    if (!ProcessKeys.TASK_HANDLE_OVERDUE.equals(task.getTaskDefinitionKey()) || row(task.getExecution()).isEmpty()) {
      return;
    }
    writer.overdue(task.getProcessInstanceId(), false);
    escalations.escalationResolved(task.getId(), OVERTAKEN, null, null, null);
  }

  @Override
  public void ended(DelegateExecution congress) {
    Optional<CongressProgress> row = row(congress);
    if (row.isEmpty()) {
      return;
    }
    CongressStatus status = ContractValues.text(congress, CongressVariables.OUTCOME)
        .flatMap(CongressProgressRecorder::status)
        .orElse(CongressStatus.CANCELLED);
    writer.ended(row.get(), status,
        status.isHeld() ? ContractValues.date(congress, CongressVariables.HELD_ON).orElse(null) : null,
        held(congress, status, CongressVariables.ATTENDANCE),
        held(congress, status, CongressVariables.COMMENDED_COLLECTIVES),
        held(congress, status, CongressVariables.COMMENDED_INDIVIDUALS),
        held(congress, status, CongressVariables.UPPER_DELEGATES),
        status == CongressStatus.NOT_HELD
            ? ContractValues.text(congress, CongressVariables.NOT_HELD_REASON).orElse(null) : null);
  }

  private static Integer held(DelegateExecution congress, CongressStatus status, String variable) {
    return status.isHeld() ? ContractValues.integer(congress, variable).orElse(null) : null;
  }

  private static Optional<CongressStatus> status(String outcome) {
    return switch (outcome) {
      case "HELD_ON_TIME" -> Optional.of(CongressStatus.HELD_ON_TIME);
      case "HELD_LATE" -> Optional.of(CongressStatus.HELD_LATE);
      case "NOT_HELD" -> Optional.of(CongressStatus.NOT_HELD);
      default -> Optional.empty();
    };
  }

  /**
   * The congress's row, created the first time the congress is seen with a campaign of the table and a unit of the
   * registry. A congress without them is none of the campaign's business (the congress itself refuses an unknown unit,
   * and a second running congress for the same unit and campaign, in loadUnit: this row then rolls back with it).
   */
  private Optional<CongressProgress> row(DelegateExecution congress) {
    Optional<CongressProgress> existing = progress.findByProcessInstance(congress.getProcessInstanceId());
    return existing.isPresent() ? existing : create(congress);
  }

  private Optional<CongressProgress> create(DelegateExecution congress) {
    String processInstanceId = congress.getProcessInstanceId();
    Optional<String> campaignId = ContractValues.text(congress, CongressVariables.CAMPAIGN_ID)
        .filter(calendar::exists);
    if (campaignId.isEmpty()) {
      return Optional.empty();
    }
    Optional<Unit> unit = ContractValues.text(congress, CongressVariables.UNIT_CODE).flatMap(registry::find);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastDay = ContractValues.date(congress, CongressVariables.DEADLINE)
        .orElseGet(() -> calendar.lastDay(campaignId.get(), unit.get()));
    CongressProgress row = new CongressProgress(campaignId.get(), unit.get().code(), processInstanceId,
        unit.get().name(), unit.get().level(), districtOf(unit.get()),
        calendar.isPilot(campaignId.get(), unit.get().code()), CongressStatus.DRAFTING, false, lastDay, lastDay,
        null, null, null, null, 0, 0, null, null, null, null, CampaignRepository.now(), null, null, null, null);
    writer.insert(row);
    return Optional.of(row);
  }

  /** The district under which the progress shows the unit: a commune's district, or a district itself. */
  static String districtOf(Unit unit) {
    if (unit.isCommune()) {
      return unit.parentCode();
    }
    return unit.level() == Level.SO_NGANH_HUYEN && unit.parentCode() != null ? unit.code() : null;
  }
}
