package vn.laichau.thidua.congress.rules;

import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Violations;

/** R7: the congress is held by the unit's last day (the calendar's, the start's, or an extension's). */
@Component
@Order(60)
public class DeadlineRule implements DraftPlanRule {

  @Override
  public void check(DraftPlan plan, Violations violations) {
    if (plan.meetingDate().isEmpty()) {
      return;
    }
    LocalDate meeting = plan.meetingDate().get();
    if (meeting.isAfter(plan.deadline())) {
      violations.add("R7", "Ngày tổ chức " + VietnamTime.format(meeting) + " sau thời hạn "
          + VietnamTime.format(plan.deadline()) + " của đơn vị: Đại hội phải hoàn thành chậm nhất ngày "
          + VietnamTime.format(plan.deadline()) + ".");
    }
  }
}
