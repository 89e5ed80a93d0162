package vn.laichau.thidua.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.unit.Level;

/**
 * Reads and checks, line by line, the named lists a congress reports (R11, R12): {@code honours}, {@code proposals}
 * and {@code delegateList}. A list comes as a Json variable, a JSON string (a plain form has no Json type), a list of
 * maps, or the rows of an uploaded workbook; every broken line is a violation naming the list, the line (from 1, or
 * the workbook's row) and the field.
 */
@Component
public class ContentLists {

  /** Reading: a delegate is an adult, born no earlier than this year. */
  static final int EARLIEST_BIRTH_YEAR = 1920;
  /** Reading: a delegate is at least this old in the year of the report. */
  static final int DELEGATE_MIN_AGE = 18;

  public static final String HONOURS = "honours";
  public static final String PROPOSALS = "proposals";
  public static final String DELEGATE_LIST = "delegateList";
  /** An upper congress's decision on each proposal of its lower units (R11). */
  public static final String PROPOSAL_DECISIONS = "proposalDecisions";
  /** The members the provincial congress invites by name (R12), besides the delegates from below. */
  public static final String INVITED_MEMBERS = "invitedMembers";

  static final String DELEGATE_LIST_LABEL = "Danh sách đại biểu đi dự Đại hội cấp trên (delegateList)";
  public static final String INVITED_MEMBERS_LABEL = "Danh sách đại biểu được mời dự Đại hội tỉnh (invitedMembers)";
  static final String DECISIONS_LABEL = "Ý kiến về đề nghị khen thưởng của đơn vị cấp dưới (proposalDecisions)";

  /** An upper congress's decision on one proposal of a lower unit: taken up or declined, and why. */
  public record ProposalDecision(CongressContentRepository.ProposalLine proposal, String decision, String reason) {
  }

  /** A line as it was sent: its number as the person sees it and its fields. */
  public record Line(int number, Map<String, Object> fields) {

    String text(String field) {
      Object value = fields.get(field);
      return value == null ? "" : String.valueOf(value).trim();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecognitionCatalogue catalogue;

  public ContentLists(RecognitionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The lines of a list sent in a completion; empty when the list was not sent, and a violation (and empty) when it is
   * not a JSON array of objects.
   */
  public Optional<List<Line>> lines(Object value, String variable, String rule, String label, Violations violations) {
    if (ContractValues.isBlank(value)) {
      return Optional.empty();
    }
    try {
      List<Map<String, Object>> items;
      if (value instanceof SpinJsonNode node) {
        items = JSON.readValue(node.toString(), new TypeReference<>() { });
      } else if (value instanceof String text && !text.strip().startsWith("[") && !text.strip().startsWith("{")) {
        return Optional.of(typed(text, variable));
      } else if (value instanceof String text) {
        items = JSON.readValue(text, new TypeReference<>() { });
      } else if (value instanceof Collection<?> collection) {
        items = JSON.convertValue(collection, new TypeReference<>() { });
      } else {
        throw new IllegalArgumentException(value.getClass().getName());
      }
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        lines.add(new Line(i + 1, items.get(i) == null ? Map.of() : items.get(i)));
      }
      return Optional.of(lines);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      violations.add(rule, Character.toUpperCase(label.charAt(0)) + label.substring(1) + " (" + variable
          + ") phải là một danh sách JSON, mỗi dòng một đối tượng {…}.");
      return Optional.empty();
    }
  }

  /** The columns of a list typed one line per person, in their order. */
  static List<String> columns(String variable) {
    return switch (variable) {
      case DELEGATE_LIST, INVITED_MEMBERS -> List.of("fullName", "birthYear", "gender", "ethnicity", "position");
      case PROPOSAL_DECISIONS -> List.of("proposal", "decision", "reason");
      default -> List.of("name", "type", "recognition", "achievement");
    };
  }

  /**
   * A list typed in a form, one person or collective a line, the columns separated by a semicolon or a tab (as Excel
   * copies a row); blank lines are skipped but counted, so a message names the line the person sees. The words people
   * write for gender, type and decision (Nam, Nữ, cá nhân, tập thể, tiếp nhận, không tiếp nhận) and a recognition's
   * name stand for their codes.
   */
  private List<Line> typed(String text, String variable) {
    List<String> columns = columns(variable);
    List<Line> lines = new ArrayList<>();
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      String[] cells = rows[i].split(rows[i].contains("\t") ? "\t" : ";", -1);
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int c = 0; c < columns.size() && c < cells.length; c++) {
        fields.put(columns.get(c), codeOf(columns.get(c), cells[c].strip()));
      }
      if (cells.length > columns.size()) {
        // a semicolon inside the last column (an achievement, a position) belongs to it
        String rest = String.join(";", Arrays.copyOfRange(cells, columns.size() - 1, cells.length));
        fields.put(columns.get(columns.size() - 1), rest.strip());
      }
      lines.add(new Line(i + 1, fields));
    }
    return lines;
  }

