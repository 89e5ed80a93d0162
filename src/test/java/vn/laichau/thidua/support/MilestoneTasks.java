package vn.laichau.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.milestone.Milestone;

/**
 * The open tasks of one of Sở Nội vụ's milestones in a campaign: the milestone sub-process runs once per milestone, so
 * its tasks share their keys and are told apart by the variable {@code milestone} of their instance.
 */
public final class MilestoneTasks {

  private MilestoneTasks() {
  }

  public static List<Task> open(TaskService taskService, String campaignInstanceId, String taskKey,
      Milestone milestone) {
    return taskService.createTaskQuery().processInstanceId(campaignInstanceId).taskDefinitionKey(taskKey).list()
        .stream()
        .filter(task -> milestone.name().equals(taskService.getVariable(task.getId(), CampaignVariables.MILESTONE)))
        .toList();
  }

  public static Task single(TaskService taskService, String campaignInstanceId, String taskKey, Milestone milestone) {
    List<Task> tasks = open(taskService, campaignInstanceId, taskKey, milestone);
    assertThat(tasks).as("open tasks %s of %s", taskKey, milestone).hasSize(1);
    return tasks.get(0);
  }
}
