package vn.laichau.thidua;

/** The names of the public contract (../CONTRACT in the README): tests and Java never spell a key twice. */
public final class ProcessKeys {

  public static final String CONGRESS = "congress";
  public static final String EMULATION_CAMPAIGN = "emulation-campaign";

  public static final String TASK_DRAFT_PLAN = "draftPlan";
  public static final String TASK_REVIEW_DOSSIER = "reviewDossier";
  public static final String TASK_REPORT_RESULTS = "reportResults";
  public static final String TASK_HANDLE_OVERDUE = "handleOverdue";
  /** R8: a provincial pilot's programme agreed with Sở Nội vụ before drafting (congress). */
  public static final String TASK_AGREE_PILOT_PLAN = "agreePilotPlan";

  private ProcessKeys() {
  }
}