  /** The headers of the workbook template of each list, in the columns' order (an "STT" column is ignored). */
  public static List<String> headers(String variable) {
    return DELEGATE_LIST.equals(variable) || INVITED_MEMBERS.equals(variable)
        ? List.of("Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị công tác")
        : List.of("Tên cá nhân, tập thể", "Cá nhân hay tập thể", "Danh hiệu, hình thức khen thưởng", "Thành tích");
  }

  /**
   * The lines of an uploaded workbook (or CSV) made from the template, numbered as the sheet numbers its rows; blank
   * rows skipped. Empty, with a violation naming the missing columns, when the header is not the template's.
   */
  public List<Line> lines(TableFile table, String variable, String rule, Violations violations) {
    Map<String, Integer> found = table.columns();
    List<String> headers = headers(variable);
    List<String> columns = columns(variable);
    List<String> missing = headers.stream().filter(h -> !found.containsKey(h.toLowerCase(Locale.ROOT))).toList();
    if (!missing.isEmpty()) {
      violations.add(rule, "Tệp không theo mẫu: thiếu cột " + String.join(", ", missing.stream()
          .map(h -> "«" + h + "»").toList()) + " ở dòng tiêu đề.");
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (TableFile.Line row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int c = 0; c < headers.size(); c++) {
        String cell = row.cell(found.get(headers.get(c).toLowerCase(Locale.ROOT)));
        fields.put(columns.get(c), codeOf(columns.get(c), cell.strip()));
      }
      lines.add(new Line(row.number(), fields));
    }
    return lines;
  }

  private String codeOf(String column, String cell) {
    String lower = cell.toLowerCase(Locale.ROOT);
    return switch (column) {
      case "gender" -> lower.equals("nam") ? "NAM" : lower.equals("nữ") || lower.equals("nu") ? "NU" : cell;
      case "type" -> lower.equals("cá nhân") ? "INDIVIDUAL" : lower.equals("tập thể") ? "COLLECTIVE" : cell;
      case "decision" -> lower.equals("tiếp nhận") || lower.equals("đồng ý") ? CongressContentRepository.TAKEN_UP
          : lower.equals("không tiếp nhận") || lower.equals("không đồng ý") ? CongressContentRepository.DECLINED
          : cell;
      case "recognition" -> catalogue.all().stream().filter(r -> plain(r.name()).equals(plain(cell))).findFirst()
          .map(Recognition::code).orElse(cell);
      default -> cell;
    };
  }

  /** A recognition's name as people type it: without quotes, "Danh hiệu", case or extra spaces. */
  private static String plain(String name) {
    String words = name.replaceAll("[\"“”'‘’]", " ").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return words.startsWith("danh hiệu ") ? words.substring("danh hiệu ".length()) : words;
  }

