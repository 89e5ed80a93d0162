package vn.laichau.thidua.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.identity.Groups;

/**
 * What the role groups of the contract may do (the registry creates the groups themselves, {@code UnitGroups}). Made
 * at every start and idempotent, so a restart repairs a missing grant and never duplicates one; an authorization
 * does not need its group to exist yet.
 *
 * <ul>
 *   <li>{@code camunda-admin}: everything (deploys, manages users, edits authorizations). Nobody else may deploy:
 *   no other group has CREATE on DEPLOYMENT.</li>
 *   <li>{@code so-noi-vu}: Tasklist (its review tasks come through candidate groups), Cockpit read-only, reads every
 *   congress and campaign instance and their history, starts congresses and campaigns.</li>
 *   <li>{@code hoi-dong-tdkt}, {@code ubnd-tinh}: Cockpit read-only: definitions, instances, tasks, history,
 *   decisions, deployments and reports; no UPDATE, no TASK_WORK, no CREATE anywhere.</li>
 * </ul>
 * Open tasks of an older version whose people still hold UPDATE are brought to TASK_WORK
 * ({@link AuthorizationGrants#replaceUpdateByWorkOnTasks()}).
 * Unit groups and district reviewers are granted as units appear ({@link UnitAuthorizations}); each congress instance
 * is granted to its unit and reviewer when it reaches them ({@link CongressInstanceAuthorizations}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RoleAuthorizations extends AbstractProcessEnginePlugin {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    grant(new AuthorizationGrants(processEngine));
  }

  void grant(AuthorizationGrants grants) {
    grantAdministrators(grants);
    grantSoNoiVu(grants);
    grantSupervisor(grants, Groups.HOI_DONG_TDKT);
    grantSupervisor(grants, Groups.UBND_TINH);
    // R14: UBND tỉnh reviews Sở Nội vụ's own congress and the provincial congress, and follows up the reviews and
    // reports that Sở Nội vụ lets run late (R13); the tasks themselves are its through their candidate group
    grantTasklist(grants, Groups.UBND_TINH);
    grants.replaceUpdateByWorkOnTasks();
  }

  public static void grantAdministrators(AuthorizationGrants grants) {
    grants.ensureGroup(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống",
        org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grants.grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private static void grantSoNoiVu(AuthorizationGrants grants) {
    String group = Groups.SO_NOI_VU;
    grantTasklist(grants, group);
    grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    for (String key : new String[] {ProcessKeys.CONGRESS, ProcessKeys.EMULATION_CAMPAIGN}) {
      grants.grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // starting an instance needs CREATE on process instances as well as CREATE_INSTANCE on its definition
    grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    grantRulesReadOnly(grants, group);
  }

  private static void grantSupervisor(AuthorizationGrants grants, String group) {
    grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(group, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    grantRulesReadOnly(grants, group);
    grants.grant(group, Resources.REPORT, ANY, Permissions.READ);
    grants.grant(group, Resources.DASHBOARD, ANY, Permissions.READ);
  }

  /** The rule tables (DMN) and the deployments they come in, to be read in Cockpit. */
  private static void grantRulesReadOnly(AuthorizationGrants grants, String group) {
    grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  /** Tasklist and its filters; which tasks a filter shows is still decided by the task's own authorizations. */
  static void grantTasklist(AuthorizationGrants grants, String group) {
    grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    // the filters are granted one by one to the roles they are made for (tasklist.TaskFilters), not all to everyone
    grants.grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.CONGRESS, ProcessDefinitionPermissions.READ);
  }
}
