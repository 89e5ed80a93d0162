package vn.laichau.thidua;

/** The process and task keys other systems and the tests rely on: tests and Java never spell a key twice. */
public final class ProcessKeys {

  public static final String CONGRESS = "congress";
  public static final String EMULATION_CAMPAIGN = "emulation-campaign";
  /** Once a day, the reviewers who chose it get one mail listing the dossiers waiting for them. */
  public static final String REVIEW_DIGEST = "review-digest";
  /** Once a day, the reminders before the congresses' last days (R7) and last days of submission (R6). */
  public static final String REMINDER_SWEEP = "reminder-sweep";

  public static final String TASK_DRAFT_PLAN = "draftPlan";
  public static final String TASK_REVIEW_DOSSIER = "reviewDossier";
  public static final String TASK_REPORT_RESULTS = "reportResults";
  public static final String TASK_HANDLE_OVERDUE = "handleOverdue";
  /** R13: the reviewer's supervisor follows up a review not done by its due date (congress). */
  public static final String TASK_FOLLOW_UP_LATE_REVIEW = "followUpLateReview";
  /** R13: the reviewer follows up a unit whose results are overdue (congress). */
  public static final String TASK_FOLLOW_UP_LATE_RESULTS = "followUpLateResults";
  /** R8: a provincial pilot's programme agreed with Sở Nội vụ before drafting (congress). */
  public static final String TASK_AGREE_PILOT_PLAN = "agreePilotPlan";

  /**
   * Sở Nội vụ's own milestones with a last day (R9: the guidance, the review of Chỉ thị 34, the provincial plan), one
   * task per milestone, told apart by its variable {@code milestone} (emulation-campaign).
   */
  public static final String TASK_RECORD_MILESTONE = "recordMilestone";
  /** R7: when a milestone is overdue, Sở Nội vụ reports the delay to UBND tỉnh (emulation-campaign). */
  public static final String TASK_EXPLAIN_LATE_MILESTONE = "explainLateMilestone";
  /** Each unit confirms it launched the special drive (emulation-campaign). */
  public static final String TASK_CONFIRM_DRIVE_LAUNCH = "confirmDriveLaunch";
  /** R7: Sở Nội vụ decides on the units that did not confirm the drive by its last day (emulation-campaign). */
  public static final String TASK_HANDLE_LATE_DRIVE_LAUNCH = "handleLateDriveLaunch";
  /** R8: each district picks its pilot commune; Sở Nội vụ picks in an overdue district's stead (emulation-campaign). */
  public static final String TASK_CHOOSE_PILOT_COMMUNE = "choosePilotCommune";
  public static final String TASK_CHOOSE_OVERDUE_PILOT_COMMUNE = "chooseOverduePilotCommune";
  /** The province's delegates to the national congress (emulation-campaign). */
  public static final String TASK_RECORD_NATIONAL_DELEGATES = "recordNationalDelegates";
  /** R9: the report on the congresses goes to UBND tỉnh (emulation-campaign). */
  public static final String TASK_SEND_REPORT_TO_UBND = "sendReportToUbnd";

  private ProcessKeys() {
  }
}
