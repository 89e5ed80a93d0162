package vn.laichau.thidua.recognition;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The named lists of each congress of a campaign (tables congress_exemplar, congress_delegate,
 * congress_invited_member), the upper congresses' decisions on their lower units' proposals, the province's national
 * delegates and exemplars, and the pilots' lessons. Written in the completion's own transaction, so a refused or rolled
 * back report leaves nothing behind.
 */
@Repository
public class CongressContentRepository {

  /** One honoured or proposed exemplar of a unit's congress. */
  public record ExemplarLine(String unitCode, String kind, int line, String name, Beneficiary type,
      String recognition, String achievement) {
  }

  /** One delegate a unit's congress elected to the upper congress. */
  public record DelegateLine(String unitCode, int line, String fullName, int birthYear, Delegate.Gender gender,
      String ethnicity, String position) {
  }

  /**
   * A proposal of a lower unit's congress, with what the upper congress decided on it ({@code decision}
   * {@code TAKEN_UP} or {@code DECLINED}, null while undecided).
   */
  public record ProposalLine(String unitCode, int line, String name, Beneficiary type, String recognition,
      String achievement, String decidedBy, String decision, String reason) {

    /** How a form refers to it: the unit's code and the line, e.g. {@code 03394/2}. */
    public String reference() {
      return unitCode + "/" + line;
    }
  }

  /** One of the province's delegates to the national congress; the columns after the name may be null. */
  public record NationalDelegate(int line, String fullName, Integer birthYear, Delegate.Gender gender,
      String ethnicity, String position) {
  }

  /** What a pilot congress learned (plan II.6). */
  public record Lesson(String unitCode, String wentWell, String toChange) {
  }

  public static final String TAKEN_UP = "TAKEN_UP";
  public static final String DECLINED = "DECLINED";

  public static final String HONOUR = "HONOUR";
  public static final String PROPOSAL = "PROPOSAL";

  private final JdbcTemplate jdbc;

  public CongressContentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit's lists as now reported; a list not sent (null) keeps its earlier lines. */
  public void replace(String campaignId, String unitCode, String processInstanceId, List<Honour> honours,
      List<Honour> proposals, List<Delegate> delegates) {
    if (honours != null) {
      replaceExemplars(campaignId, unitCode, processInstanceId, HONOUR, honours);
    }
    if (proposals != null) {
      replaceExemplars(campaignId, unitCode, processInstanceId, PROPOSAL, proposals);
    }
    if (delegates != null) {
      replacePeople("congress_delegate", campaignId, unitCode, processInstanceId, delegates);
    }
  }

  /** The members the provincial congress invited by name, as now reported. */
  public void replaceInvited(String campaignId, String unitCode, String processInstanceId, List<Delegate> invited) {
    replacePeople("congress_invited_member", campaignId, unitCode, processInstanceId, invited);
  }

  private void replacePeople(String table, String campaignId, String unitCode, String processInstanceId,
      List<Delegate> people) {
    jdbc.update("DELETE FROM " + table + " WHERE campaign_id = ? AND unit_code = ?", campaignId, unitCode);
    for (int i = 0; i < people.size(); i++) {
      Delegate d = people.get(i);
      jdbc.update("INSERT INTO " + table + " (campaign_id, unit_code, process_instance_id, line_no, full_name,"
          + " birth_year, gender, ethnicity, job_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", campaignId, unitCode,
          processInstanceId, i + 1, d.fullName(), d.birthYear(), d.gender().name(), d.ethnicity(), d.position());
    }
  }

