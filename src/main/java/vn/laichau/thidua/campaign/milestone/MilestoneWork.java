package vn.laichau.thidua.campaign.milestone;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.CampaignVariables;

/**
 * Sở Nội vụ's own work with a last day (plan II.3 and IV.2): the guidance, the 10-year review of Chỉ thị 34 and the
 * draft plan of the provincial congress run as one sub-process of the campaign, once per milestone
 * ({@code ${milestoneWork.milestones()}}); what differs between them is here: the due date each reads and the names
 * its tasks take when they open.
 */
@Component("milestoneWork")
public class MilestoneWork {

  private record Work(String dueVariable, String taskName, String lateTaskName) {
  }

  private static final Map<Milestone, Work> WORK = Map.of(
      Milestone.GUIDANCE, new Work(CampaignVariables.GUIDANCE_DUE,
          "Ban hành Hướng dẫn tổ chức Đại hội Thi đua yêu nước, Hội nghị điển hình tiên tiến các cấp",
          "Báo cáo UBND tỉnh việc chậm ban hành Hướng dẫn"),
      Milestone.DIRECTIVE_REVIEW, new Work(CampaignVariables.DIRECTIVE_REVIEW_DUE,
          "Tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị",
          "Báo cáo UBND tỉnh việc chậm tổng kết Chỉ thị 34-CT/TW"),
      Milestone.PROVINCIAL_PLAN, new Work(CampaignVariables.PROVINCIAL_PLAN_DUE,
          "Báo cáo UBND tỉnh dự thảo Kế hoạch Đại hội Thi đua yêu nước tỉnh, thành lập Ban Tổ chức và các Tiểu ban",
          "Báo cáo UBND tỉnh việc chậm dự thảo Kế hoạch Đại hội tỉnh"));

  /** In the plan's order, which is also the order their tasks open in. */
  public List<String> milestones() {
    return List.of(Milestone.GUIDANCE.name(), Milestone.DIRECTIVE_REVIEW.name(), Milestone.PROVINCIAL_PLAN.name());
  }

  /** The moment the milestone of this instance is overdue: 00:00 of the day after its last day, set at the start. */
  public Date due(VariableScope scope) {
    return (Date) scope.getVariable(work(milestone(scope)).dueVariable());
  }

  /** Whether the milestone is one of this sub-process's (the others have tasks of their own in the model). */
  public static boolean isOwnWork(Milestone milestone) {
    return WORK.containsKey(milestone);
  }

  static String taskName(Milestone milestone) {
    return work(milestone).taskName();
  }

  /** The name its delay's explanation task opens with (also for a mail whose task was answered before it went out). */
  public static String lateTaskName(Milestone milestone) {
    return work(milestone).lateTaskName();
  }

  static Milestone milestone(VariableScope scope) {
    return Milestone.valueOf((String) scope.getVariable(CampaignVariables.MILESTONE));
  }

  private static Work work(Milestone milestone) {
    Work work = WORK.get(milestone);
    if (work == null) {
      throw new IllegalStateException("«" + milestone.label() + "» không phải việc có hạn của riêng Sở Nội vụ");
    }
    return work;
  }
}