  /**
   * R11: honours are recognitions the congress's own level decides; proposals are recognitions a higher level decides.
   * Each recognition is for the type of its line (an individual or a collective).
   */
  public List<Honour> honours(List<Line> lines, Level level, boolean proposal, Violations violations) {
    String list = proposal ? "Danh sách đề nghị cấp trên khen thưởng (proposals)"
        : "Danh sách được khen thưởng (honours)";
    DecidingLevel own = DecidingLevel.of(level);
    List<Honour> honours = new ArrayList<>();
    for (Line line : lines) {
      String where = list + ", dòng " + line.number() + ": ";
      int before = violations.messages().size();
      String name = line.text("name");
      if (name.isEmpty()) {
        violations.add("R11", where + "chưa nhập tên cá nhân, tập thể (name).");
      }
      Optional<Beneficiary> type = Beneficiary.fromCode(line.text("type"));
      if (type.isEmpty()) {
        violations.add("R11", where + "loại (type) «" + line.text("type")
            + "» phải là INDIVIDUAL (cá nhân) hoặc COLLECTIVE (tập thể).");
      }
      String code = line.text("recognition");
      Optional<Recognition> recognition = catalogue.find(code);
      if (recognition.isEmpty()) {
        violations.add("R11", where + "danh hiệu, hình thức khen thưởng (recognition) «" + code
            + "» không có trong danh mục khen thưởng.");
      } else {
        Recognition r = recognition.get();
        if (type.isPresent() && type.get() != r.beneficiary()) {
          violations.add("R11", where + "«" + r.name() + "» dành cho " + r.beneficiary().label() + ", không dành cho "
              + type.get().label() + " (type).");
        }
        if (!proposal && r.decidedBy() != own) {
          violations.add("R11", where + "«" + r.name() + "» do " + r.decidedBy().label() + " quyết định; Đại hội "
              + own.label() + " chỉ tự khen thưởng những gì " + own.label() + " quyết định"
              + (r.decidedBy().compareTo(own) > 0 ? ", hãy đưa vào danh sách đề nghị cấp trên (proposals)." : "."));
        }
        if (proposal && r.decidedBy().compareTo(own) <= 0) {
          violations.add("R11", where + "«" + r.name() + "» do " + r.decidedBy().label() + " quyết định, không phải cấp"
              + " trên của Đại hội " + own.label() + "; không đề nghị cấp trên"
              + (r.decidedBy() == own ? ", hãy đưa vào danh sách được khen thưởng (honours)." : "."));
        }
      }
      String achievement = line.text("achievement");
      if (achievement.isEmpty()) {
        violations.add("R11", where + "chưa nhập thành tích (achievement).");
      }
      if (violations.messages().size() == before) {
        honours.add(new Honour(name, type.get(), code, achievement));
      }
    }
    return honours;
  }

  /** R12: every delegate with full name, year of birth, gender, ethnicity and position. */
  public List<Delegate> delegates(List<Line> lines, Violations violations) {
    return delegates(lines, DELEGATE_LIST_LABEL, violations);
  }

  /** R12: every person of the named list with full name, year of birth, gender, ethnicity and position. */
  public List<Delegate> delegates(List<Line> lines, String list, Violations violations) {
    int latest = VietnamTime.today().getYear() - DELEGATE_MIN_AGE;
    List<Delegate> delegates = new ArrayList<>();
    for (Line line : lines) {
      String where = list + ", dòng " + line.number() + ": ";
      int before = violations.messages().size();
      String fullName = line.text("fullName");
      if (fullName.isEmpty()) {
        violations.add("R12", where + "chưa nhập họ và tên (fullName).");
      }
      Optional<Integer> birthYear = ContractValues.parseInteger(line.fields().get("birthYear"));
      if (birthYear.isEmpty()) {
        violations.add("R12", where + "năm sinh (birthYear) «" + line.text("birthYear") + "» không phải là một năm.");
      } else if (birthYear.get() < EARLIEST_BIRTH_YEAR || birthYear.get() > latest) {
        violations.add("R12", where + "năm sinh (birthYear) " + birthYear.get() + " phải từ " + EARLIEST_BIRTH_YEAR
            + " đến " + latest + " (đại biểu từ " + DELEGATE_MIN_AGE + " tuổi trở lên).");
      }
      Optional<Delegate.Gender> gender = gender(line.text("gender"));
      if (gender.isEmpty()) {
        violations.add("R12", where + "giới tính (gender) «" + line.text("gender") + "» phải là NAM hoặc NU.");
      }
      String ethnicity = line.text("ethnicity");
      if (ethnicity.isEmpty()) {
        violations.add("R12", where + "chưa nhập dân tộc (ethnicity).");
      }
      String position = line.text("position");
      if (position.isEmpty()) {
        violations.add("R12", where + "chưa nhập chức vụ, đơn vị công tác (position).");
      }
      if (violations.messages().size() == before) {
        delegates.add(new Delegate(fullName, birthYear.get(), gender.get(), ethnicity, position));
      }
    }
    return delegates;
  }

