package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRecorder;
import vn.laichau.thidua.campaign.progress.CongressProgressWriter;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A campaign in the middle of its course, written straight into the projection (as the recorder would have written
 * it), on 10 April 2025 (the communes' last day, 31 March, has passed): in huyện Tam Đường (106) a commune held on
 * time, one approved after an extension, one overdue while drafting, one not held; in Thành phố Lai Châu (105) one
 * overdue under review and one held late after an extension; two agencies, the district 106 itself and the province.
 * The council member {@link #COUNCIL_MEMBER} follows the overdue commune of 106 and Sở Y tế.
 */
public final class ProgressFixture {

  public static final String CAMPAIGN = "LAICHAU-2025";
  public static final LocalDate TODAY = LocalDate.of(2025, 4, 10);
  public static final LocalDate CO_SO_LAST_DAY = LocalDate.of(2025, 3, 31);
  public static final String COUNCIL_MEMBER = "thanhvienhoidong";
  public static final String EXTENSION_REASON = "Mưa lũ chia cắt đường vào trung tâm huyện";
  public static final String NOT_HELD_REASON = "Đơn vị sáp nhập theo nghị quyết của Ủy ban Thường vụ Quốc hội";

  public final Unit heldOnTime;
  public final Unit approved;
  public final Unit overdueDrafting;
  public final Unit notHeld;
  public final Unit overdueUnderReview;
  public final Unit heldLate;

  private final CongressProgressWriter progress;
  private final EscalationRepository escalations;
  private final JdbcTemplate jdbc;

  public ProgressFixture(CongressProgressWriter progress, EscalationRepository escalations, UnitRegistry registry,
      JdbcTemplate jdbc) {
    this.progress = progress;
    this.escalations = escalations;
    this.jdbc = jdbc;
    List<Unit> tamDuong = registry.findByParent("106");
    List<Unit> laiChau = registry.findByParent("105");
    heldOnTime = tamDuong.get(0);
    approved = tamDuong.get(1);
    overdueDrafting = tamDuong.get(2);
    notHeld = tamDuong.get(3);
    overdueUnderReview = laiChau.get(0);
    heldLate = laiChau.get(1);
  }

  /** The fixture over the application's own beans. */
  public static ProgressFixture of(ApplicationContext context) {
    return new ProgressFixture(context.getBean(CongressProgressWriter.class),
        context.getBean(EscalationRepository.class), context.getBean(UnitRegistry.class),
        context.getBean(JdbcTemplate.class));
  }

  /** An official of the group, with this password, created unless they exist; added to the group unless they are. */
  public static void member(IdentityService identity, String userId, String password, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Thử nghiệm");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  /** The engine clock at 9:00 on {@link #TODAY}, Vietnam time. */
  public static void clockAtToday() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(TODAY.atTime(9, 0), VietnamTime.ZONE).toInstant()));
  }

  public void write() {
    row(heldOnTime, "106", CongressStatus.HELD_ON_TIME, false, CO_SO_LAST_DAY, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 20), "MORNING", null, new Integer[] {120, 3, 10, 2}, null);
    row(approved, "106", CongressStatus.APPROVED, false, LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 1),
        LocalDate.of(2025, 4, 25), null, "AFTERNOON", "Hội trường Ủy ban nhân dân xã", null, null);
    row(overdueDrafting, "106", CongressStatus.DRAFTING, true, CO_SO_LAST_DAY, null, null, null, null, null, null,
        null);
    row(notHeld, "106", CongressStatus.NOT_HELD, false, CO_SO_LAST_DAY, null, null, null, null, null, null,
        NOT_HELD_REASON);
    row(overdueUnderReview, "105", CongressStatus.UNDER_REVIEW, false, CO_SO_LAST_DAY, null,
        LocalDate.of(2025, 4, 28), null, "MORNING", null, null, null);
    row(heldLate, "105", CongressStatus.HELD_LATE, false, LocalDate.of(2025, 4, 30), LocalDate.of(2025, 3, 25),
        LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 5), "MORNING", null, new Integer[] {80, 2, 6, 1}, null);
    agency("SO-Y-TE", "Sở Y tế", CongressStatus.APPROVED, LocalDate.of(2025, 4, 20), LocalDate.of(2025, 5, 15));
    agency("SO-TU-PHAP", "Sở Tư pháp", CongressStatus.DRAFTING, LocalDate.of(2025, 6, 30), null);
    escalations.escalated(CAMPAIGN, CongressProgressRecorder.ESCALATION_SUBJECT, heldLate.code(), CO_SO_LAST_DAY,
        "fixture-extension");
    escalations.escalationResolved("fixture-extension", "EXTEND", LocalDate.of(2025, 4, 30), EXTENSION_REASON,
        "phongnoivu105");
    jdbc.update("UPDATE unit SET council_member = ? WHERE code IN (?, ?)", COUNCIL_MEMBER, overdueDrafting.code(),
        "SO-Y-TE");
  }

  /** Leaves the campaign's tables as they were (for tests that cannot roll back: the browser's requests commit). */
  public void remove() {
    jdbc.update("DELETE FROM congress_progress WHERE campaign_id = ? AND process_instance_id LIKE 'fixture-%'",
        CAMPAIGN);
    jdbc.update("DELETE FROM campaign_escalation WHERE task_id = 'fixture-extension'");
    jdbc.update("UPDATE unit SET council_member = NULL WHERE council_member = ?", COUNCIL_MEMBER);
  }

  private void agency(String code, String name, CongressStatus status, LocalDate approvedOn, LocalDate meeting) {
    progress.insert(new CongressProgress(CAMPAIGN, code, "fixture-" + code, name,
        Level.SO_NGANH_HUYEN, null, false, status, false, LocalDate.of(2025, 6, 30),
        LocalDate.of(2025, 6, 30), approvedOn, approvedOn, meeting, null, 0, 0, null, null, null, null, started(),
        null, meeting == null ? null : "MORNING", null, null));
  }

  private void row(Unit unit, String district, CongressStatus status, boolean overdue, LocalDate lastDay,
      LocalDate approvedOn, LocalDate meeting, LocalDate heldOn, String session, String venue, Integer[] results,
      String notHeldReason) {
    Integer[] r = results == null ? new Integer[4] : results;
    progress.insert(new CongressProgress(CAMPAIGN, unit.code(), "fixture-" + unit.code(), unit.name(), unit.level(),
        district, false, status, overdue, CO_SO_LAST_DAY, lastDay, approvedOn, approvedOn, meeting, heldOn, 0,
        lastDay.equals(CO_SO_LAST_DAY) ? 0 : 1, r[0], r[1], r[2], r[3], started(),
        status.isFinal() ? started() : null, session, venue, notHeldReason));
  }

  private static OffsetDateTime started() {
    return OffsetDateTime.parse("2025-01-05T08:00:00+07:00");
  }
}
