package vn.laichau.thidua.congress.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.contract.CampaignCalendar;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Violations;

/**
 * R6: the dossier reaches the reviewer at least {@code submissionLeadDays} (15) calendar days before the meeting,
 * Vietnam time: submitted ≤ meeting − 15 days. Exactly 15 days before is on time, 14 is late. A resubmission after a
 * return is a new submission and is checked again.
 */
@Component
@Order(50)
public class SubmissionDateRule implements DraftPlanRule {

  private final CampaignCalendar calendar;

  public SubmissionDateRule(CampaignCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void check(DraftPlan plan, Violations violations) {
    if (plan.meetingDate().isEmpty()) {
      return;
    }
    LocalDate meeting = plan.meetingDate().get();
    int leadDays = calendar.submissionLeadDays(plan.campaignId());
    LocalDate latestSubmission = meeting.minusDays(leadDays);
    if (plan.today().isAfter(latestSubmission)) {
      long daysLeft = ChronoUnit.DAYS.between(plan.today(), meeting);
      violations.add("R6", "Hồ sơ phải gửi trước ngày tổ chức ít nhất " + leadDays + " ngày: Đại hội ngày "
          + VietnamTime.format(meeting) + " thì hạn gửi hồ sơ là " + VietnamTime.format(latestSubmission)
          + ", hôm nay đã là " + VietnamTime.format(plan.today()) + " (" + (daysLeft >= 0
              ? "chỉ còn " + daysLeft + " ngày" : "ngày tổ chức đã qua") + ").");
    }
  }
}
