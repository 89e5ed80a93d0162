package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Inputs;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.UnitKind;

/**
 * A unit's dossier as it stands when draftPlan is completed: the values just entered (already set on the task's
 * scope) and the facts of the unit as the server knows them ({@link Congress}), never a variable of the process. The
 * rules read it; those that normalize a value (the delegate count of a full assembly, the staff count) write back
 * through {@link #scope()}.
 */
public final class DraftPlan {

  private final VariableScope scope;
  private final Congress congress;
  private final LocalDate today;
  private final Optional<LocalDate> meetingDate;

  private DraftPlan(VariableScope scope, Congress congress, Violations violations) {
    this.scope = scope;
    this.congress = congress;
    this.today = VietnamTime.today();
    this.meetingDate = Inputs.date(scope, MEETING_DATE, "R6", "ngày tổ chức Đại hội (meetingDate)", true, violations);
  }

  /** Reads the dossier; an unreadable meeting date is recorded as a violation once, for every rule that needs it. */
  public static DraftPlan read(VariableScope scope, Congress congress, Violations violations) {
    return new DraftPlan(scope, congress, violations);
  }

  /** The congress's facts: the registry's unit, the campaign, the last day. */
  public Congress congress() {
    return congress;
  }

  public VariableScope scope() {
    return scope;
  }

  public Object value(String name) {
    return scope.getVariable(name);
  }

  public String unitCode() {
    return congress.unitCode();
  }

  public Level level() {
    return congress.level();
  }

  public UnitKind kind() {
    return congress.kind();
  }

  public boolean pilot() {
    return congress.pilot();
  }

  public String campaignId() {
    return congress.campaignId();
  }

  /** The unit's current last day (an extension moves it). */
  public LocalDate deadline() {
    return congress.deadline();
  }

  /** The submission date: today in Vietnam by the engine clock. */
  public LocalDate today() {
    return today;
  }

  public Optional<LocalDate> meetingDate() {
    return meetingDate;
  }
}
