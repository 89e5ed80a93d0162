package vn.laichau.thidua.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.JdbcUnitRegistry;

/**
 * The table {@code congress_register}: for each congress the server started, its unit, its campaign and its last day.
 * Only the server writes it (the start, an extension); no variable of the process is read back into it. A row is read
 * once per engine command ({@link CommandReads}): what this class writes, it keeps or forgets in the same command.
 */
@Repository
class CongressRegister {

  /**
   * One row: what the server recorded of a congress; the groups its instance was granted, null when unknown (before
   * any was recorded), empty in the command that started it (a new instance holds no grant).
   */
  record Entry(String unitCode, String campaignId, LocalDate originalLastDay, LocalDate lastDay,
      String grantedGroups) {
  }

  private static final String TABLE = "congress_register";

  /** The groups granted of an instance that this command started: none (the column stays null until a grant). */
  static final String NONE_YET = "";

  private final JdbcTemplate jdbc;

  CongressRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String processInstanceId, String unitCode, String campaignId, LocalDate lastDay) {
    jdbc.update("INSERT INTO congress_register (process_instance_id, unit_code, campaign_id, original_last_day,"
            + " last_day, started_at) VALUES (?, ?, ?, ?, ?, ?)", processInstanceId, unitCode, campaignId, lastDay,
        lastDay, VietnamTime.now().toOffsetDateTime());
    CommandReads.keep(TABLE, processInstanceId,
        Optional.of(new Entry(unitCode, campaignId, lastDay, lastDay, NONE_YET)));
  }

  /**
   * The congress's row, with its unit's row in the same statement: whoever reads the register reads the unit next
   * ({@link CongressFacts}), and the registry finds it kept for the command.
   */
  Optional<Entry> find(String processInstanceId) {
    return CommandReads.read(TABLE, processInstanceId, () -> jdbc.query("SELECT r.unit_code, r.campaign_id,"
            + " r.original_last_day, r.last_day, r.granted_groups, " + JdbcUnitRegistry.columns("u")
            + " FROM congress_register r LEFT JOIN unit u ON u.code = r.unit_code WHERE r.process_instance_id = ?",
        (rs, row) -> {
          JdbcUnitRegistry.joined(rs);
          return new Entry(rs.getString("unit_code"), rs.getString("campaign_id"),
              rs.getObject("original_last_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
              rs.getString("granted_groups"));
        },
        processInstanceId).stream().findFirst());
  }

  void extend(String processInstanceId, LocalDate lastDay) {
    Optional<Entry> before = find(processInstanceId);
    int updated = jdbc.update("UPDATE congress_register SET last_day = ? WHERE process_instance_id = ?", lastDay,
        processInstanceId);
    if (updated != 1) {
      throw new IllegalStateException("congress " + processInstanceId + " is not in the register");
    }
    CommandReads.keep(TABLE, processInstanceId, before.map(entry -> new Entry(entry.unitCode(), entry.campaignId(),
        entry.originalLastDay(), lastDay, entry.grantedGroups())));
  }

  /** The groups the instance has just been granted READ to. */
  void recordGrants(String processInstanceId, String groups) {
    Optional<Entry> before = find(processInstanceId);
    jdbc.update("UPDATE congress_register SET granted_groups = ? WHERE process_instance_id = ?", groups,
        processInstanceId);
    CommandReads.keep(TABLE, processInstanceId, before.map(entry -> new Entry(entry.unitCode(), entry.campaignId(),
        entry.originalLastDay(), entry.lastDay(), groups)));
  }

  /** The unit's other congresses in the campaign, running or ended. */
  List<String> others(String unitCode, String campaignId, String processInstanceId) {
    return jdbc.queryForList("SELECT process_instance_id FROM congress_register WHERE unit_code = ?"
        + " AND campaign_id = ? AND process_instance_id <> ?", String.class, unitCode, campaignId, processInstanceId);
  }
}
