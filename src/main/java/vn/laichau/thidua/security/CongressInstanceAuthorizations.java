package vn.laichau.thidua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * Lets the people who share a congress read it: the unit's group and its reviewer's group, as the server knows them
 * ({@link CongressFacts}, never a variable), get READ on the process instance and on its history. Nobody else does (Sở Nội vụ and the
 * supervisors read every congress through grants on the process definition, see {@link RoleAuthorizations}).
 *
 * <p>The groups are known only after the first service task has registered the unit, so the grant is made when the
 * process hands work to a person: every user task of {@code congress} gets a built-in start listener (built-in, so
 * that it also runs when an administrator modifies an instance with "skip listeners"). The groups granted are recorded
 * in the congress's register ({@link Congress#grantedGroups()}), which each task reads anyway: a later task whose
 * groups are those already granted asks nothing of the authorizations, and one whose groups changed (the registry
 * moved the unit to another district, so another reviewer) grants the new ones. Granting is idempotent, so a congress
 * started before the groups were recorded only confirms what it holds, and records it.
 */
public class CongressInstanceAuthorizations extends AbstractBpmnParseListener implements ExecutionListener {

  private final Supplier<CongressFacts> facts;

  /** @param facts resolved when a task starts: the engine is built before the beans it reads through */
  CongressInstanceAuthorizations(Supplier<CongressFacts> facts) {
    this.facts = facts;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
        && ProcessKeys.CONGRESS.equals(definition.getKey())) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    Congress congress = facts.get().of(execution);
    String groups = congress.unitGroup() + " " + congress.reviewerGroup();
    if (groups.equals(congress.grantedGroups())) {
      return;
    }
    List<AuthorizationGrants.Grant> wanted = new ArrayList<>();
    for (String group : List.of(congress.unitGroup(), congress.reviewerGroup())) {
      wanted.add(new AuthorizationGrants.Grant(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ));
      wanted.add(new AuthorizationGrants.Grant(group, Resources.HISTORIC_PROCESS_INSTANCE,
          HistoricProcessInstancePermissions.READ));
    }
    AuthorizationGrants grants = new AuthorizationGrants(execution.getProcessEngine());
    if (congress.grantedGroups() != null && congress.grantedGroups().isEmpty()) {
      // started in this command: nothing is granted on it yet, so nothing is looked for
      grants.grantAllNew(execution.getProcessInstanceId(), wanted);
    } else {
      grants.grantAll(execution.getProcessInstanceId(), wanted);
    }
    facts.get().recordGrants(execution.getProcessInstanceId(), groups);
  }
}
