package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;

/**
 * The dates and numbers of one campaign (đợt thi đua) as the province's plan sets them: R6's lead time, R7's last days
 * and R8's pilots. Read from configuration ({@code thidua.campaigns.cycles.<id>}); a campaign kept elsewhere (a
 * database) can use the same type, with the configured one as its defaults.
 *
 * @param name                    the campaign's Vietnamese name
 * @param submissionLeadDays      R6: the dossier reaches the reviewer at least this many days before the meeting
 * @param guidanceLastDay         R7: Sở Nội vụ issues the guidance on organizing congresses
 * @param driveLaunchLastDay      R7: every sector and level launches the special emulation drive
 * @param provincialPlanLastDay   R7: Sở Nội vụ reports the draft plan of the provincial congress to UBND tỉnh
 * @param pilotCommuneLastDay     R7, R8: the pilot conference of the commune each district picked
 * @param provincialPilotLastDay  R7, R8: the province's pilot congresses
 * @param levelLastDays           R7: the last day of every level's congresses; every level must have one
 * @param provincialPilots        R8: the province's pilot units (unit codes)
 * @param pilotCommunes           R8: the communes the districts picked for their pilot conference (unit codes)
 */
public record CampaignDefinition(String name, int submissionLeadDays, LocalDate guidanceLastDay,
    LocalDate driveLaunchLastDay, LocalDate provincialPlanLastDay, LocalDate pilotCommuneLastDay,
    LocalDate provincialPilotLastDay, Map<Level, LocalDate> levelLastDays, List<String> provincialPilots,
    List<String> pilotCommunes) {

  public CampaignDefinition {
    if (submissionLeadDays < 0) {
      throw new IllegalArgumentException("submission-lead-days must not be negative, was " + submissionLeadDays);
    }
    Map<Level, LocalDate> days = levelLastDays == null ? Map.of() : Map.copyOf(levelLastDays);
    List<Level> missing = Arrays.stream(Level.values()).filter(level -> days.get(level) == null).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("level-last-days has no last day for " + missing);
    }
    levelLastDays = days;
    provincialPilots = provincialPilots == null ? List.of() : List.copyOf(provincialPilots);
    pilotCommunes = pilotCommunes == null ? List.of() : List.copyOf(pilotCommunes);
    if (!provincialPilots.isEmpty()) {
      Objects.requireNonNull(provincialPilotLastDay, "provincial-pilot-last-day is required with provincial-pilots");
    }
    if (!pilotCommunes.isEmpty()) {
      Objects.requireNonNull(pilotCommuneLastDay, "pilot-commune-last-day is required with pilot-communes");
    }
  }

  /** R7, R8: a pilot commune's date, else a provincial pilot's date, else its level's last day. */
  public LocalDate lastDay(Unit unit) {
    if (pilotCommunes.contains(unit.code())) {
      return pilotCommuneLastDay;
    }
    if (provincialPilots.contains(unit.code())) {
      return provincialPilotLastDay;
    }
    return levelLastDays.get(unit.level());
  }

  public boolean isPilot(String unitCode) {
    return pilotCommunes.contains(unitCode) || provincialPilots.contains(unitCode);
  }

  public boolean isProvincialPilot(String unitCode) {
    return provincialPilots.contains(unitCode);
  }
}
