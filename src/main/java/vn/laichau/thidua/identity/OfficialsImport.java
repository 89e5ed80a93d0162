package vn.laichau.thidua.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Service;
import vn.laichau.thidua.common.TableFile;

/**
 * Creates the officials of a province from a CSV file or an Excel workbook (XLSX, first sheet), line by line, and
 * reports what it created and what it refused and why. A CSV file is UTF-8 with a header line, separated by commas or
 * semicolons (as Excel saves it in Vietnam):
 *
 * <pre>
 * id,name,email,unitOrRole
 * nguyen.van.an,Nguyễn Văn An,an.nv@laichau.gov.vn,03394
 * tran.thi.binh,Trần Thị Bình,binh.tt@laichau.gov.vn,phong-noi-vu-106
 * le.van.cuong,Lê Văn Cường,cuong.lv@laichau.gov.vn,so-noi-vu|SO-NOI-VU
 * </pre>
 *
 * {@code unitOrRole} is a unit code (the official joins {@code unit-<code>}) or a role group ({@code so-noi-vu},
 * {@code phong-noi-vu-<district>}, {@code hoi-dong-tdkt}, {@code ubnd-tinh}, {@code camunda-admin}); several are
 * separated by {@code |}. Every group must already exist: units get theirs when the registry saves them.
 *
 * <p>Each official gets a random initial password (it satisfies the password policy), returned once in the report
 * for the administrator to hand over. A line is created whole or not at all. The import runs as the calling
 * administrator, so the engine's own authorizations (CREATE on users and memberships) apply as well.
 */
@Service
public class OfficialsImport {

  static final List<String> HEADER = List.of("id", "name", "email", "unitorrole");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> ROLES = Set.of(Groups.SO_NOI_VU, Groups.HOI_DONG_TDKT, Groups.UBND_TINH,
      Groups.CAMUNDA_ADMIN);

  private final IdentityService identityService;
  private final CommandExecutor commandExecutor;
  private final Pattern userIdPattern;
  private final PasswordGenerator passwords = new PasswordGenerator();

  public OfficialsImport(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.identityService = processEngine.getIdentityService();
    this.commandExecutor = configuration.getCommandExecutorTxRequired();
    String pattern = configuration.getUserResourceWhitelistPattern() != null
        ? configuration.getUserResourceWhitelistPattern() : configuration.getGeneralResourceWhitelistPattern();
    this.userIdPattern = Pattern.compile(pattern);
  }

  /** Imports the officials of a CSV file or an XLSX workbook (its first sheet), in the same columns. */
  public ImportReport importFile(byte[] content) {
    TableFile table;
    try {
      table = TableFile.read(content);
    } catch (TableFile.InvalidTableException e) {
      throw new InvalidCsvException(e.getMessage());
    }
    if (!HEADER.equals(table.header().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList())) {
      throw new InvalidCsvException("Dòng đầu của tệp phải là tiêu đề: id,name,email,unitOrRole "
          + "(CSV ngăn cách bằng dấu phẩy hoặc dấu chấm phẩy, mã hóa UTF-8; hoặc trang đầu của tệp Excel .xlsx).");
    }
    List<ImportReport.Created> created = new ArrayList<>();
    List<ImportReport.Refused> refused = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TableFile.Line tableLine : table.rows()) {
      List<String> row = tableLine.cells();
      int line = tableLine.number();
      if (tableLine.isBlank()) {
        continue;
      }
      String id = row.isEmpty() ? "" : row.get(0).trim();
      try {
        Official official = validate(row, seen, line);
        String password = create(official);
        created.add(new ImportReport.Created(line, official.id(), official.name(), official.email(),
            List.copyOf(official.groups()), password));
        seen.put(official.id().toLowerCase(Locale.ROOT), line);
      } catch (RefusedLine refusal) {
        refused.add(new ImportReport.Refused(line, id, refusal.getMessage()));
      }
    }
    return new ImportReport(created, refused);
  }

  private Official validate(List<String> row, Map<String, Integer> seen, int line) {
    if (row.size() != HEADER.size()) {
      throw new RefusedLine("Dòng có " + row.size() + " cột, cần 4 cột: id, name, email, unitOrRole.");
    }
    String id = row.get(0).trim();
    String name = row.get(1).trim().replaceAll("\\s+", " ");
    String email = row.get(2).trim();
    String unitOrRole = row.get(3).trim();
    if (id.isEmpty()) {
      throw new RefusedLine("Thiếu tên đăng nhập (id).");
    }
    if (!userIdPattern.matcher(id).matches()) {
      throw new RefusedLine("Tên đăng nhập '" + id + "' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, "
          + "gạch ngang, gạch dưới, tối đa 64 ký tự.");
    }
    Integer earlier = seen.get(id.toLowerCase(Locale.ROOT));
    if (earlier != null) {
      throw new RefusedLine("Tên đăng nhập '" + id + "' đã có ở dòng " + earlier + " của tệp.");
    }
    if (identityService.createUserQuery().userId(id).count() > 0) {
      throw new RefusedLine("Tên đăng nhập '" + id + "' đã có trong hệ thống.");
    }
    if (name.isEmpty()) {
      throw new RefusedLine("Thiếu họ và tên.");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw new RefusedLine(email.isEmpty() ? "Thiếu địa chỉ e-mail." : "Địa chỉ e-mail '" + email + "' không hợp lệ.");
    }
    if (unitOrRole.isEmpty()) {
      throw new RefusedLine("Thiếu đơn vị hoặc vai trò.");
    }
    Set<String> groups = new LinkedHashSet<>();
    for (String value : unitOrRole.split("\\|")) {
      if (!value.isBlank()) {
        groups.add(groupOf(value.trim()));
      }
    }
    return new Official(id, name, email, groups);
  }

  /** A role or unit group as written, else the group of a unit code; it must exist. */
  private String groupOf(String value) {
    List<String> candidates = ROLES.contains(value) || Groups.isPhongNoiVuGroup(value) || Groups.isUnitGroup(value)
        ? List.of(value)
        : List.of(Groups.unit(value), Groups.unit(value.toUpperCase(Locale.ROOT)));
    for (String candidate : candidates) {
      if (identityService.createGroupQuery().groupId(candidate).count() > 0) {
        return candidate;
      }
    }
    throw new RefusedLine("Không có đơn vị hoặc vai trò '" + value + "' trong hệ thống.");
  }

  private String create(Official official) {
    User user = identityService.newUser(official.id());
    // Camunda shows "firstName lastName": the family and middle names first, the given name last, as Vietnamese
    // names are read ("Nguyễn Văn" + "An")
    int lastSpace = official.name().lastIndexOf(' ');
    user.setFirstName(lastSpace < 0 ? "" : official.name().substring(0, lastSpace));
    user.setLastName(lastSpace < 0 ? official.name() : official.name().substring(lastSpace + 1));
    user.setEmail(official.email());
    String password = passwords.forUser(identityService, user);
    user.setPassword(password);
    commandExecutor.execute(commandContext -> {
      identityService.saveUser(user);
      official.groups().forEach(group -> identityService.createMembership(official.id(), group));
      return null;
    });
    return password;
  }

  private record Official(String id, String name, String email, Set<String> groups) {
  }

  private static final class RefusedLine extends RuntimeException {
    RefusedLine(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The file cannot be read as a list of officials at all. */
  public static class InvalidCsvException extends RuntimeException {
    public InvalidCsvException(String message) {
      super(message);
    }
  }
}