  /**
   * R11: an upper congress takes up or declines each proposal of its lower units, with a reason. A line names the
   * proposal by its reference ({@code <unit code>/<line>}, as the form lists them); every open proposal is decided once.
   */
  public List<ProposalDecision> decisions(List<Line> lines, Map<String, CongressContentRepository.ProposalLine> open,
      Violations violations) {
    List<ProposalDecision> decided = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Line line : lines) {
      String where = DECISIONS_LABEL + ", dòng " + line.number() + ": ";
      int before = violations.messages().size();
      String reference = line.text("proposal");
      CongressContentRepository.ProposalLine proposal = open.get(reference);
      if (reference.isEmpty()) {
        violations.add("R11", where + "chưa ghi đề nghị nào (proposal, mã đơn vị/số dòng như danh sách bên trên).");
      } else if (proposal == null) {
        violations.add("R11", where + "không có đề nghị «" + reference + "» của đơn vị cấp dưới trong danh sách chờ"
            + " ý kiến.");
      } else if (seen.containsKey(reference)) {
        violations.add("R11", where + "đề nghị «" + reference + "» đã có ý kiến ở dòng " + seen.get(reference) + ".");
      } else {
        seen.put(reference, line.number());
      }
      String decision = line.text("decision");
      if (!decision.equals(CongressContentRepository.TAKEN_UP) && !decision.equals(CongressContentRepository.DECLINED)) {
        violations.add("R11", where + "ý kiến (decision) «" + decision + "» phải là TAKEN_UP (tiếp nhận) hoặc DECLINED"
            + " (không tiếp nhận).");
      }
      String reason = line.text("reason");
      if (reason.isEmpty()) {
        violations.add("R11", where + "chưa ghi lý do (reason).");
      }
      if (violations.messages().size() == before) {
        decided.add(new ProposalDecision(proposal, decision, reason));
      }
    }
    List<String> undecided = open.keySet().stream().filter(reference -> !seen.containsKey(reference)).toList();
    if (!undecided.isEmpty()) {
      violations.add("R11", DECISIONS_LABEL + ": còn " + undecided.size() + " đề nghị của đơn vị cấp dưới chưa có ý"
          + " kiến tiếp nhận hay không tiếp nhận: " + String.join(", ", undecided) + ".");
    }
    return decided;
  }

  /** The list as the Json variable the process keeps. */
  public static String json(List<?> items) {
    try {
      return JSON.writeValueAsString(items.stream().map(ContentLists::fields).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The list as it is typed in the form, one line each: what an uploaded workbook gives the person to paste. */
  public String typed(List<?> items) {
    List<String> lines = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Honour h) {
        lines.add(String.join("; ", h.name(), h.type().label(), catalogue.find(h.recognition())
            .map(Recognition::name).orElse(h.recognition()), h.achievement()));
      } else if (item instanceof Delegate d) {
        lines.add(String.join("; ", d.fullName(), String.valueOf(d.birthYear()), d.gender().label(), d.ethnicity(),
            d.position()));
      }
    }
    return String.join("\n", lines);
  }

  private static Object fields(Object item) {
    if (item instanceof String text) {
      return text;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (item instanceof Honour h) {
      fields.put("name", h.name());
      fields.put("type", h.type().name());
      fields.put("recognition", h.recognition());
      fields.put("achievement", h.achievement());
    } else if (item instanceof ProposalDecision d) {
      fields.put("proposal", d.proposal().reference());
      fields.put("decision", d.decision());
      fields.put("reason", d.reason());
    } else if (item instanceof Delegate d) {
      fields.put("fullName", d.fullName());
      fields.put("birthYear", d.birthYear());
      fields.put("gender", d.gender().name());
      fields.put("ethnicity", d.ethnicity());
      fields.put("position", d.position());
    }
    return fields;
  }

  private static Optional<Delegate.Gender> gender(String code) {
    for (Delegate.Gender gender : Delegate.Gender.values()) {
      if (gender.name().equals(code)) {
        return Optional.of(gender);
      }
    }
    return Optional.empty();
  }
}
