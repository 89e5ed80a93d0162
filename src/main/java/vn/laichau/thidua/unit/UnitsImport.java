package vn.laichau.thidua.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.common.TableFile;

/**
 * The first day's set-up of the registry from one file (CSV or XLSX, {@link TableFile}): the units' staff counts,
 * their council members and new units (agencies, enterprises, communes), one unit per line:
 *
 * <pre>
 * code,name,level,kind,staffCount,parentCode,councilMember
 * 03394,,,,35,,hd.nguyen.nam
 * SO-KHOA-HOC,Sở Khoa học và Công nghệ,SO_NGANH_HUYEN,CIVIL,48,,hd.tran.lan
 * </pre>
 *
 * Only {@code code} is required in the header; the other columns may be left out. For a unit the registry has, an
 * empty cell keeps the stored value; a new unit needs its name, level and kind. Each line is saved through
 * {@link UnitRegistry#save}, so it meets the same rules as {@code PUT /api/units/{code}}, and a later line may build on
 * an earlier one (a new district, then its communes).
 *
 * <p>The whole file is one transaction: when any line is refused, nothing of the file is kept (not the units, not
 * their groups, not the work the campaign gives a newly registered unit), and the report names every refused line.
 */
@Service
public class UnitsImport {

  static final List<String> COLUMNS =
      List.of("code", "name", "level", "kind", "staffcount", "parentcode", "councilmember");

  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,\\s]\\d{3})+");

  private final UnitRegistry registry;
  private final TransactionTemplate transaction;

  public UnitsImport(UnitRegistry registry, PlatformTransactionManager transactionManager) {
    this.registry = registry;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * @throws InvalidImportFileException when the file cannot be read or its header is not one of units
   */
  public UnitsImportReport importFile(byte[] content) {
    TableFile table;
    try {
      table = TableFile.read(content);
    } catch (TableFile.InvalidTableException e) {
      throw new InvalidImportFileException(e.getMessage());
    }
    Map<String, Integer> columns = columnsOf(table);
    return transaction.execute(status -> {
      UnitsImportReport report = importLines(table, columns);
      if (!report.applied()) {
        status.setRollbackOnly();
      }
      return report;
    });
  }

  private UnitsImportReport importLines(TableFile table, Map<String, Integer> columns) {
    List<UnitsImportReport.Saved> created = new ArrayList<>();
    List<UnitsImportReport.Saved> updated = new ArrayList<>();
    List<UnitsImportReport.Refused> refused = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TableFile.Line line : table.rows()) {
      if (line.isBlank()) {
        continue;
      }
      String code = cell(line, columns, "code");
      try {
        if (line.cells().size() != table.header().size()) {
          throw new InvalidUnitException("Dòng có " + line.cells().size() + " cột, dòng tiêu đề có "
              + table.header().size() + ": một ô có dấu phẩy phải đặt trong dấu ngoặc kép \"…\".");
        }
        if (code.isEmpty()) {
          throw new InvalidUnitException("Thiếu mã đơn vị (code).");
        }
        Integer earlier = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), line.number());
        if (earlier != null) {
          throw new InvalidUnitException("Mã đơn vị '" + code + "' đã có ở dòng " + earlier + " của tệp.");
        }
        Optional<Unit> existing = registry.find(code);
        Unit saved = registry.save(unitOf(code, line, columns, existing.orElse(null)));
        (existing.isPresent() ? updated : created).add(new UnitsImportReport.Saved(line.number(), saved.code(),
            saved.name(), saved.staffCount(), saved.councilMember()));
      } catch (InvalidUnitException refusal) {
        refused.add(new UnitsImportReport.Refused(line.number(), code, refusal.getMessage()));
      }
    }
    return refused.isEmpty() ? new UnitsImportReport(true, created, updated, List.of())
        : new UnitsImportReport(false, List.of(), List.of(), refused);
  }

  /** The unit the line describes; an empty cell keeps what the registry has. */
  private static Unit unitOf(String code, TableFile.Line line, Map<String, Integer> columns, Unit existing) {
    String name = cell(line, columns, "name");
    String level = cell(line, columns, "level");
    String kind = cell(line, columns, "kind");
    String parent = cell(line, columns, "parentcode");
    String council = cell(line, columns, "councilmember");
    Integer staff = staffCount(cell(line, columns, "staffcount"));
    if (existing == null) {
      return new Unit(code, name, UnitInput.level(level), UnitInput.kind(kind), staff, parent, council, true);
    }
    return new Unit(existing.code(),
        name.isEmpty() ? existing.name() : name,
        level.isEmpty() ? existing.level() : UnitInput.level(level),
        kind.isEmpty() ? existing.kind() : UnitInput.kind(kind),
        staff == null ? existing.staffCount() : staff,
        parent.isEmpty() ? existing.parentCode() : parent,
        council.isEmpty() ? existing.councilMember() : council,
        existing.active());
  }

  private static Integer staffCount(String text) {
    if (text.isEmpty()) {
      return null;
    }
    // digits, or thousands grouped as Vietnamese and English spreadsheets show them (1.200, 1,200, 1 200)
    String digits = THOUSANDS.matcher(text).matches() ? text.replaceAll("[.,\\s]", "") : text;
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      throw new InvalidUnitException("Số cán bộ (staffCount) '" + text + "' không phải là một số nguyên.");
    }
  }

  private static String cell(TableFile.Line line, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : line.cell(index);
  }

  private static Map<String, Integer> columnsOf(TableFile table) {
    Map<String, Integer> columns = table.columns();
    String expected = "code,name,level,kind,staffCount,parentCode,councilMember";
    if (!columns.containsKey("code")) {
      throw new InvalidImportFileException("Dòng đầu của tệp phải là tiêu đề, có cột code và các cột cần nhập trong: "
          + expected + " (CSV ngăn cách bằng dấu phẩy hoặc dấu chấm phẩy, mã hóa UTF-8; hoặc trang đầu của tệp Excel"
          + " .xlsx).");
    }
    List<String> unknown = columns.keySet().stream().filter(name -> !COLUMNS.contains(name)).toList();
    if (!unknown.isEmpty() || columns.size() != table.header().size()) {
      throw new InvalidImportFileException("Tiêu đề có cột không dùng được hoặc lặp lại: "
          + String.join(", ", unknown.isEmpty() ? table.header() : unknown) + ". Các cột: " + expected + ".");
    }
    return columns;
  }

  /** The file is not a list of units at all: refused whole. */
  public static class InvalidImportFileException extends RuntimeException {
    public InvalidImportFileException(String message) {
      super(message);
    }
  }
}
