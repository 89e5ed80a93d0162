package vn.laichau.thidua.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The table {@code congress_register}: for each congress the server started, its unit, its campaign and its last day.
 * Only the server writes it (the start, an extension); no variable of the process is read back into it. A row is read
 * once per engine command ({@link CommandReads}): what this class writes, it keeps or forgets in the same command.
 */
@Repository
class CongressRegister {

  /** One row: what the server recorded of a congress; the groups its instance was granted, null before any. */
  record Entry(String unitCode, String campaignId, LocalDate originalLastDay, LocalDate lastDay,
      String grantedGroups) {
  }

  private static final String TABLE = "congress_register";

  private final JdbcTemplate jdbc;

  CongressRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String processInstanceId, String unitCode, String campaignId, LocalDate lastDay) {
    jdbc.update("INSERT INTO congress_register (process_instance_id, unit_code, campaign_id, original_last_day,"
            + " last_day, started_at) VALUES (?, ?, ?, ?, ?, ?)", processInstanceId, unitCode, campaignId, lastDay,
        lastDay, VietnamTime.now().toOffsetDateTime());
    CommandReads.keep(TABLE, processInstanceId,
        Optional.of(new Entry(unitCode, campaignId, lastDay, lastDay, null)));
  }

  Optional<Entry> find(String processInstanceId) {
    return CommandReads.read(TABLE, processInstanceId, () -> jdbc.query("SELECT unit_code, campaign_id,"
            + " original_last_day, last_day, granted_groups FROM congress_register WHERE process_instance_id = ?",
        (rs, row) -> new Entry(rs.getString("unit_code"), rs.getString("campaign_id"),
            rs.getObject("original_last_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
            rs.getString("granted_groups")),
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

  /** Whether one of these congresses is the unit's in the campaign. */
  boolean anyOf(Collection<String> processInstanceIds, String unitCode, String campaignId) {
    if (processInstanceIds.isEmpty()) {
      return false;
    }
    String marks = String.join(", ", Collections.nCopies(processInstanceIds.size(), "?"));
    Object[] arguments = new Object[processInstanceIds.size() + 2];
    arguments[0] = unitCode;
    arguments[1] = campaignId;
    int i = 2;
    for (String id : processInstanceIds) {
      arguments[i++] = id;
    }
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM congress_register WHERE unit_code = ? AND campaign_id = ?"
        + " AND process_instance_id IN (" + marks + ")", Integer.class, arguments);
    return count != null && count > 0;
  }
}
