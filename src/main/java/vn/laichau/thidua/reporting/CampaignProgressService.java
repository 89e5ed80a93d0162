package vn.laichau.thidua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.EscalationRepository;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.drivelaunch.DriveLaunchRepository;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRecorder;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.campaign.wave.WaveRepository;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.reporting.CampaignProgress.DistrictProgress;
import vn.laichau.thidua.reporting.CampaignProgress.DriveLaunchProgress;
import vn.laichau.thidua.reporting.CampaignProgress.EscalationLine;
import vn.laichau.thidua.reporting.CampaignProgress.LateLine;
import vn.laichau.thidua.reporting.CampaignProgress.LevelProgress;
import vn.laichau.thidua.reporting.CampaignProgress.MilestoneProgress;
import vn.laichau.thidua.reporting.CampaignProgress.PilotProgress;
import vn.laichau.thidua.reporting.CampaignProgress.UnitLine;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/** Computes a campaign's progress (R9) from the projection and the campaign's tables, as of the engine clock's today. */
@Service
public class CampaignProgressService {

  static final String OUTSIDE_DISTRICTS = "Sở, ban, ngành, đoàn thể, doanh nghiệp tỉnh và cấp tỉnh";
  static final String CONGRESS_ESCALATION = "Đại hội (Hội nghị) của đơn vị quá hạn";

  private final CampaignRepository campaigns;
  private final WaveRepository waveRepository;
  private final MilestoneRepository milestoneRepository;
  private final DriveLaunchRepository driveLaunchRepository;
  private final EscalationRepository escalationRepository;
  private final CongressProgressRepository progress;
  private final UnitRegistry registry;

  public CampaignProgressService(CampaignRepository campaigns, WaveRepository waveRepository,
      MilestoneRepository milestoneRepository, DriveLaunchRepository driveLaunchRepository,
      EscalationRepository escalationRepository, CongressProgressRepository progress, UnitRegistry registry) {
    this.campaigns = campaigns;
    this.waveRepository = waveRepository;
    this.milestoneRepository = milestoneRepository;
    this.driveLaunchRepository = driveLaunchRepository;
    this.escalationRepository = escalationRepository;
    this.progress = progress;
    this.registry = registry;
  }

  /** The whole province's progress. */
  public CampaignProgress progress(String campaignId) {
    return progress(campaignId, ProgressScope.wholeProvince());
  }

  /** The progress of the part of the campaign the scope covers: the province, or some districts' communes. */
  public CampaignProgress progress(String campaignId, ProgressScope scope) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    LocalDate today = VietnamTime.today();
    List<CongressProgress> rows = rows(campaignId, scope);
    Set<String> inScope = rows.stream().map(CongressProgress::unitCode).collect(Collectors.toSet());
    Map<String, Unit> units = registry.findAll().stream().collect(Collectors.toMap(Unit::code, Function.identity()));

    List<LevelProgress> levels = new ArrayList<>();
    Map<Level, WaveRepository.Wave> waves = waveRepository.waves(campaignId).stream()
        .collect(Collectors.toMap(WaveRepository.Wave::level, Function.identity()));
    for (Level level : Level.values()) {
      WaveRepository.Wave wave = waves.get(level);
      levels.add(new LevelProgress(level, level.label(), campaign.levelLastDay(level),
          wave == null ? null : wave.startedAt(), wave == null ? null : wave.endedAt(),
          Counts.of(rows.stream().filter(r -> r.level() == level).toList(), today)));
    }

    List<DistrictProgress> districts = new ArrayList<>();
    units.values().stream()
        .filter(Unit::isDistrict)
        .filter(unit -> campaign.provinceCode().equals(unit.parentCode()))
        .filter(unit -> scope.province() || scope.districts().contains(unit.code()))
        .sorted(Comparator.comparing(Unit::code))
        .forEach(district -> districts.add(new DistrictProgress(district.code(), district.name(),
            Counts.of(rows.stream().filter(r -> district.code().equals(r.districtCode())).toList(), today))));
    if (scope.province()) {
      districts.add(new DistrictProgress(null, OUTSIDE_DISTRICTS,
          Counts.of(rows.stream().filter(r -> r.districtCode() == null).toList(), today)));
    }

    List<MilestoneProgress> milestones = milestoneRepository.milestones(campaignId).stream()
        .map(m -> new MilestoneProgress(m.milestone().name(), m.milestone().label(), m.lastDay(), m.doneOn(),
            m.doneOn() == null && m.lastDay() != null && today.isAfter(m.lastDay()), m.reference()))
        .toList();

    List<DriveLaunchRepository.DriveLaunch> launches = driveLaunchRepository.driveLaunches(campaignId).stream()
        .filter(l -> scope.province() || scope.districts().contains(l.unitCode())).toList();
    DriveLaunchProgress drive = new DriveLaunchProgress(launches.size(),
        (int) launches.stream().filter(l -> "CONFIRMED".equals(l.status())).count(),
        launchLines(launches, "PENDING", units, campaign.driveLaunchLastDay()),
        launchLines(launches, "NOT_LAUNCHED", units, campaign.driveLaunchLastDay()));

