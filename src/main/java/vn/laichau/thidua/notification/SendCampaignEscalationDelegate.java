package vn.laichau.thidua.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignVariables;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.EscalationRepository.Escalation;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneWork;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.notification.NotificationService.Concerning;
import vn.laichau.thidua.unit.RegistryProperties;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R7 for the campaign's own work: when the last day of Sở Nội vụ's guidance, Chỉ thị 34 review or provincial plan, of a
 * unit's launch of the special drive or of a district's pick of its pilot commune has passed, tells the unit that is
 * late, its council member, Sở Nội vụ (who has the escalation task) and UBND tỉnh, with the link to that task.
 *
 * <p>Inputs of the sending task: {@code milestone} (a {@link Milestone}; the work subprocesses already have it) and
 * {@code escalationTask}, the id of the escalation task in the model, whose name the letter quotes. The unit is the
 * element variable {@code launchUnit} for the drive, {@code district} for the pilot choice and the standing agency
 * ({@code thidua.registry.standing-agency-code}) for Sở Nội vụ's own work. The last day is that of the escalation the
 * task listener recorded, so a retried mail still speaks of the day that passed, not of a new date granted since.
 */
@Component("sendCampaignEscalation")
public class SendCampaignEscalationDelegate implements JavaDelegate {

  static final String ESCALATION_TASK = "escalationTask";

  private final NotificationService notifications;
  private final EscalationRepository escalations;
  private final UnitRegistry registry;
  private final RegistryProperties registryProperties;
  private final OpenWork openWork;
  private final RecipientResolver recipients;
  private final MailTemplates templates;

  public SendCampaignEscalationDelegate(NotificationService notifications, EscalationRepository escalations,
      UnitRegistry registry, RegistryProperties registryProperties, OpenWork openWork,
      RecipientResolver recipients, MailTemplates templates) {
    this.notifications = notifications;
    this.escalations = escalations;
    this.registry = registry;
    this.registryProperties = registryProperties;
    this.openWork = openWork;
    this.recipients = recipients;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone milestone = Milestone.valueOf(ContractValues.required(execution, CampaignVariables.MILESTONE));
    String campaignId = ContractValues.required(execution, CampaignVariables.CAMPAIGN_ID);
    String unitCode = lateUnit(execution, milestone);
    Unit unit = registry.find(unitCode).orElseThrow(() -> new IllegalStateException(
        "Không tìm thấy đơn vị " + unitCode + " trong danh sách đơn vị: không soạn được thư báo quá hạn"));
    // the drive's escalation is one for all the units still pending; a district's pick has one per district
    String escalatedUnit = milestone == Milestone.PILOT_CHOICE ? unitCode : null;
    Escalation escalation = escalations.latestEscalation(campaignId, milestone.name(), escalatedUnit)
        .orElseThrow(() -> new IllegalStateException("Chưa ghi nhận việc đôn đốc " + milestone.label()
            + " của đợt " + campaignId + ": không soạn được thư báo quá hạn"));

    Map<String, String> facts = notifications.withoutAuthorization(() -> {
      Optional<Task> task = Optional.ofNullable(escalation.taskId()).flatMap(openWork::task);
      return Map.of(
          "campaignName", String.valueOf(execution.getVariable(CampaignVariables.CAMPAIGN_NAME)),
          "work", templates.label("campaign.work." + milestone.name()),
          "reviewerName", recipients.groupName(Groups.SO_NOI_VU),
          "overdueTask", task.map(Task::getName).orElseGet(() -> escalationTaskName(execution, milestone)),
          "nextStep", templates.label("campaign.nextStep." + milestone.name()),
          "link", openWork.link(task));
    });
    notifications.send(execution, MessageKind.CAMPAIGN_ESCALATION, "campaign-escalation",
        new Concerning(unit.code(), unit.name(), escalation.lastDay()), addressees(milestone, unit), facts);
  }

  private String lateUnit(DelegateExecution execution, Milestone milestone) {
    return switch (milestone) {
      case DRIVE_LAUNCH -> ContractValues.required(execution, CampaignVariables.LAUNCH_UNIT);
      case PILOT_CHOICE -> ContractValues.required(execution, CampaignVariables.DISTRICT);
      case GUIDANCE, DIRECTIVE_REVIEW, PROVINCIAL_PLAN -> registryProperties.standingAgencyCode();
      case NATIONAL_DELEGATES, REPORT_TO_UBND -> throw new IllegalStateException(
          "Việc «" + milestone.label() + "» không có hạn cuối nên không có thư báo quá hạn");
    };
  }

  /** The unit's people (a district's pick is also its Phòng Nội vụ's task), its council member, Sở Nội vụ, UBND. */
  private List<Addressee> addressees(Milestone milestone, Unit unit) {
    Set<Addressee> addressees = new LinkedHashSet<>();
    switch (milestone) {
      case GUIDANCE, DIRECTIVE_REVIEW, PROVINCIAL_PLAN -> addressees.add(Addressee.group(Groups.SO_NOI_VU));
      case PILOT_CHOICE -> {
        addressees.add(Addressee.group(Groups.unit(unit.code())));
        addressees.add(Addressee.group(Groups.phongNoiVu(unit.code())));
      }
      default -> addressees.add(Addressee.group(Groups.unit(unit.code())));
    }
    addressees.add(Addressee.user(unit.councilMember(), templates.label("role.councilMember")));
    addressees.add(Addressee.group(Groups.SO_NOI_VU));
    addressees.add(Addressee.group(Groups.UBND_TINH));
    return new ArrayList<>(addressees);
  }

  /**
   * The name the escalation task opened with, for a letter whose task was answered before it went out: the model's, or
   * for Sở Nội vụ's own milestones, which share one task in the model, its milestone's.
   */
  private static String escalationTaskName(DelegateExecution execution, Milestone milestone) {
    if (MilestoneWork.isOwnWork(milestone)) {
      return MilestoneWork.lateTaskName(milestone);
    }
    String id = ContractValues.required(execution, ESCALATION_TASK);
    FlowElement element = execution.getBpmnModelInstance().getModelElementById(id);
    if (element == null) {
      throw new IllegalStateException("Quy trình không có việc " + id + " (biến " + ESCALATION_TASK + ")");
    }
    return element.getName();
  }
}
