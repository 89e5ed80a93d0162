package vn.laichau.thidua.campaign;

import java.util.Map;
import vn.laichau.thidua.unit.Level;

/** The variables of the {@code emulation-campaign} process, spelled once. */
public final class CampaignVariables {

  // set by prepareCampaign
  public static final String CAMPAIGN_ID = "campaignId";
  public static final String CAMPAIGN_NAME = "campaignName";
  public static final String PROVINCE_CODE = "provinceCode";
  /** Timer due dates (java.util.Date): 00:00 Vietnam time of the day after each last day (R7). */
  public static final String GUIDANCE_DUE = "guidanceDue";
  public static final String DRIVE_LAUNCH_DUE = "driveLaunchDue";
  public static final String DIRECTIVE_REVIEW_DUE = "directiveReviewDue";
  public static final String PROVINCIAL_PLAN_DUE = "provincialPlanDue";
  public static final String PILOT_CHOICE_DUE = "pilotChoiceDue";

  /** Local input of the work subprocesses: the {@link Milestone} their tasks record. */
  public static final String MILESTONE = "milestone";
  /** The element of the wave tasks' loops: the code of the unit whose congress one instance starts. */
  public static final String WAVE_UNIT = "waveUnit";
  /**
   * The provincial congress's preparation starts on its calendar date (java.util.Date): 00:00 Vietnam time of the day
   * after the last day of the districts and agencies, whichever units have not finished by then.
   */
  public static final String PROVINCIAL_PREPARATION_DUE = "provincialPreparationDue";
  /** Json array of the units not finished when the provincial congress's preparation started: {code, name, status}. */
  public static final String MISSING_AT_PROVINCIAL_START = "missingAtProvincialStart";

  // record-milestone form
  public static final String DONE_ON = "doneOn";
  public static final String REFERENCE = "reference";
  // explain-delay form
  public static final String EXPECTED_ON = "expectedOn";
  public static final String REASON = "reason";

  // the special drive (R7, II.2)
  /** Element variable of confirmDriveLaunch: the unit code. */
  public static final String LAUNCH_UNIT = "launchUnit";
  public static final String LAUNCHED_ON = "launchedOn";
  /** Who has not confirmed yet: a JSON list of unit codes, kept current at every confirmation. */
  public static final String DRIVE_LAUNCH_PENDING = "driveLaunchPending";
  public static final String DRIVE_LAUNCH_PENDING_COUNT = "driveLaunchPendingCount";
  /** handleLateDriveLaunch: EXTEND (with newDeadline, reason) or CLOSE (with reason). */
  public static final String DECISION = "decision";
  public static final String NEW_DEADLINE = "newDeadline";

  // pilots (R8)
  /** Element variable of the pilot choice: the district's code. */
  public static final String DISTRICT = "district";
  public static final String PILOT_COMMUNE = "pilotCommune";
  /** chooseOverduePilotCommune: PICK (with pilotCommune) or NONE (with reason). */
  public static final String PILOT_DECISION = "pilotDecision";
  /** Task-local on the pilot tasks: the district's name and its communes, for the form. */
  public static final String DISTRICT_NAME = "districtName";
  public static final String COMMUNE_OPTIONS = "communeOptions";

  // waves: true once the last congress of the level's wave ended
  public static final Map<Level, String> WAVE_ENDED = Map.of(
      Level.CO_SO, "coSoWaveEnded",
      Level.SO_NGANH_HUYEN, "soNganhHuyenWaveEnded",
      Level.TINH, "provincialCongressEnded");

  // the end (R9)
  /** Shown on recordNationalDelegates (computed when its form is read): the provincial congress's elected delegates. */
  public static final String PROVINCIAL_DELEGATES_ELECTED = "provincialDelegatesElected";
  public static final String NATIONAL_DELEGATE_QUOTA = "nationalDelegateQuota";
  /** One delegate a line: full name, position. */
  public static final String NATIONAL_DELEGATE_NAMES = "nationalDelegateNames";
  public static final String NATIONAL_DELEGATE_COUNT = "nationalDelegateCount";
  /** The report to UBND tỉnh (File, HTML): the aggregated figures. */
  public static final String REPORT_TO_UBND = "reportToUbnd";
  public static final String SENT_ON = "sentOn";

  private CampaignVariables() {
  }
}
