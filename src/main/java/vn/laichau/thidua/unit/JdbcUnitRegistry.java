package vn.laichau.thidua.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.common.SystemContext;

/**
 * The registry in the application's own table {@code unit} (Flyway, db/migration), read and written with plain SQL
 * that runs on H2 and PostgreSQL alike.
 *
 * <p>Saving validates the unit against R1 and the registry's readings (a commune belongs to a district, a district to
 * the province, only the province is {@code TINH}), writes it, makes sure its groups exist and publishes
 * {@link UnitRegisteredEvent}: all in one transaction, so a failing listener leaves no half-registered unit.
 *
 * <p>A unit is read once per engine command ({@link CommandReads}): the steps of a congress ask for it many times;
 * a save or a change of the staff count forgets what the command read, a locked read is what later reads get.
 */
@Repository
public class JdbcUnitRegistry implements UnitRegistry {

  /** Letters without diacritics, digits and single hyphens: group ids are built from it (unit-…, phong-noi-vu-…). */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  static final int MAX_CODE_LENGTH = 40;
  static final int MAX_NAME_LENGTH = 255;

  private static final String TABLE = "unit";

  private static final String COLUMNS =
      "code, name, level, kind, staff_count, parent_code, council_member, active";

  private final JdbcTemplate jdbc;
  private final UnitGroups groups;
  private final ApplicationEventPublisher events;
  private final IdentityService identityService;
  private final String provinceCode;

  public JdbcUnitRegistry(JdbcTemplate jdbc, UnitGroups groups, ApplicationEventPublisher events,
      IdentityService identityService, RegistryProperties properties) {
    this.jdbc = jdbc;
    this.groups = groups;
    this.events = events;
    this.identityService = identityService;
    this.provinceCode = properties.provinceCode();
  }

