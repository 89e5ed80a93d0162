package vn.laichau.thidua.contract;

import java.time.LocalDate;
import vn.laichau.thidua.unit.Unit;

/** The dates and numbers of a campaign (R6, R7, R8), and its pilots: data, not constants in code. */
public interface CampaignCalendar extends CampaignPilots {

  /** The campaign a congress belongs to when its start names none, e.g. {@code LAICHAU-2025}. */
  String defaultCampaignId();

  boolean exists(String campaignId);

  /** The last day by which the unit must hold its congress in this campaign (R7; a pilot's own date, R8). */
  LocalDate lastDay(String campaignId, Unit unit);

  /** R6: the dossier reaches the reviewer at least this many days before the meeting (15). */
  int submissionLeadDays(String campaignId);
}
