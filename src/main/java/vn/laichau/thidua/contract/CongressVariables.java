package vn.laichau.thidua.contract;

/**
 * The variable names of a {@code congress} instance, spelled once for every package that reads or writes them.
 *
 * <p>None of them is a fact the server decides with: what the congress knows of its unit (level, kind, district,
 * reviewer, staff count, pilot, last day, campaign) comes from {@link CongressFacts}. The start variables name the
 * unit, the campaign and, for one unit, its own last day; the rest are what the forms send and what the server
 * records of the steps.
 */
public final class CongressVariables {

  // the start (contract): read once by loadUnit, which records them where no completion reaches
  public static final String UNIT_CODE = "unitCode";
  public static final String CAMPAIGN_ID = "campaignId";
  /**
   * At the start, a last day (yyyy-MM-dd) that overrides the calendar for this unit. Afterwards the current last day,
   * shown in the forms; an extension sets it again, which starts the reminders of the new last day.
   */
  public static final String DEADLINE = "deadline";

  // shown in the forms, set by loadUnit: the registry's values at the start, never read back by the server
  public static final String UNIT_NAME = "unitName";
  /**
   * The registry's staff count at the start, for the form; in a draftPlan completion, the count the unit declares
   * when the registry has none ({@link #STAFF_COUNT_GIVEN_BY_UNIT}).
   */
  public static final String STAFF_COUNT = "staffCount";

  // agreePilotPlan (R8: Sở Y tế and huyện Than Uyên agree with Sở Nội vụ first)
  public static final String AGREED_CONTENT = "agreedContent";
  public static final String AGREED_PROGRAMME = "agreedProgramme";
  public static final String AGREED_MEETING_DATE = "agreedMeetingDate";
  public static final String AGREED_DELEGATE_COUNT = "agreedDelegateCount";

  // draftPlan (contract)
  public static final String FORMAT = "format";
  public static final String MEETING_DATE = "meetingDate";
  public static final String SESSION = "session";
  /** The meeting's place, where the plan gives one (optional). */
  public static final String VENUE = "venue";
  public static final String DELEGATE_COUNT = "delegateCount";
  public static final String PROGRAMME_ITEMS = "programmeItems";
  /** R5 item 2: who gives the exemplars' speeches, one a line (or a Json array of names). */
  public static final String EXEMPLAR_SPEAKERS = "exemplarSpeakers";
  public static final String PLAN_DOCUMENT = "planDocument";
  public static final String SCHEDULE_DOCUMENT = "scheduleDocument";
  public static final String SUMMARY_REPORT = "summaryReport";
  public static final String PROGRAMME_DOCUMENT = "programmeDocument";
  /** Set at the submission: FULL_ASSEMBLY or DELEGATES, from the delegateQuota table. */
  public static final String MEETING_FORM = "meetingForm";
  /**
   * Set by the server at a submission: the registry had no staff count and the unit declared one, for the reviewer to
   * accept or return. The declaration never reaches the registry, and the registry's count wins once it has one.
   */
  public static final String STAFF_COUNT_GIVEN_BY_UNIT = "staffCountGivenByUnit";

  // shown while drafting (guidance of draftPlan, computed when its form is read)
  public static final String LEVEL_LABEL = "levelLabel";
  public static final String ALLOWED_FORMATS_LABEL = "allowedFormatsLabel";
  public static final String ALLOWED_FORMAT_OPTIONS = "allowedFormatOptions";
  public static final String ALLOWED_SESSIONS_LABEL = "allowedSessionsLabel";
  public static final String ALLOWED_SESSION_OPTIONS = "allowedSessionOptions";
  public static final String PROGRAMME_ITEM_OPTIONS = "programmeItemOptions";
  public static final String QUOTA_DESCRIPTION = "quotaDescription";
  /** FULL_ASSEMBLY or DELEGATES, with the limits below; absent while the staff count is unknown. */
  public static final String QUOTA_MEETING_FORM = "quotaMeetingForm";
  public static final String QUOTA_MIN_DELEGATES = "quotaMinDelegates";
  public static final String QUOTA_MAX_DELEGATES = "quotaMaxDelegates";
  public static final String DEADLINE_LABEL = "deadlineLabel";
  public static final String SUBMISSION_RULE_LABEL = "submissionRuleLabel";
  public static final String SUBMISSION_LEAD_DAYS = "submissionLeadDays";
  public static final String MAX_FILE_SIZE_LABEL = "maxFileSizeLabel";

  // recordSubmission
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String SUBMISSION_COUNT = "submissionCount";
  /**
   * R13: the review's last day, yyyy-MM-dd (working days after the submission, before the meeting); reviewDossier is
   * due, and escalated, from 00:00 Vietnam time of the next day ({@code DueDates}).
   */
  public static final String REVIEW_LAST_DAY = "reviewLastDay";

  // reviewDossier (contract) and what follows it
  public static final String APPROVED = "approved";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String RETURN_REASON = "returnReason";
  public static final String RETURN_COUNT = "returnCount";
  public static final String APPROVED_ON = "approvedOn";
  /**
   * R13: the last day of the results report, yyyy-MM-dd (days after the meeting); reportResults is due, and
   * escalated, from 00:00 Vietnam time of the next day ({@code DueDates}).
   */
  public static final String RESULTS_LAST_DAY = "resultsLastDay";

  // followUpLateReview, followUpLateResults: what the supervisor (or reviewer) did about the late work
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  // handleOverdue (contract) and what follows it
  public static final String DECISION = "decision";
  public static final String NEW_DEADLINE = "newDeadline";
  public static final String REASON = "reason";
  /** Json array of the extensions granted: {from, to, reason, grantedOn, grantedBy}. */
  public static final String EXTENSIONS = "extensions";
  public static final String EXTENSION_COUNT = "extensionCount";
  public static final String NOT_HELD_REASON = "notHeldReason";
  public static final String NOT_HELD_ON = "notHeldOn";

  // reportResults (contract)
  public static final String HELD_ON = "heldOn";
  public static final String ATTENDANCE = "attendance";
  public static final String COMMENDED_COLLECTIVES = "commendedCollectives";
  public static final String COMMENDED_INDIVIDUALS = "commendedIndividuals";
  public static final String UPPER_DELEGATES = "upperDelegates";

  // reportResults, upward (R11, R12) and the pilots' lessons (plan II.6)
  /** An upper congress's decision on each proposal of its lower units: Json [{proposal, decision, reason}]. */
  public static final String PROPOSAL_DECISIONS = "proposalDecisions";
  /** The provincial congress's invited members by name: Json, the columns of {@code delegateList}. */
  public static final String INVITED_MEMBERS = "invitedMembers";
  /** The provincial congress's members, from below and invited, against the plan and the range (String). */
  public static final String PROVINCIAL_MEMBERS_CHECK = "provincialMembersCheck";
  /** A pilot congress's lessons: what went well, what to change (String). */
  public static final String LESSONS_WENT_WELL = "lessonsWentWell";
  public static final String LESSONS_TO_CHANGE = "lessonsToChange";
  /** Shown while drafting (guidance, Json array of lines): the lessons of the campaign's pilots. */
  public static final String PILOT_LESSONS = "pilotLessons";

  /** HELD_ON_TIME, HELD_LATE or NOT_HELD ({@link Outcome}). */
  public static final String OUTCOME = "outcome";

  private CongressVariables() {
  }
}