  @Override
  public Optional<Unit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return CommandReads.read(TABLE, code, () -> jdbc.query("SELECT " + COLUMNS + " FROM unit WHERE code = ?",
        JdbcUnitRegistry::toUnit, code).stream().findFirst());
  }

  /** The unit's columns under a table alias, for a query of another table that joins {@code unit} ({@link #joined}). */
  public static String columns(String alias) {
    return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
  }

  /**
   * The unit that another table's query joined ({@link #columns}), empty when the join found none, kept for the
   * command as {@link #find} keeps what it reads; a unit the command has read already stays as it was read.
   */
  public static Optional<Unit> joined(ResultSet rs) throws SQLException {
    String code = rs.getString("code");
    if (code == null) {
      return Optional.empty();
    }
    Optional<Unit> unit = Optional.of(toUnit(rs, rs.getRow()));
    return CommandReads.read(TABLE, code, () -> unit);
  }

  @Override
  public Optional<Unit> findForUpdate(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<Unit> locked = jdbc.query("SELECT " + COLUMNS + " FROM unit WHERE code = ? FOR UPDATE",
        JdbcUnitRegistry::toUnit, code).stream().findFirst();
    CommandReads.keep(TABLE, code, locked);
    return locked;
  }

  @Override
  public List<Unit> findAll() {
    return jdbc.query("SELECT " + COLUMNS + " FROM unit ORDER BY code", JdbcUnitRegistry::toUnit);
  }

  @Override
  public List<Unit> findByParent(String parentCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM unit WHERE parent_code = ? ORDER BY code",
        JdbcUnitRegistry::toUnit, parentCode);
  }

  @Override
  public boolean isEmpty() {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
    return count == null || count == 0;
  }

  @Override
  @Transactional
  public Unit save(Unit input) {
    Unit unit = normalized(input);
    validate(unit);
    CommandReads.written(TABLE);
    int updated = jdbc.update("UPDATE unit SET name = ?, level = ?, kind = ?, staff_count = ?, parent_code = ?,"
            + " council_member = ?, active = ?, updated_at = CURRENT_TIMESTAMP WHERE code = ?",
        unit.name(), unit.level().name(), unit.kind().name(), unit.staffCount(), unit.parentCode(),
        unit.councilMember(), unit.active(), unit.code());
    if (updated == 0) {
      jdbc.update("INSERT INTO unit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          unit.code(), unit.name(), unit.level().name(), unit.kind().name(), unit.staffCount(), unit.parentCode(),
          unit.councilMember(), unit.active());
    }
    // the unit's groups and whatever listeners attach to a unit (authorizations) are the application's doing,
    // not the signed-in user's: Sở Nội vụ may register units but not write the identity service
    SystemContext.run(identityService, () -> {
      groups.ensureFor(unit);
      events.publishEvent(new UnitRegisteredEvent(unit));
    });
    return unit;
  }

  @Override
  @Transactional
  public void updateStaffCount(String code, int staffCount) {
    checkStaffCount(staffCount);
    CommandReads.written(TABLE);
    int updated = jdbc.update("UPDATE unit SET staff_count = ?, updated_at = CURRENT_TIMESTAMP WHERE code = ?",
        staffCount, code);
    if (updated == 0) {
      throw new InvalidUnitException(notFound(code));
    }
  }

  static String notFound(String code) {
    return "Không tìm thấy đơn vị có mã '" + code + "' trong danh sách đơn vị.";
  }

  private static Unit toUnit(ResultSet rs, int row) throws SQLException {
    int staff = rs.getInt("staff_count");
    Integer staffCount = rs.wasNull() ? null : staff;
    return new Unit(rs.getString("code"), rs.getString("name"), Level.valueOf(rs.getString("level")),
        UnitKind.valueOf(rs.getString("kind")), staffCount, rs.getString("parent_code"),
        rs.getString("council_member"), rs.getBoolean("active"));
  }

  private static Unit normalized(Unit unit) {
    if (unit == null) {
      throw new InvalidUnitException("Thiếu thông tin đơn vị.");
    }
    return new Unit(trimToNull(unit.code()), unit.name() == null ? null : unit.name().strip(), unit.level(),
        unit.kind(), unit.staffCount(), trimToNull(unit.parentCode()), trimToNull(unit.councilMember()),
        unit.active());
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private void validate(Unit unit) {
    String code = unit.code();
    if (code == null) {
      throw new InvalidUnitException("Thiếu mã đơn vị.");
    }
    if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
      throw new InvalidUnitException("Mã đơn vị '" + code + "' không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số"
          + " và dấu gạch ngang (ví dụ SO-NOI-VU, 03394), tối đa " + MAX_CODE_LENGTH + " ký tự.");
    }
    if (unit.name() == null || unit.name().isEmpty()) {
      throw new InvalidUnitException("Tên đơn vị không được để trống.");
    }
    if (unit.name().length() > MAX_NAME_LENGTH) {
      throw new InvalidUnitException("Tên đơn vị dài quá " + MAX_NAME_LENGTH + " ký tự.");
    }
    if (unit.level() == null) {
      throw new InvalidUnitException("Thiếu cấp của đơn vị (level): " + UnitInput.LEVELS + ".");
    }
    if (unit.kind() == null) {
      throw new InvalidUnitException("Thiếu loại đơn vị (kind): " + UnitInput.KINDS + ".");
    }
    if (unit.staffCount() != null) {
      checkStaffCount(unit.staffCount());
    }
    checkLevelAndParent(unit);
    checkStillDistrictOfItsCommunes(unit);
    checkCouncilMember(unit.councilMember());
  }

  private static void checkStaffCount(int staffCount) {
    if (staffCount < 1) {
      throw new InvalidUnitException("R3: Số cán bộ, công chức, viên chức, người lao động phải từ 1 trở lên;"
          + " giá trị " + staffCount + " không hợp lệ.");
    }
  }

  /** R1 and the registry's readings: where a unit of each level and kind may sit in the tree. */
  private void checkLevelAndParent(Unit unit) {
    boolean isProvinceCode = provinceCode.equals(unit.code());
    if (unit.level() == Level.TINH && !isProvinceCode) {
      throw new InvalidUnitException("Chỉ tỉnh (mã " + provinceCode + ") ở cấp tỉnh (TINH); đơn vị '" + unit.code()
          + "' phải ở cấp CO_SO hoặc SO_NGANH_HUYEN.");
    }
    if (isProvinceCode && unit.level() != Level.TINH) {
      throw new InvalidUnitException("Mã " + provinceCode + " là của tỉnh: cấp phải là TINH.");
    }
    String parentCode = unit.parentCode();
    if (parentCode == null) {
      if (unit.level() == Level.CO_SO && unit.kind() == UnitKind.CIVIL) {
        throw new InvalidUnitException("Xã, phường, thị trấn '" + unit.name() + "' phải thuộc một huyện, thành phố:"
            + " hãy ghi mã huyện, thành phố (parentCode).");
      }
      return;
    }
    if (parentCode.equals(unit.code())) {
      throw new InvalidUnitException("Đơn vị '" + unit.code() + "' không thể là đơn vị cấp trên của chính nó.");
    }
    Unit parent = find(parentCode).orElseThrow(() -> new InvalidUnitException(
        "Không tìm thấy đơn vị cấp trên có mã '" + parentCode + "'."));
    switch (unit.level()) {
      case TINH -> throw new InvalidUnitException("Tỉnh không có đơn vị cấp trên (parentCode phải để trống).");
      case SO_NGANH_HUYEN -> {
        if (!provinceCode.equals(parent.code())) {
          throw new InvalidUnitException("Đơn vị cấp SO_NGANH_HUYEN chỉ có đơn vị cấp trên khi là huyện, thành phố,"
              + " và khi đó cấp trên là tỉnh (mã " + provinceCode + "); sở, ban, ngành, đoàn thể tỉnh để trống"
              + " parentCode. '" + parent.code() + "' (" + parent.name() + ") không phải là tỉnh.");
        }
        if (unit.kind() != UnitKind.CIVIL) {
          throw new InvalidUnitException("Huyện, thành phố là đơn vị loại CIVIL; không thể là loại " + unit.kind()
              + ".");
        }
      }
      case CO_SO -> {
        if (unit.kind() == UnitKind.ENTERPRISE) {
          throw new InvalidUnitException("Doanh nghiệp thuộc tỉnh không có đơn vị cấp trên (hồ sơ do Sở Nội vụ"
              + " thẩm định): parentCode phải để trống.");
        }
        if (!parent.isDistrict()) {
          throw new InvalidUnitException("Đơn vị cấp trên '" + parent.code() + "' (" + parent.name()
              + ") không phải là huyện, thành phố: xã, phường, thị trấn phải thuộc một huyện, thành phố.");
        }
      }
    }
  }

  /** A district with communes stays a district; otherwise its communes would lose their reviewer (R6). */
  private void checkStillDistrictOfItsCommunes(Unit unit) {
    if (unit.isDistrict()) {
      return;
    }
    Integer children = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE parent_code = ?", Integer.class,
        unit.code());
    if (children != null && children > 0 && !provinceCode.equals(unit.code())) {
      throw new InvalidUnitException("Đơn vị '" + unit.code() + "' đang có " + children + " đơn vị trực thuộc"
          + " (xã, phường, thị trấn): phải giữ là huyện, thành phố (cấp SO_NGANH_HUYEN, cấp trên là tỉnh "
          + provinceCode + ").");
    }
  }

  /** R10: the council member must be a user the engine knows, or notifications would go nowhere. */
  private void checkCouncilMember(String userId) {
    if (userId == null) {
      return;
    }
    long users = SystemContext.call(identityService,
        () -> identityService.createUserQuery().userId(userId).count());
    if (users == 0) {
      throw new InvalidUnitException("Không tìm thấy người dùng '" + userId
          + "' để giao làm thành viên Hội đồng Thi đua, Khen thưởng theo dõi đơn vị.");
    }
  }
}
