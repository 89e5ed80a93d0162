package vn.laichau.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.notification.NotificationService.Concerning;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A campaign task has opened for a unit: its confirmation of the drive's launch (element {@code launchUnit}) or a
 * district's pick of its pilot commune (element {@code district}, also its Phòng Nội vụ's task). Input
 * {@code milestone}: {@code DRIVE_LAUNCH} or {@code PILOT_CHOICE}. The mail names the task, its last day (the task's own
 * due date, so that an extension is what the unit reads) and links to it. The start of a wave reaches each unit
 * through its congress ({@link SendCongressHandOverDelegate}).
 */
@Component("sendCampaignTaskOpened")
public class SendCampaignTaskOpenedDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final CampaignRepository campaigns;
  private final UnitRegistry registry;
  private final TaskService taskService;
  private final OpenWork openWork;
  private final MailTemplates templates;

  public SendCampaignTaskOpenedDelegate(NotificationService notifications, CampaignRepository campaigns,
      UnitRegistry registry, TaskService taskService, OpenWork openWork, MailTemplates templates) {
    this.notifications = notifications;
    this.campaigns = campaigns;
    this.registry = registry;
    this.taskService = taskService;
    this.openWork = openWork;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone milestone = Milestone.valueOf(ContractValues.required(execution, CampaignVariables.MILESTONE));
    String campaignId = ContractValues.required(execution, CampaignVariables.CAMPAIGN_ID);
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    String unitCode = ContractValues.required(execution, switch (milestone) {
      case DRIVE_LAUNCH -> CampaignVariables.LAUNCH_UNIT;
      case PILOT_CHOICE -> CampaignVariables.DISTRICT;
      default -> throw new IllegalStateException("Việc «" + milestone.label() + "» không giao cho từng đơn vị");
    });
    Unit unit = registry.find(unitCode).orElseThrow(() -> new IllegalStateException(
        "Không tìm thấy đơn vị " + unitCode + " trong danh sách đơn vị: không soạn được thư"));
    Optional<Task> task = notifications.withoutAuthorization(() -> Optional.ofNullable(taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(milestone == Milestone.DRIVE_LAUNCH ? ProcessKeys.TASK_CONFIRM_DRIVE_LAUNCH
            : ProcessKeys.TASK_CHOOSE_PILOT_COMMUNE)
        .taskCandidateGroup(Groups.unit(unitCode))
        .singleResult()));
    LocalDate lastDay = task.map(Task::getDueDate).map(due -> VietnamTime.dateOf(due).minusDays(1))
        .orElse(campaign.lastDay(milestone));
    Map<String, String> facts = Map.of(
        "campaignName", campaign.name(),
        "taskName", task.map(Task::getName).orElse(milestone.label()),
        "work", templates.label("campaign.work." + milestone.name()),
        "link", openWork.link(task));
    List<Addressee> addressees = milestone == Milestone.PILOT_CHOICE
        ? List.of(Addressee.group(Groups.unit(unitCode)), Addressee.group(Groups.phongNoiVu(unitCode)))
        : List.of(Addressee.group(Groups.unit(unitCode)));
    notifications.send(execution, MessageKind.CAMPAIGN_TASK_OPENED, "campaign-task-opened",
        new Concerning(unit.code(), unit.name(), lastDay), addressees, facts);
  }
}
