package vn.laichau.thidua.campaign.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;

/**
 * The deadlines of a campaign that have already passed on a given day. A campaign started after one of them opens, at
 * once, the escalation of every work due by it (escalation tasks and e-mails to the units, their council members,
 * Sở Nội vụ and UBND tỉnh), which is what a campaign of a past cycle would do if started by mistake.
 */
public final class PastDeadlines {

  private PastDeadlines() {
  }

  /** Each past deadline as "<work>: <dd/MM/yyyy>", in the plan's order; empty when all are today or later. */
  public static List<String> of(Campaign campaign, LocalDate today) {
    List<String> passed = new ArrayList<>();
    for (Milestone milestone : Milestone.values()) {
      add(passed, milestone.label(), campaign.lastDay(milestone), today);
    }
    add(passed, "Hội nghị chỉ đạo điểm cấp xã", campaign.pilotCommuneLastDay(), today);
    add(passed, "Đại hội chỉ đạo điểm của tỉnh", campaign.provincialPilotLastDay(), today);
    for (Level level : Level.values()) {
      add(passed, "Đại hội, Hội nghị – " + level.label(), campaign.levelLastDay(level), today);
    }
    return passed;
  }

  private static void add(List<String> passed, String work, LocalDate lastDay, LocalDate today) {
    if (lastDay != null && lastDay.isBefore(today)) {
      passed.add(work + ": " + VietnamTime.format(lastDay));
    }
  }
}
