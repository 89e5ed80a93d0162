package vn.laichau.thidua;

/** The names of the public contract (../CONTRACT in the README): tests and Java never spell a key twice. */
public final class ProcessKeys {

  public static final String CONGRESS = "congress";
  public static final String EMULATION_CAMPAIGN = "emulation-campaign";
  /** Once a day, the reviewers who chose it get one mail listing the dossiers waiting for them. */
  public static final String REVIEW_DIGEST = "review-digest";

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

  private ProcessKeys() {
  }
}
