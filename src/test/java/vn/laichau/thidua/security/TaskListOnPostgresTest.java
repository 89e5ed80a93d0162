package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.support.PostgresTest;

/**
 * Tasklist's filters on PostgreSQL ({@link GroupTaskListFilterService}): a reader who reads tasks through their groups
 * gets exactly their groups' tasks, claimed ones included, and never another group's; a supervisor still gets every
 * task; a search by candidate group keeps its own criterion; the planner settings hold for the filter's own transaction
 * and end with it; the index of task grants exists.
 */
@PostgresTest
class TaskListOnPostgresTest {

  private static final String DISTRICT = "106";
  private static final String REVIEWER = "pnv.tasklist";
  private static final String SUPERVISOR = "ubnd.tasklist";
  private static final String PASSWORD = "Danh-Sach-Viec-2025!";
  private static final String FIRST_FILTER = "Tất cả công việc";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;

  private final List<String> tasks = new ArrayList<>();

  @BeforeEach
  void tasksOfTwoGroups() {
    for (int i = 0; i < 12; i++) {
      Task task = engine.getTaskService().newTask();
      task.setName("Việc thử " + i);
      engine.getTaskService().saveTask(task);
      // a third of them for the district's reviewer, the others for a commune of another district
      engine.getTaskService().addCandidateGroup(task.getId(), i % 3 == 0 ? Groups.phongNoiVu(DISTRICT)
          : Groups.unit("TL-XA-1"));
      tasks.add(task.getId());
    }
    user(REVIEWER, Groups.phongNoiVu(DISTRICT));
    user(SUPERVISOR, Groups.UBND_TINH);
  }

  @AfterEach
  void cleanUp() {
    engine.getIdentityService().clearAuthentication();
    tasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
    engine.getIdentityService().deleteUser(REVIEWER);
    engine.getIdentityService().deleteUser(SUPERVISOR);
  }

  @Test
  void aReviewerListsTheirGroupsTasksAndASupervisorEveryTask() {
    String filter = filterId();
    engine.getTaskService().claim(tasks.get(0), REVIEWER);

    engine.getIdentityService().setAuthentication(REVIEWER, List.of(Groups.phongNoiVu(DISTRICT)));
    List<Task> listed = engine.getFilterService().listPage(filter, 0, 15);
    Long count = engine.getFilterService().count(filter);
    engine.getIdentityService().clearAuthentication();

    assertThat(listed).extracting(Task::getId)
        .containsExactlyInAnyOrder(tasks.get(0), tasks.get(3), tasks.get(6), tasks.get(9));
    assertThat(count).isEqualTo(4);

    engine.getIdentityService().setAuthentication(SUPERVISOR, List.of(Groups.UBND_TINH));
    Long all = engine.getFilterService().count(filter);
    engine.getIdentityService().clearAuthentication();
    assertThat(all).isEqualTo(engine.getTaskService().createTaskQuery().count()).isGreaterThanOrEqualTo(12);
  }

  /** Tasklist's search by candidate group: the client's own criterion, the engine's query, the same answer. */
  @Test
  void aSearchByCandidateGroupKeepsItsOwnCriterion() {
    String filter = filterId();
    engine.getIdentityService().setAuthentication(REVIEWER, List.of(Groups.phongNoiVu(DISTRICT)));
    Long own = engine.getFilterService().count(filter,
        engine.getTaskService().createTaskQuery().taskCandidateGroup(Groups.phongNoiVu(DISTRICT)));
    Long other = engine.getFilterService().count(filter,
        engine.getTaskService().createTaskQuery().taskCandidateGroup(Groups.unit("TL-XA-1")));
    engine.getIdentityService().clearAuthentication();

    assertThat(own).isEqualTo(4);
    assertThat(other).as("another group's tasks, searched for by name").isZero();
  }

  @Test
  void thePlannerSettingsHoldForTheFiltersTransactionOnly() {
    String filter = filterId();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    engine.getIdentityService().setAuthentication(REVIEWER, List.of(Groups.phongNoiVu(DISTRICT)));
    String inside = configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      engine.getFilterService().count(filter);
      return new JdbcTemplate(dataSource).queryForObject("SHOW enable_material", String.class);
    });
    engine.getIdentityService().clearAuthentication();
    String after = configuration.getCommandExecutorTxRequired().execute(commandContext ->
        new JdbcTemplate(dataSource).queryForObject("SHOW enable_material", String.class));

    assertThat(inside).isEqualTo("off");
    assertThat(after).isEqualTo("on");
  }

  @Test
  void theTaskGrantsAreIndexedApart() {
    String definition = new JdbcTemplate(dataSource).queryForObject(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_authorization' AND indexname = ?", String.class,
        "act_idx_auth_task_read");
    assertThat(definition).contains("(resource_id_)").contains("WHERE").contains("resource_type_ = 7");
  }

  private String filterId() {
    return engine.getFilterService().createFilterQuery().filterName(FIRST_FILTER).singleResult().getId();
  }

  private void user(String id, String group) {
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName("Thử");
    user.setLastName("Nghiệm");
    user.setPassword(PASSWORD);
    engine.getIdentityService().saveUser(user);
    if (engine.getIdentityService().createGroupQuery().groupId(group).count() == 0) {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(group));
    }
    engine.getIdentityService().createMembership(id, group);
  }
}
