package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Session;
import vn.laichau.thidua.reporting.Dashboard.DistrictTally;
import vn.laichau.thidua.reporting.Dashboard.LevelTally;
import vn.laichau.thidua.reporting.Dashboard.MeetingLine;
import vn.laichau.thidua.reporting.Dashboard.OverdueLine;
import vn.laichau.thidua.reporting.Dashboard.ResultLine;
import vn.laichau.thidua.reporting.Dashboard.Results;
import vn.laichau.thidua.reporting.Dashboard.Scope;
import vn.laichau.thidua.reporting.Dashboard.StatusInfo;
import vn.laichau.thidua.reporting.Dashboard.Tally;
import vn.laichau.thidua.reporting.Dashboard.UnitLine;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Computes the Cockpit dashboard of a campaign from the projection {@code congress_progress} in one query (the caller's
 * rows) and the registry's districts: the same rows and the same reading of "overdue" as the progress and the report.
 */
@Service
public class DashboardService {

  static final String PROVINCE_LABEL = "Toàn tỉnh";
  /** The most lines of a list in one answer (what a person reads on one page). */
  static final int LIST_LIMIT = 200;
  /** The calendar's district filter for the provincial agencies, enterprises and the province. */
  public static final String OUTSIDE_DISTRICTS = "-";

  /** Narrows the calendar to a district ({@link #OUTSIDE_DISTRICTS} for none) and a level; null for all. */
  public record CalendarFilter(String district, Level level) {
    public static final CalendarFilter ALL = new CalendarFilter(null, null);

    boolean accepts(CongressProgress row) {
      boolean districtMatches = district == null || district.isEmpty()
          || (OUTSIDE_DISTRICTS.equals(district) ? row.districtCode() == null : district.equals(row.districtCode()));
      return districtMatches && (level == null || level == row.level());
    }
  }

  private final CampaignRepository campaigns;
  private final CampaignProgressService progress;
  private final UnitRegistry registry;

  public DashboardService(CampaignRepository campaigns, CampaignProgressService progress, UnitRegistry registry) {
    this.campaigns = campaigns;
    this.progress = progress;
    this.registry = registry;
  }

  public Dashboard dashboard(String campaignId, ProgressScope scope) {
    return dashboard(campaignId, scope, CalendarFilter.ALL);
  }

  public Dashboard dashboard(String campaignId, ProgressScope scope, CalendarFilter calendar) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    LocalDate today = VietnamTime.today();
    List<CongressProgress> rows = progress.rows(campaignId, scope);
    Comparator<CongressProgress> followedFirst = Comparator.comparing((CongressProgress r) -> !scope.follows(
        r.unitCode()));

    List<Unit> districtUnits = registry.findByParent(campaign.provinceCode()).stream()
        .filter(Unit::isDistrict)
        .filter(d -> scope.province() || scope.districts().contains(d.code()))
        .toList();

    List<LevelTally> levels = Arrays.stream(Level.values())
        .map(level -> new LevelTally(level, level.label(), campaign.levelLastDay(level),
            tally(rows, r -> r.level() == level, today)))
        .toList();
    List<DistrictTally> districts = new ArrayList<>();
    for (Unit district : districtUnits) {
      districts.add(new DistrictTally(district.code(), district.name(),
          tally(rows, r -> district.code().equals(r.districtCode()), today)));
    }
    if (scope.province()) {
      districts.add(new DistrictTally(null, CampaignProgressService.OUTSIDE_DISTRICTS,
          tally(rows, r -> r.districtCode() == null, today)));
    }

    List<CongressProgress> overdueRows = rows.stream().filter(r -> r.isOverdueOn(today)).toList();
    List<OverdueLine> overdue = overdueRows.stream()
        .sorted(followedFirst.thenComparing(r -> -r.daysLateOn(today)).thenComparing(CongressProgress::unitCode))
        .map(r -> new OverdueLine(r.unitCode(), r.unitName(), r.level(), r.districtCode(), r.lastDay(),
            r.daysLateOn(today), r.status().name(), r.processInstanceId(), scope.follows(r.unitCode())))
        .limit(LIST_LIMIT)
        .toList();

    List<CongressProgress> meetingRows = rows.stream().filter(DashboardService::hasApprovedMeeting)
        .filter(calendar::accepts).toList();
    List<MeetingLine> meetings = meetingRows.stream()
        .sorted(followedFirst.thenComparing(CongressProgress::meetingDate).thenComparing(CongressProgress::unitCode))
        .map(r -> new MeetingLine(r.unitCode(), r.unitName(), r.level(), r.districtCode(), r.meetingDate(),
            r.meetingSession(), Session.fromCode(r.meetingSession()).map(Session::label).orElse(null), r.venue(),
            r.status().name(), scope.follows(r.unitCode())))
        .limit(LIST_LIMIT)
        .toList();

    List<CongressProgress> held = rows.stream().filter(r -> r.status().isHeld())
        .sorted(followedFirst.thenComparing(CongressProgress::unitCode)).toList();
    Tally heldTally = tally(held, r -> true, today);
    Results results = new Results(held.size(), heldTally.attendance(), heldTally.commendedCollectives(),
        heldTally.commendedIndividuals(), heldTally.upperDelegates(), held.stream()
        .map(r -> new ResultLine(r.unitCode(), r.unitName(), r.level(), r.districtCode(), r.heldOn(), r.attendance(),
            r.commendedCollectives(), r.commendedIndividuals(), r.upperDelegates(), scope.follows(r.unitCode())))
        .limit(LIST_LIMIT)
        .toList());

    List<UnitLine> followed = rows.stream().filter(r -> scope.follows(r.unitCode()))
        .map(r -> new UnitLine(r.unitCode(), r.unitName(), r.level(), r.districtCode(), r.status().name(),
            r.lastDay(), r.meetingDate(), r.isOverdueOn(today), r.processInstanceId()))
        .toList();

    return new Dashboard(campaign.id(), campaign.name(), today, scope(scope, districtUnits), statuses(),
        tally(rows, r -> true, today), levels, districts, LIST_LIMIT, overdueRows.size(), overdue, meetingRows.size(),
        meetings, results, followed);
  }

  /** The caller's part, named: "Toàn tỉnh", or the districts' names. */
  public Scope scope(ProgressScope scope) {
    List<Unit> districtUnits = scope.districts().stream().sorted().map(registry::find)
        .flatMap(Optional::stream).toList();
    return scope(scope, districtUnits);
  }

  private static Scope scope(ProgressScope scope, List<Unit> districtUnits) {
    return scope.province()
        ? new Scope("PROVINCE", PROVINCE_LABEL, List.of(), !scope.followed().isEmpty())
        : new Scope("DISTRICT", String.join(", ", districtUnits.stream().map(Unit::name).toList()),
            scope.districts().stream().sorted().toList(), !scope.followed().isEmpty());
  }

  static List<StatusInfo> statuses() {
    return Arrays.stream(CongressStatus.values())
        .map(s -> new StatusInfo(s.name(), s.label(), s.colour(), s.isFinal())).toList();
  }

  /** An approved dossier's meeting that has not been called off. */
  static boolean hasApprovedMeeting(CongressProgress row) {
    return row.approvedOn() != null && row.meetingDate() != null && row.status() != CongressStatus.NOT_HELD
        && row.status() != CongressStatus.CANCELLED;
  }

  static Tally tally(Collection<CongressProgress> rows, Predicate<CongressProgress> filter, LocalDate today) {
    return Tally.of(rows.stream().filter(filter).toList(), today);
  }

}
