package vn.laichau.thidua.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Grants permissions to groups so that running it twice changes nothing: every grant made at start, when a unit
 * appears or when a congress reaches a person is restart-safe and never duplicated.
 *
 * <p>Grants are system work: they run inside one engine command with authorization checks switched off, because
 * they are often triggered by an official (Sở Nội vụ saving a unit, a unit's task being created) who must not be
 * able to edit authorizations himself.
 */
public class AuthorizationGrants {

  private final CommandExecutor commandExecutor;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  public AuthorizationGrants(ProcessEngine processEngine) {
    this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.authorizationService = processEngine.getAuthorizationService();
    this.identityService = processEngine.getIdentityService();
  }

  /** Runs the work as the system, not as the official whose request triggered it. */
  public <T> T asSystem(Supplier<T> work) {
    return commandExecutor.execute(commandContext -> commandContext.runWithoutAuthorization(work::get));
  }

  public void asSystem(Runnable work) {
    asSystem(() -> {
      work.run();
      return null;
    });
  }

  /** Adds the permissions the group does not hold yet on the resource; the group's other permissions stay. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    asSystem(() -> {
      Authorization authorization = authorizationService.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groupId)
          .resourceType(resource)
          .resourceId(resourceId)
          .singleResult();
      grant(authorization, groupId, resource, resourceId, permissions);
    });
  }

  /** One permission set a group should hold on one resource type, for {@link #grantAll}. */
  public record Grant(String groupId, Resource resource, Permission... permissions) {
  }

  /**
   * Grants on one resource id (a process instance and its history, which share it) with one query for all of them
   * rather than one per group and resource: a congress confirms its grants at every task it hands to a person.
   */
  public void grantAll(String resourceId, List<Grant> grants) {
    asSystem(() -> grantAll(resourceId, grants, authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .resourceId(resourceId)
        .list()));
  }

  /** {@link #grantAll} on a resource created in this transaction, which nobody holds any grant on yet. */
  public void grantAllNew(String resourceId, List<Grant> grants) {
    asSystem(() -> grantAll(resourceId, grants, List.of()));
  }

  private void grantAll(String resourceId, List<Grant> grants, List<Authorization> existing) {
    for (Grant wanted : grants) {
      Authorization authorization = existing.stream()
          .filter(a -> wanted.groupId().equals(a.getGroupId())
              && a.getResourceType() == wanted.resource().resourceType())
          .findFirst().orElse(null);
      grant(authorization, wanted.groupId(), wanted.resource(), resourceId, wanted.permissions());
    }
  }

  private void grant(Authorization found, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = found;
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /**
   * Tasks created before candidate groups and assignees were given TASK_WORK hold the engine's former default,
   * UPDATE, with which their holders could set any variable of the process: it becomes TASK_WORK. Administrators keep
   * what they hold. Returns how many authorizations were changed.
   */
  public int replaceUpdateByWorkOnTasks() {
    return asSystem(() -> {
      int changed = 0;
      for (Authorization authorization : authorizationService.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.TASK).hasPermission(TaskPermissions.UPDATE)
          .list()) {
        if (vn.laichau.thidua.identity.Groups.CAMUNDA_ADMIN.equals(authorization.getGroupId())
            || Authorization.ANY.equals(authorization.getResourceId())) {
          continue;
        }
        authorization.removePermission(TaskPermissions.UPDATE);
        authorization.addPermission(TaskPermissions.TASK_WORK);
        authorizationService.saveAuthorization(authorization);
        changed++;
      }
      return changed;
    });
  }

  /** Creates the group when it does not exist; an existing group keeps its name. */
  public void ensureGroup(String groupId, String name, String type) {
    asSystem(() -> {
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
      }
    });
  }
}
