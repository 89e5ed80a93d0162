package vn.laichau.thidua.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The one reader of what a congress knows of its unit: which unit and campaign it is and its last day (the register,
 * written only by the server), the unit's level, kind, district, staff count and council member (the registry), its
 * reviewer (the routing rule) and whether it is a pilot (the campaign's tables), all read when a step needs them.
 * No process variable is read back: whoever may write one (an administrator through the engine's API, a completion
 * that slipped through) changes nothing that the server decides with.
 *
 * <p>The process model calls it by name in its expressions ({@code ${congressFacts.reviewerGroup(execution)}}), so
 * the candidate groups, the gateways and the overdue timer need no copied variable. Each row it reads (the register's,
 * the unit's, the campaign's pilots) is read once per engine command by its repository ({@code CommandReads}), which
 * also forgets it when the command writes it: the steps of one command ask the database once and never see a fact
 * older than their own writes.
 */
@Component("congressFacts")
public class CongressFacts {

  private final CongressRegister register;
  private final UnitRegistry registry;
  private final CongressGroups groups;
  private final CampaignPilots pilots;

  CongressFacts(CongressRegister register, UnitRegistry registry, CongressGroups groups, CampaignPilots pilots) {
    this.register = register;
    this.registry = registry;
    this.groups = groups;
    this.pilots = pilots;
  }

  /** The congress an execution or a task belongs to. */
  public Congress of(VariableScope scope) {
    return of(processInstanceId(scope));
  }

  public Congress of(String processInstanceId) {
    return find(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Đại hội " + processInstanceId + " không có trong sổ Đại hội của máy chủ"));
  }

  /** Empty for a process instance the server did not start as a congress. */
  public Optional<Congress> find(String processInstanceId) {
    return register.find(processInstanceId).map(entry -> new Congress(processInstanceId,
        registry.find(entry.unitCode()).orElseThrow(() -> new IllegalStateException(
            "Đơn vị " + entry.unitCode() + " không còn trong danh sách đơn vị")),
        entry.campaignId(), entry.originalLastDay(), entry.lastDay(), entry.grantedGroups(), groups, pilots));
  }

  // --- the process model's expressions ----------------------------------------------------------------------------

  public String unitGroup(VariableScope scope) {
    return of(scope).unitGroup();
  }

  public String reviewerGroup(VariableScope scope) {
    return of(scope).reviewerGroup();
  }

  public String supervisorGroup(VariableScope scope) {
    return of(scope).supervisorGroup();
  }

  public boolean provincialPilot(VariableScope scope) {
    return of(scope).provincialPilot();
  }

  public Date deadlineDue(VariableScope scope) {
    return of(scope).deadlineDue();
  }

  /** The last day now in force (after any extension), for the overdue decision's rule on the new date. */
  public LocalDate deadline(VariableScope scope) {
    return of(scope).deadline();
  }

  // --- what the server writes -------------------------------------------------------------------------------------

  /** The start: the unit (already checked and locked), its campaign and its last day, recorded once. */
  public Congress register(String processInstanceId, Unit unit, String campaignId, LocalDate lastDay) {
    register.insert(processInstanceId, unit.code(), campaignId, lastDay);
    return new Congress(processInstanceId, unit, campaignId, lastDay, lastDay, CongressRegister.NONE_YET, groups,
        pilots);
  }

  /** R7: the reviewer extended the last day; the overdue timer that follows reads the new one. */
  public Congress extend(String processInstanceId, LocalDate newLastDay) {
    register.extend(processInstanceId, newLastDay);
    return of(processInstanceId);
  }

  /** The groups the congress's instance has just been granted READ to (see {@link Congress#grantedGroups()}). */
  public void recordGrants(String processInstanceId, String grantedGroups) {
    register.recordGrants(processInstanceId, grantedGroups);
  }

  /** The unit's other congresses in the campaign (the register's, running or ended). */
  public List<String> others(String unitCode, String campaignId, String processInstanceId) {
    return register.others(unitCode, campaignId, processInstanceId);
  }

  private static String processInstanceId(VariableScope scope) {
    if (scope instanceof DelegateExecution execution) {
      return execution.getProcessInstanceId();
    }
    if (scope instanceof DelegateTask task) {
      return task.getProcessInstanceId();
    }
    throw new IllegalArgumentException("not a scope of a congress: " + scope);
  }
}
