package vn.laichau.thidua.tasklist;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Tasklist filters made for the roles ({@code thidua.task-filters} in application.yaml): which tasks each shows and
 * who sees it, so that a new task key or a new role is a configuration change.
 *
 * @param filters the filters, in the order Tasklist lists them
 */
@ConfigurationProperties(prefix = "thidua")
public record TaskFilterProperties(List<Definition> taskFilters) {

  public TaskFilterProperties {
    taskFilters = taskFilters == null ? List.of() : List.copyOf(taskFilters);
  }

  /**
   * One filter.
   *
   * @param name                 its name in Tasklist (Vietnamese); the filter is found by it at each start
   * @param description          what it lists, shown under the name
   * @param groups               who sees it: group ids; {@code unit-*} is every unit's officials,
   *                             {@code phong-noi-vu-*} every district's Phòng Nội vụ
   * @param taskDefinitionKeys   the tasks it lists (any, when empty)
   * @param processDefinitionKey the process whose tasks it lists (any, when empty)
   */
  public record Definition(String name, String description, List<String> groups, List<String> taskDefinitionKeys,
      String processDefinitionKey) {

    public Definition {
      groups = groups == null ? List.of() : List.copyOf(groups);
      taskDefinitionKeys = taskDefinitionKeys == null ? List.of() : List.copyOf(taskDefinitionKeys);
    }
  }
}