  /** The proposals the unit's congress (this instance of it) reported, with the upper congress's decisions. */
  public List<ProposalLine> proposals(String campaignId, String unitCode, String processInstanceId) {
    return jdbc.query("SELECT unit_code, line_no, name, beneficiary, recognition, achievement, decided_by, decision,"
            + " decision_reason FROM congress_exemplar WHERE campaign_id = ? AND unit_code = ? AND kind = ?"
            + " AND process_instance_id = ? ORDER BY line_no",
        (rs, n) -> new ProposalLine(rs.getString(1), rs.getInt(2), rs.getString(3),
            Beneficiary.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9)),
        campaignId, unitCode, PROPOSAL, processInstanceId);
  }

  /** The upper congress's decision on one proposal of a lower unit. */
  public void decide(String campaignId, ProposalLine proposal, String decidedBy, String decision, String reason) {
    jdbc.update("UPDATE congress_exemplar SET decided_by = ?, decision = ?, decision_reason = ? WHERE campaign_id = ?"
        + " AND unit_code = ? AND kind = ? AND line_no = ?", decidedBy, decision, reason, campaignId,
        proposal.unitCode(), PROPOSAL, proposal.line());
  }

  public List<DelegateLine> invited(String campaignId, String unitCode) {
    return people("congress_invited_member", campaignId, unitCode);
  }

  /** The province's national delegates and exemplars, as Sở Nội vụ now picked them. */
  public void replaceNational(String campaignId, List<NationalDelegate> delegates, List<Honour> exemplars) {
    jdbc.update("DELETE FROM national_delegate WHERE campaign_id = ?", campaignId);
    jdbc.update("DELETE FROM national_exemplar WHERE campaign_id = ?", campaignId);
    for (NationalDelegate d : delegates) {
      jdbc.update("INSERT INTO national_delegate (campaign_id, line_no, full_name, birth_year, gender, ethnicity,"
          + " job_position) VALUES (?, ?, ?, ?, ?, ?, ?)", campaignId, d.line(), d.fullName(), d.birthYear(),
          d.gender() == null ? null : d.gender().name(), d.ethnicity(), d.position());
    }
    for (int i = 0; i < exemplars.size(); i++) {
      Honour h = exemplars.get(i);
      jdbc.update("INSERT INTO national_exemplar (campaign_id, line_no, name, beneficiary, recognition, achievement)"
          + " VALUES (?, ?, ?, ?, ?, ?)", campaignId, i + 1, h.name(), h.type().name(), h.recognition(),
          h.achievement());
    }
  }

  public List<NationalDelegate> nationalDelegates(String campaignId) {
    return jdbc.query("SELECT line_no, full_name, birth_year, gender, ethnicity, job_position FROM national_delegate"
            + " WHERE campaign_id = ? ORDER BY line_no",
        (rs, n) -> new NationalDelegate(rs.getInt(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
            rs.getString(4) == null ? null : Delegate.Gender.valueOf(rs.getString(4)), rs.getString(5),
            rs.getString(6)),
        campaignId);
  }

  public List<Honour> nationalExemplars(String campaignId) {
    return jdbc.query("SELECT name, beneficiary, recognition, achievement FROM national_exemplar WHERE campaign_id = ?"
            + " ORDER BY line_no",
        (rs, n) -> new Honour(rs.getString(1), Beneficiary.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4)),
        campaignId);
  }

  /** What a pilot congress learned; replaces what it said before. */
  public void saveLesson(String campaignId, String unitCode, String processInstanceId, String wentWell,
      String toChange) {
    jdbc.update("DELETE FROM congress_lesson WHERE campaign_id = ? AND unit_code = ?", campaignId, unitCode);
    jdbc.update("INSERT INTO congress_lesson (campaign_id, unit_code, process_instance_id, went_well, to_change)"
        + " VALUES (?, ?, ?, ?, ?)", campaignId, unitCode, processInstanceId, wentWell, toChange);
  }

  /** The campaign's pilots' lessons, in the order of the units' codes. */
  public List<Lesson> lessons(String campaignId) {
    return jdbc.query("SELECT unit_code, went_well, to_change FROM congress_lesson WHERE campaign_id = ?"
        + " ORDER BY unit_code", (rs, n) -> new Lesson(rs.getString(1), rs.getString(2), rs.getString(3)), campaignId);
  }

  private void replaceExemplars(String campaignId, String unitCode, String processInstanceId, String kind,
      List<Honour> honours) {
    jdbc.update("DELETE FROM congress_exemplar WHERE campaign_id = ? AND unit_code = ? AND kind = ?", campaignId,
        unitCode, kind);
    for (int i = 0; i < honours.size(); i++) {
      Honour h = honours.get(i);
      jdbc.update("INSERT INTO congress_exemplar (campaign_id, unit_code, process_instance_id, kind, line_no, name,"
          + " beneficiary, recognition, achievement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", campaignId, unitCode,
          processInstanceId, kind, i + 1, h.name(), h.type().name(), h.recognition(), h.achievement());
    }
  }

  /** The unit's honours then its proposals, each in the order reported. */
  public List<ExemplarLine> exemplars(String campaignId, String unitCode) {
    return jdbc.query("SELECT unit_code, kind, line_no, name, beneficiary, recognition, achievement"
            + " FROM congress_exemplar WHERE campaign_id = ? AND unit_code = ? ORDER BY kind, line_no",
        (rs, n) -> new ExemplarLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            Beneficiary.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)),
        campaignId, unitCode);
  }

  public List<DelegateLine> delegates(String campaignId, String unitCode) {
    return people("congress_delegate", campaignId, unitCode);
  }

  private List<DelegateLine> people(String table, String campaignId, String unitCode) {
    return jdbc.query("SELECT unit_code, line_no, full_name, birth_year, gender, ethnicity, job_position"
            + " FROM " + table + " WHERE campaign_id = ? AND unit_code = ? ORDER BY line_no",
        (rs, n) -> new DelegateLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
            Delegate.Gender.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)),
        campaignId, unitCode);
  }
}
