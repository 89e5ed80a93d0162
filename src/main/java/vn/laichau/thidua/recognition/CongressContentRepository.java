package vn.laichau.thidua.recognition;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The named lists of each congress of a campaign (tables congress_exemplar, congress_delegate). Written in the
 * completion's own transaction, so a refused or rolled back report leaves nothing behind.
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
      jdbc.update("DELETE FROM congress_delegate WHERE campaign_id = ? AND unit_code = ?", campaignId, unitCode);
      for (int i = 0; i < delegates.size(); i++) {
        Delegate d = delegates.get(i);
        jdbc.update("INSERT INTO congress_delegate (campaign_id, unit_code, process_instance_id, line_no, full_name,"
            + " birth_year, gender, ethnicity, job_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", campaignId, unitCode,
            processInstanceId, i + 1, d.fullName(), d.birthYear(), d.gender().name(), d.ethnicity(), d.position());
      }
    }
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
    return jdbc.query("SELECT unit_code, line_no, full_name, birth_year, gender, ethnicity, job_position"
            + " FROM congress_delegate WHERE campaign_id = ? AND unit_code = ? ORDER BY line_no",
        (rs, n) -> new DelegateLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
            Delegate.Gender.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)),
        campaignId, unitCode);
  }
}
