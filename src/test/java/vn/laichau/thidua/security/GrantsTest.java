package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/** Grants are made by the application, idempotently, and the supervisors' grants only read. */
class GrantsTest extends WebSecurityTestSupport {

  @Autowired
  RoleAuthorizations roleAuthorizations;
  @Autowired
  UnitAuthorizations unitAuthorizations;
  @Autowired
  UnitRegistry registry;
  @Autowired
  CongressRules rules;

  @Test
  void grantingAgainChangesNothing() throws Exception {
    AuthorizationService authorizations = engine.getAuthorizationService();
    long before = authorizations.createAuthorizationQuery().count();

    roleAuthorizations.postProcessEngineBuild(engine);
    unitAuthorizations.run(null);

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
  }

  @Test
  void everyUnitOfTheRegistryAndEveryDistrictReviewerGetsTasklistAndTheReviewerCockpit() {
    registry.findAll().forEach(unit -> {
      assertThat(grantedOn(Groups.unit(unit.code()), Resources.APPLICATION, "tasklist")).as(unit.code()).isTrue();
      if (unit.isDistrict()) {
        assertThat(grantedOn(Groups.phongNoiVu(unit.code()), Resources.APPLICATION, "tasklist")).as(unit.code())
            .isTrue();
        assertThat(grantedOn(Groups.phongNoiVu(unit.code()), Resources.APPLICATION, "cockpit")).as(unit.code())
            .isTrue();
      }
    });
    assertThat(grantedOn(Groups.unit("03394"), Resources.APPLICATION, "cockpit")).isFalse();
  }

  @Test
  void aCongressIsGrantedToItsUnitAndReviewerOnceWhateverTheNumberOfTasks() {
    CongressFixture congresses = new CongressFixture(engine, rules);
    CongressFixture.clockOnTheDayOfWork();
    // Xã Giang Ma (huyện Tam Đường): draftPlan, reviewDossier and draftPlan again
    ProcessInstance congress = congresses.returned("03405");
    try {
      for (String group : List.of(Groups.unit("03405"), Groups.phongNoiVu("106"))) {
        for (var resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
          assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
              .resourceType(resource).resourceId(congress.getId()).count()).as(group + " " + resource).isOne();
        }
      }
      assertThat(engine.getAuthorizationService().createAuthorizationQuery()
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(congress.getId()).count()).as("nobody else")
          .isEqualTo(2);
    } finally {
      congresses.discard(congress.getId());
      CongressFixture.resetClock();
    }
  }

  @Test
  void aCongressWhoseUnitMovesToAnotherDistrictIsGrantedToTheNewReviewerAtItsNextTask() {
    CongressFixture congresses = new CongressFixture(engine, rules);
    CongressFixture.clockOnTheDayOfWork();
    Unit commune = registry.findByParent("106").stream()
        .filter(unit -> !Set.of("03394", "03405").contains(unit.code())).findFirst().orElseThrow();
    String otherDistrict = registry.findAll().stream().filter(Unit::isDistrict).map(Unit::code)
        .filter(code -> !code.equals("106")).findFirst().orElseThrow();
    ProcessInstance congress = congresses.submitted(commune.code());
    try {
      assertThat(readers(congress)).containsExactlyInAnyOrder(Groups.unit(commune.code()), Groups.phongNoiVu("106"));

      // the reviewDossier task was created for the same groups: nothing more was granted, the groups are recorded
      registry.save(withParent(commune, otherDistrict));
      engine.getTaskService().complete(congresses.task(congress, ProcessKeys.TASK_REVIEW_DOSSIER).getId(),
          Variables.createVariables().putValue("approved", false).putValue("reviewComment", "Bổ sung."));

      assertThat(readers(congress)).containsExactlyInAnyOrder(Groups.unit(commune.code()), Groups.phongNoiVu("106"),
          Groups.phongNoiVu(otherDistrict));
    } finally {
      congresses.discard(congress.getId());
      registry.save(commune);
      CongressFixture.resetClock();
    }
  }

  private Set<String> readers(ProcessInstance congress) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(congress.getId()).list().stream().map(Authorization::getGroupId).collect(Collectors.toSet());
  }

  private static Unit withParent(Unit unit, String parentCode) {
    return new Unit(unit.code(), unit.name(), unit.level(), unit.kind(), unit.staffCount(), parentCode,
        unit.councilMember(), unit.active());
  }

  @Test
  void supervisorsOnlyRead() {
    Set<String> readOnly = Set.of("NONE", "READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK", "ACCESS");
    for (String group : List.of(Groups.HOI_DONG_TDKT, Groups.UBND_TINH)) {
      List<Authorization> granted = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).list();
      assertThat(granted).isNotEmpty();
      for (Authorization authorization : granted) {
        Permission[] permissions = authorization.getPermissions(
            org.camunda.bpm.engine.impl.util.ResourceTypeUtil.getPermissionsByResourceType(
                authorization.getResourceType()));
        for (Permission permission : permissions) {
          assertThat(readOnly).as(group + " on resource type " + authorization.getResourceType())
              .contains(permission.getName());
        }
      }
    }
  }

  private boolean grantedOn(String group, Resources resource, String resourceId) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).count() > 0;
  }

  @Test
  void aTaskOfAnOlderVersionWhoseGroupCouldUpdateItIsWorkedOnlyAfterAStart() {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    tasks.saveTask(task);
    AuthorizationService authorizations = engine.getAuthorizationService();
    try {
      Authorization former = authorizations.createNewAuthorization(
          Authorization.AUTH_TYPE_GRANT);
      former.setGroupId("unit-03394");
      former.setResource(Resources.TASK);
      former.setResourceId(task.getId());
      former.addPermission(TaskPermissions.READ);
      former.addPermission(TaskPermissions.UPDATE);
      authorizations.saveAuthorization(former);

      roleAuthorizations.postProcessEngineBuild(engine);

      Authorization now = authorizations.createAuthorizationQuery()
          .groupIdIn("unit-03394").resourceType(Resources.TASK)
          .resourceId(task.getId()).singleResult();
      assertThat(now.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
      assertThat(now.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
      assertThat(now.isPermissionGranted(TaskPermissions.READ)).isTrue();
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }
}
