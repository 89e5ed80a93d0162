package vn.laichau.thidua.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.security.AuthorizationGrants;
import vn.laichau.thidua.unit.RegistryStartup;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegisteredEvent;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * The Tasklist filters of the roles ({@link TaskFilterProperties}), made at each start: a missing filter is created, an
 * existing one (found by name) gets the configured query and properties, so a restart repairs and never duplicates.
 * Each filter is granted READ to its groups only, so each role sees its own filters; a unit registered later gets the
 * filters of {@code unit-*} (and, for a district, {@code phong-noi-vu-*}) as the registry saves it.
 *
 * <p>The queries hold no expressions (stored queries may not run code here): what a person sees through a filter is
 * limited by the tasks they may read, which are their own groups' tasks.
 */
@Component
@Order(RegistryStartup.ORDER + 20)
public class TaskFilters implements ApplicationRunner {

  static final String UNIT_GROUPS = "unit-*";
  static final String DISTRICT_REVIEWER_GROUPS = "phong-noi-vu-*";
  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

  private final TaskFilterProperties properties;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final AuthorizationGrants grants;
  private final UnitRegistry registry;

  public TaskFilters(TaskFilterProperties properties, ProcessEngine processEngine, UnitRegistry registry) {
    this.properties = properties;
    this.filterService = processEngine.getFilterService();
    this.taskService = processEngine.getTaskService();
    this.authorizationService = processEngine.getAuthorizationService();
    this.grants = new AuthorizationGrants(processEngine);
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureFilters();
  }

  /** Creates or updates every configured filter and grants it to its groups and to every unit's groups. */
  public Map<String, String> ensureFilters() {
    Map<String, String> ids = new LinkedHashMap<>();
    grants.asSystem(() -> {
      int priority = 0;
      for (TaskFilterProperties.Definition definition : properties.taskFilters()) {
        ids.put(definition.name(), ensure(definition, priority));
        priority += 10;
      }
    });
    for (TaskFilterProperties.Definition definition : properties.taskFilters()) {
      for (String group : definition.groups()) {
        if (!group.endsWith("*")) {
          grants.grant(group, Resources.FILTER, ids.get(definition.name()), Permissions.READ);
          revokeAllFilters(group);
        }
      }
    }
    registry.findAll().forEach(unit -> grantFor(unit, ids));
    return ids;
  }

  @EventListener
  public void onUnitRegistered(UnitRegisteredEvent event) {
    Map<String, String> ids = new LinkedHashMap<>();
    grants.asSystem(() -> properties.taskFilters().forEach(definition -> {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter != null) {
        ids.put(definition.name(), filter.getId());
      }
    }));
    grantFor(event.unit(), ids);
  }

  private void grantFor(Unit unit, Map<String, String> ids) {
    for (TaskFilterProperties.Definition definition : properties.taskFilters()) {
      String id = ids.get(definition.name());
      if (id == null) {
        continue;
      }
      if (definition.groups().contains(UNIT_GROUPS)) {
        grants.grant(Groups.unit(unit.code()), Resources.FILTER, id, Permissions.READ);
      }
      if (unit.isDistrict() && definition.groups().contains(DISTRICT_REVIEWER_GROUPS)) {
        grants.grant(Groups.phongNoiVu(unit.code()), Resources.FILTER, id, Permissions.READ);
      }
    }
    revokeAllFilters(Groups.unit(unit.code()));
    if (unit.isDistrict()) {
      revokeAllFilters(Groups.phongNoiVu(unit.code()));
    }
  }

  /**
   * Earlier versions let every Tasklist group read every filter ({@code FILTER *}); that grant would show each role the
   * others' filters, so it is taken back where it is found.
   */
  private void revokeAllFilters(String group) {
    grants.asSystem(() -> authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(Resources.FILTER).resourceId(Authorization.ANY).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId())));
  }

  private String ensure(TaskFilterProperties.Definition definition, int priority) {
    TaskQuery query = taskService.createTaskQuery();
    if (!definition.taskDefinitionKeys().isEmpty()) {
      query.taskDefinitionKeyIn(definition.taskDefinitionKeys().toArray(String[]::new));
    }
    if (definition.processDefinitionKey() != null && !definition.processDefinitionKey().isBlank()) {
      query.processDefinitionKey(definition.processDefinitionKey());
    }
    query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    Map<String, Object> filterProperties = new LinkedHashMap<>();
    filterProperties.put("description", definition.description() == null ? "" : definition.description());
    filterProperties.put("priority", priority);
    filterProperties.put("refresh", true);
    filterProperties.put("showUndefinedVariable", false);

    List<Filter> existing = new ArrayList<>(filterService.createFilterQuery().filterName(definition.name()).list());
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter(definition.name()) : existing.get(0);
    boolean changed = existing.isEmpty() || !Objects.equals(filter.getProperties(), filterProperties)
        || !sameTasks(filter.getQuery(), (TaskQueryImpl) query);
    if (changed) {
      filter.setQuery(query);
      filter.setProperties(filterProperties);
      filterService.saveFilter(filter);
      LOG.info("Bộ lọc Tasklist «{}» {}.", definition.name(), existing.isEmpty() ? "đã được tạo" : "đã được cập nhật");
    }
    return filter.getId();
  }

  private static boolean sameTasks(Object stored, TaskQueryImpl configured) {
    return stored instanceof TaskQueryImpl query
        && Objects.equals(query.getKeys() == null ? null : List.of(query.getKeys()),
            configured.getKeys() == null ? null : List.of(configured.getKeys()))
        && Objects.equals(query.getProcessDefinitionKey(), configured.getProcessDefinitionKey());
  }
}