    Map<String, CongressProgress> byUnit = rows.stream()
        .collect(Collectors.toMap(CongressProgress::unitCode, Function.identity()));
    List<PilotProgress> pilots = new ArrayList<>();
    campaigns.pilotCommunes(campaignId).entrySet().stream()
        .filter(pick -> scope.province() || scope.districts().contains(pick.getKey()))
        .forEach(pick -> pilots.add(new PilotProgress("COMMUNE",
        pick.getKey(), pick.getValue(), name(units, pick.getValue()), campaign.pilotCommuneLastDay(),
        Optional.ofNullable(byUnit.get(pick.getValue())).map(CongressProgress::status).orElse(null))));
    // the provincial pilots are the province's, not a district's
    campaign.provincialPilots().stream().filter(code -> scope.province())
        .forEach(code -> pilots.add(new PilotProgress("PROVINCIAL", null, code, name(units, code),
            campaign.provincialPilotLastDay(),
            Optional.ofNullable(byUnit.get(code)).map(CongressProgress::status).orElse(null))));

    List<UnitLine> overdue = rows.stream().filter(r -> r.isOverdueOn(today))
        .map(r -> new UnitLine(r.unitCode(), r.unitName(), r.lastDay(), r.status().label())).toList();

    List<EscalationRepository.Escalation> campaignEscalations = escalationRepository.escalations(campaignId).stream()
        .filter(e -> scope.province() || inScope.contains(e.unitCode())).toList();
    List<EscalationLine> escalations = campaignEscalations.stream()
        .map(e -> new EscalationLine(e.subject(), label(e.subject()), e.unitCode(),
            e.unitCode() == null ? null : name(units, e.unitCode()), e.lastDay(), e.escalatedAt(), e.resolution(),
            e.newLastDay(), e.reason(), e.resolvedBy()))
        .toList();

    return new CampaignProgress(campaign.id(), campaign.name(), today, Counts.of(rows, today), levels, districts,
        milestones, drive, pilots, overdue, escalations, lateLines(rows, campaignEscalations, today),
        missingAtProvincialStart(campaign, rows));
  }

  /**
   * The units of the lower levels whose congress had not ended (held with its results reported, or not held) when the
   * provincial congress's preparation started on its calendar date; empty before that date.
   */
  public List<UnitLine> missingAtProvincialStart(String campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    return missingAtProvincialStart(campaign, progress.findByCampaign(campaignId));
  }

  private static List<UnitLine> missingAtProvincialStart(Campaign campaign, List<CongressProgress> rows) {
    LocalDate start = campaign.provincialPreparationStart();
    if (VietnamTime.today().isBefore(start)) {
      return List.of();
    }
    OffsetDateTime at = VietnamTime.startOf(start).toInstant().atOffset(ZoneOffset.UTC);
    return rows.stream()
        .filter(r -> r.level() != Level.TINH && r.status() != CongressStatus.CANCELLED)
        .filter(r -> r.endedAt() == null || r.endedAt().isAfter(at))
        .sorted(Comparator.comparing(CongressProgress::level).thenComparing(CongressProgress::unitCode))
        // the status now: where the unit stands, or how it ended after the provincial preparation began
        .map(r -> new UnitLine(r.unitCode(), r.unitName(), r.lastDay(), r.status().label()))
        .toList();
  }

  /** The rows of the campaign in the scope, in the order of the unit codes. */
  List<CongressProgress> rows(String campaignId, ProgressScope scope) {
    return scope.province() ? progress.findByCampaign(campaignId) : progress.findCommunes(campaignId, scope.districts());
  }

  /** Held late, not held, or overdue now, with the reasons recorded (plan IV: the report names them and why). */
  static List<LateLine> lateLines(List<CongressProgress> rows, List<EscalationRepository.Escalation> escalations,
      LocalDate today) {
    Map<String, List<String>> reasons = escalations.stream()
        .filter(e -> CongressProgressRecorder.ESCALATION_SUBJECT.equals(e.subject()) && e.reason() != null)
        .collect(Collectors.groupingBy(EscalationRepository.Escalation::unitCode, LinkedHashMap::new,
            Collectors.mapping(EscalationRepository.Escalation::reason, Collectors.toList())));
    return rows.stream()
        .filter(r -> r.status() == CongressStatus.HELD_LATE || r.status() == CongressStatus.NOT_HELD
            || r.isOverdueOn(today))
        .map(r -> new LateLine(r.unitCode(), r.unitName(), r.level(), r.districtCode(), r.originalLastDay(),
            r.heldOn(), daysLate(r, today), r.status(), r.isOverdueOn(today), reason(r, reasons)))
        .toList();
  }

  /** Days past the original last day: to the day held, or to today while not held (R7, "held late"). */
  private static long daysLate(CongressProgress row, LocalDate today) {
    if (row.originalLastDay() == null) {
      return 0;
    }
    LocalDate until = row.heldOn() != null ? row.heldOn() : row.status().isFinal() ? row.originalLastDay() : today;
    return Math.max(0, ChronoUnit.DAYS.between(row.originalLastDay(), until));
  }

  private static String reason(CongressProgress row, Map<String, List<String>> reasons) {
    if (row.notHeldReason() != null) {
      return row.notHeldReason();
    }
    return String.join("; ", reasons.getOrDefault(row.unitCode(), List.of()));
  }

  private static List<UnitLine> launchLines(List<DriveLaunchRepository.DriveLaunch> launches, String status,
      Map<String, Unit> units, LocalDate lastDay) {
    return launches.stream().filter(l -> status.equals(l.status()))
        .map(l -> new UnitLine(l.unitCode(), name(units, l.unitCode()), lastDay, status)).toList();
  }

  private static String name(Map<String, Unit> units, String code) {
    Unit unit = units.get(code);
    return unit == null ? code : unit.name();
  }

  static String label(String subject) {
    if (Objects.equals(subject, CongressProgressRecorder.ESCALATION_SUBJECT)) {
      return CONGRESS_ESCALATION;
    }
    try {
      return Milestone.valueOf(subject).label();
    } catch (IllegalArgumentException e) {
      return subject;
    }
  }
}
