package vn.laichau.thidua.notification;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of a {@code congress} instance that the e-mails speak of (HELPERS.md, CONTRACT.md), read once.
 * Dates are the contract's {@code yyyy-MM-dd} strings; {@code meetingDate} and the plan's facts exist once the unit
 * has drafted its plan.
 */
record CongressFacts(String unitCode, String unitName, String unitGroup, String reviewerGroup, String councilMember,
    String campaignId, LocalDate deadline, LocalDate meetingDate, String session, String format,
    Object delegateCount, String venue) {

  static final String UNIT_CODE = "unitCode";
  static final String UNIT_NAME = "unitName";
  static final String UNIT_GROUP = "unitGroup";
  static final String REVIEWER_GROUP = "reviewerGroup";
  static final String COUNCIL_MEMBER = "councilMember";
  static final String CAMPAIGN_ID = "campaignId";
  static final String DEADLINE = "deadline";
  static final String MEETING_DATE = "meetingDate";
  /** R8: the meeting date a provincial pilot agreed with Sở Nội vụ before drafting its plan (agreePilotPlan). */
  static final String AGREED_MEETING_DATE = "agreedMeetingDate";
  static final String SESSION = "session";
  static final String FORMAT = "format";
  static final String DELEGATE_COUNT = "delegateCount";
  /** Where the congress is held; optional: the contract's draftPlan does not ask for it, the plan document says it. */
  static final String VENUE = "venue";

  static CongressFacts of(VariableScope execution) {
    return new CongressFacts(
        required(execution, UNIT_CODE),
        required(execution, UNIT_NAME),
        required(execution, UNIT_GROUP),
        required(execution, REVIEWER_GROUP),
        (String) execution.getVariable(COUNCIL_MEMBER),
        (String) execution.getVariable(CAMPAIGN_ID),
        LocalDate.parse(required(execution, DEADLINE)),
        date(execution, MEETING_DATE),
        (String) execution.getVariable(SESSION),
        (String) execution.getVariable(FORMAT),
        execution.getVariable(DELEGATE_COUNT),
        (String) execution.getVariable(VENUE));
  }

  static LocalDate date(VariableScope execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
  }

  /** A variable the message cannot do without; its absence fails the sending job with its name. */
  static String required(VariableScope execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("Thiếu biến " + name + " của quy trình: không soạn được thư");
    }
    return value.toString();
  }
}
