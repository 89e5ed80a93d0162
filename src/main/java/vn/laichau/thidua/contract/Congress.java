package vn.laichau.thidua.contract;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.BooleanSupplier;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * What the server knows of one congress: its unit as the registry has it, its campaign and its last day as the
 * register has them, the groups that work on it, and whether the campaign counts the unit among its pilots. Read by
 * {@link CongressFacts}; nothing here comes from a process variable.
 */
public final class Congress {

  private final String processInstanceId;
  private final Unit unit;
  private final String campaignId;
  private final LocalDate originalLastDay;
  private final LocalDate lastDay;
  private final String grantedGroups;
  private final CongressGroups groups;
  private final CampaignPilots pilots;
  private final Lazy pilot;
  private final Lazy provincialPilot;

  Congress(String processInstanceId, Unit unit, String campaignId, LocalDate originalLastDay, LocalDate lastDay,
      String grantedGroups, CongressGroups groups, CampaignPilots pilots) {
    this.processInstanceId = processInstanceId;
    this.unit = unit;
    this.campaignId = campaignId;
    this.originalLastDay = originalLastDay;
    this.lastDay = lastDay;
    this.grantedGroups = grantedGroups;
    this.groups = groups;
    this.pilots = pilots;
    // asked only when a step needs them: most steps do not, and each costs the campaign's tables a query
    this.pilot = new Lazy(() -> pilots.isPilot(campaignId, unit.code()));
    this.provincialPilot = new Lazy(() -> pilots.isProvincialPilot(campaignId, unit.code()));
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Unit unit() {
    return unit;
  }

  public String unitCode() {
    return unit.code();
  }

  public String unitName() {
    return unit.name();
  }

  public Level level() {
    return unit.level();
  }

  public UnitKind kind() {
    return unit.kind();
  }

  /** The registry's staff count; null while the registry has none. */
  public Integer staffCount() {
    return unit.staffCount();
  }

  /** A commune's district; null for every other unit. */
  public String districtCode() {
    return unit.isCommune() ? unit.parentCode() : null;
  }

  /** The user id of the council member following the unit (R10); null when the registry names none. */
  public String councilMember() {
    return unit.councilMember();
  }

  public String campaignId() {
    return campaignId;
  }

  /** The current last day: the calendar's or the start's, moved by each extension. */
  public LocalDate deadline() {
    return lastDay;
  }

  /** The last day at the start: decides HELD_ON_TIME or HELD_LATE. */
  public LocalDate originalDeadline() {
    return originalLastDay;
  }

  /** 00:00 Vietnam time of the day after the current last day: when the congress is overdue. */
  public Date deadlineDue() {
    return VietnamTime.overdueFrom(lastDay);
  }

  /** The group of the unit's officials. */
  public String unitGroup() {
    return groups.unitGroup(unit);
  }

  public String reviewerGroup() {
    return groups.reviewerGroup(unit);
  }

  /** Who follows up a late review (R13). */
  public String supervisorGroup() {
    return groups.supervisorGroup(reviewerGroup());
  }

  /**
   * The groups the instance was last granted READ to, as the register recorded them (space-separated); null before
   * the first grant was recorded; empty in the command that started the instance, which holds no grant yet.
   */
  public String grantedGroups() {
    return grantedGroups;
  }

  public boolean pilot() {
    return pilot.get();
  }

  public boolean provincialPilot() {
    return provincialPilot.get();
  }

  /** A yes/no asked once. */
  private static final class Lazy {
    private final BooleanSupplier ask;
    private Boolean answer;

    Lazy(BooleanSupplier ask) {
      this.ask = ask;
    }

    boolean get() {
      if (answer == null) {
        answer = ask.getAsBoolean();
      }
      return answer;
    }
  }
}
