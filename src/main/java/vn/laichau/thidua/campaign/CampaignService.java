package vn.laichau.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * Creates campaigns: the values given, the configured defaults for the rest ({@link CampaignDefaults}), then the checks
 * every campaign must pass whoever creates it (the API, the start form, the first start). All problems of one request
 * are reported together, in Vietnamese, naming the field and the dates.
 */
@Service
public class CampaignService {

  /** Like unit codes: letters without diacritics, digits, single hyphens; it becomes a business key. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  static final int MAX_ID_LENGTH = 40;
  static final int MAX_NAME_LENGTH = 255;
  static final int MAX_LEAD_DAYS = 90;

  private final CampaignRepository repository;
  private final CampaignDefaults defaults;
  private final UnitRegistry registry;

  public CampaignService(CampaignRepository repository, CampaignDefaults defaults, UnitRegistry registry) {
    this.repository = repository;
    this.defaults = defaults;
    this.registry = registry;
  }

  public Optional<Campaign> find(String id) {
    return repository.find(id);
  }

  public List<Campaign> findAll() {
    return repository.findAll();
  }

  /**
   * Validates and stores a new campaign.
   *
   * @throws DuplicateCampaignException when the id is taken
   * @throws InvalidCampaignException   with every problem found otherwise
   */
  @Transactional
  public Campaign create(CampaignRequest request, String createdBy) {
    String id = request == null || request.id() == null ? null : request.id().strip();
    if (id == null || id.isEmpty()) {
      throw new InvalidCampaignException("Thiếu mã đợt thi đua (id), ví dụ LAICHAU-2030.");
    }
    if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
      throw new InvalidCampaignException("Mã đợt thi đua '" + id + "' không hợp lệ: mã chỉ gồm chữ cái không dấu,"
          + " chữ số và dấu gạch ngang (ví dụ LAICHAU-2030), tối đa " + MAX_ID_LENGTH + " ký tự.");
    }
    if (repository.exists(id)) {
      throw new DuplicateCampaignException(id);
    }
    List<String> problems = new ArrayList<>();
    Campaign campaign = merge(id, request, problems);
    validate(campaign, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCampaignException(problems);
    }
    repository.insert(campaign, createdBy);
    return campaign;
  }

  /** The request's values over the configured defaults. */
  private Campaign merge(String id, CampaignRequest request, List<String> problems) {
    Campaign base = defaults.forId(id);
    Map<Level, LocalDate> levels = new EnumMap<>(Level.class);
    levels.putAll(base.levelLastDays());
    if (request.levelLastDays() != null) {
      request.levelLastDays().forEach((key, day) -> {
        Optional<Level> level = level(key);
        if (level.isEmpty()) {
          problems.add("Cấp '" + key + "' trong levelLastDays không hợp lệ; các cấp là CO_SO, SO_NGANH_HUYEN, TINH.");
        } else if (day != null) {
          levels.put(level.get(), day);
        }
      });
    }
    String province = blankToNull(request.provinceCode()) != null ? request.provinceCode().strip()
        : base.provinceCode();
    String name = blankToNull(request.name()) != null ? request.name().strip()
        : defaults.isConfigured(id) ? base.name() : defaultName(province, levels.get(Level.TINH));
    List<String> pilots = request.provincialPilots() == null ? base.provincialPilots()
        : new ArrayList<>(new LinkedHashSet<>(request.provincialPilots().stream()
            .map(code -> code == null ? "" : code.strip()).toList()));
    return new Campaign(id, province, name,
        or(request.submissionLeadDays(), base.submissionLeadDays()),
        or(request.guidanceLastDay(), base.guidanceLastDay()),
        or(request.driveLaunchLastDay(), base.driveLaunchLastDay()),
        or(request.directiveReviewLastDay(), base.directiveReviewLastDay()),
        or(request.pilotChoiceLastDay(), base.pilotChoiceLastDay()),
        or(request.provincialPlanLastDay(), base.provincialPlanLastDay()),
        or(request.pilotCommuneLastDay(), base.pilotCommuneLastDay()),
        or(request.provincialPilotLastDay(), base.provincialPilotLastDay()),
        levels, pilots,
        request.nationalDelegateQuota() != null ? request.nationalDelegateQuota() : base.nationalDelegateQuota());
  }

  /** "Đại hội Thi đua yêu nước các cấp tỉnh Lai Châu, 2030" for a campaign the configuration does not know. */
  private String defaultName(String provinceCode, LocalDate provincialLastDay) {
    String province = registry.find(provinceCode).map(Unit::name).orElse(provinceCode);
    String inSentence = province.isEmpty() ? province
        : province.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + province.substring(1);
    return "Đại hội Thi đua yêu nước các cấp " + inSentence
        + (provincialLastDay == null ? "" : ", " + provincialLastDay.getYear());
  }

  private void validate(Campaign c, List<String> problems) {
    Optional<Unit> province = registry.find(c.provinceCode());
    if (province.isEmpty() || province.get().level() != Level.TINH) {
      problems.add("Không có tỉnh mã '" + c.provinceCode() + "' trong danh sách đơn vị: mã tỉnh (provinceCode) phải"
          + " là đơn vị cấp tỉnh (TINH) đã đăng ký, ví dụ 12 (Tỉnh Lai Châu).");
    }
    if (c.name().length() > MAX_NAME_LENGTH) {
      problems.add("Tên đợt thi đua dài quá " + MAX_NAME_LENGTH + " ký tự.");
    }
    if (c.submissionLeadDays() < 0 || c.submissionLeadDays() > MAX_LEAD_DAYS) {
      problems.add("R6: Số ngày gửi hồ sơ trước Đại hội (submissionLeadDays) phải từ 0 đến " + MAX_LEAD_DAYS
          + "; giá trị " + c.submissionLeadDays() + " không hợp lệ.");
    }
    if (c.nationalDelegateQuota() != null && c.nationalDelegateQuota() < 1) {
      problems.add("R9: Số đại biểu dự Đại hội toàn quốc (nationalDelegateQuota) phải từ 1 trở lên; giá trị "
          + c.nationalDelegateQuota() + " không hợp lệ.");
    }
    List<Day> days = List.of(
        new Day("guidanceLastDay", "hạn ban hành Hướng dẫn", c.guidanceLastDay()),
        new Day("driveLaunchLastDay", "hạn phát động đợt thi đua đặc biệt", c.driveLaunchLastDay()),
        new Day("directiveReviewLastDay", "hạn tổng kết 10 năm Chỉ thị 34-CT/TW", c.directiveReviewLastDay()),
        new Day("pilotChoiceLastDay", "hạn các huyện chọn xã chỉ đạo điểm", c.pilotChoiceLastDay()),
        new Day("provincialPlanLastDay", "hạn báo cáo UBND tỉnh dự thảo Kế hoạch Đại hội tỉnh",
            c.provincialPlanLastDay()),
        new Day("pilotCommuneLastDay", "hạn hội nghị chỉ đạo điểm cấp xã", c.pilotCommuneLastDay()),
        new Day("provincialPilotLastDay", "hạn Đại hội chỉ đạo điểm cấp tỉnh", c.provincialPilotLastDay()),
        new Day("levelLastDays.CO_SO", "hạn của cấp cơ sở", c.levelLastDay(Level.CO_SO)),
        new Day("levelLastDays.SO_NGANH_HUYEN", "hạn của cấp sở, ngành, huyện", c.levelLastDay(Level.SO_NGANH_HUYEN)),
        new Day("levelLastDays.TINH", "hạn Đại hội cấp tỉnh", c.levelLastDay(Level.TINH)));
    boolean complete = true;
    for (Day day : days) {
      if (day.value() == null) {
        problems.add("Thiếu " + day.label() + " (" + day.field() + ").");
        complete = false;
      }
    }
    if (complete) {
      // R7, R8: the calendar runs from the guidance through the pilots and the levels to the provincial congress
      order(problems, days, "guidanceLastDay", "pilotChoiceLastDay");
      order(problems, days, "pilotChoiceLastDay", "pilotCommuneLastDay");
      order(problems, days, "guidanceLastDay", "provincialPilotLastDay");
      order(problems, days, "pilotCommuneLastDay", "levelLastDays.CO_SO");
      order(problems, days, "driveLaunchLastDay", "levelLastDays.CO_SO");
      order(problems, days, "levelLastDays.CO_SO", "levelLastDays.SO_NGANH_HUYEN");
      order(problems, days, "provincialPilotLastDay", "levelLastDays.SO_NGANH_HUYEN");
      order(problems, days, "levelLastDays.SO_NGANH_HUYEN", "levelLastDays.TINH");
      order(problems, days, "provincialPlanLastDay", "levelLastDays.TINH");
      order(problems, days, "directiveReviewLastDay", "levelLastDays.TINH");
    }
    for (String code : c.provincialPilots()) {
      Optional<Unit> unit = registry.find(code);
      if (unit.isEmpty() || !unit.get().active()) {
        problems.add("R8: Không tìm thấy đơn vị chỉ đạo điểm cấp tỉnh mã '" + code + "' trong danh sách đơn vị.");
      } else if (unit.get().level() != Level.SO_NGANH_HUYEN) {
        problems.add("R8: Đơn vị chỉ đạo điểm cấp tỉnh '" + code + "' (" + unit.get().name() + ") phải là sở, ngành"
            + " tỉnh hoặc huyện, thành phố (cấp SO_NGANH_HUYEN).");
      }
    }
  }

  private static void order(List<String> problems, List<Day> days, String earlierField, String laterField) {
    Day earlier = days.stream().filter(d -> d.field().equals(earlierField)).findFirst().orElseThrow();
    Day later = days.stream().filter(d -> d.field().equals(laterField)).findFirst().orElseThrow();
    if (later.value().isBefore(earlier.value())) {
      problems.add("Thứ tự ngày không hợp lệ: " + later.label() + " (" + later.field() + ") "
          + VietnamTime.format(later.value()) + " ở trước " + earlier.label() + " (" + earlier.field() + ") "
          + VietnamTime.format(earlier.value()) + ".");
    }
  }

  private record Day(String field, String label, LocalDate value) {
  }

  private static Optional<Level> level(String key) {
    try {
      return Optional.of(Level.valueOf(key.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
