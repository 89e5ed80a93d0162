package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.EXEMPLAR_SPEAKERS;
import static vn.laichau.thidua.contract.CongressVariables.PROGRAMME_ITEMS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.congress.ProgrammeItem;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.contract.ContractValues;

/**
 * R5: the programme holds all five items of the plan (II.4), and names at least one exemplar who speaks (item 2), in
 * {@code exemplarSpeakers}: text, one speaker a line, or a Json array of names. {@code programmeItems} is a Json array of the items' codes,
 * sent as a Spin Json variable or as a JSON string (a plain form has no Json type).
 */
@Component
@Order(40)
public class ProgrammeRule implements DraftPlanRule {

  @Override
  public void check(DraftPlan plan, Violations violations) {
    checkItems(plan, violations);
    if (speakers(plan.value(EXEMPLAR_SPEAKERS)) == 0) {
      violations.add("R5", "Chưa nêu điển hình tiên tiến trình bày tham luận (exemplarSpeakers): chương trình phải có"
          + " ít nhất một tham luận của điển hình tiên tiến.");
    }
  }

  /** The speakers named: the non-blank lines of a text, or the non-blank names of a list. */
  static long speakers(Object value) {
    if (value instanceof String text && !text.strip().startsWith("[")) {
      return text.lines().filter(line -> !line.isBlank()).count();
    }
    return codes(value).map(names -> names.stream().filter(name -> !name.isBlank()).count()).orElse(0L);
  }

  private void checkItems(DraftPlan plan, Violations violations) {
    Object value = plan.value(PROGRAMME_ITEMS);
    if (ContractValues.isBlank(value)) {
      violations.add("R5", "Chưa có chương trình Đại hội. Chương trình phải gồm: " + labels(EnumSet.allOf(
          ProgrammeItem.class)) + ".");
      return;
    }
    Optional<List<String>> codes = codes(value);
    if (codes.isEmpty()) {
      violations.add("R5", "Chương trình Đại hội (programmeItems) phải là một danh sách JSON các mục, ví dụ "
          + "[\"REVIEW\",\"SPEECHES\",\"COMMENDATION\",\"LAUNCH\",\"UPPER_DELEGATES\"].");
      return;
    }
    EnumSet<ProgrammeItem> present = EnumSet.noneOf(ProgrammeItem.class);
    List<String> unknown = new ArrayList<>();
    for (String code : codes.get()) {
      ProgrammeItem.fromCode(code).ifPresentOrElse(present::add, () -> unknown.add(code));
    }
    if (!unknown.isEmpty()) {
      violations.add("R5", "Chương trình có mục không rõ: " + String.join(", ", unknown) + ".");
    }
    Set<ProgrammeItem> missing = EnumSet.complementOf(present);
    if (!missing.isEmpty()) {
      violations.add("R5", "Chương trình Đại hội còn thiếu " + missing.size() + " trong 5 nội dung bắt buộc: "
          + labels(missing) + ".");
    }
  }

  private static Optional<List<String>> codes(Object value) {
    try {
      SpinJsonNode json;
      if (value instanceof SpinJsonNode node) {
        json = node;
      } else if (value instanceof String text) {
        json = Spin.JSON(text);
      } else if (value instanceof Collection<?> items) {
        return Optional.of(items.stream().map(String::valueOf).toList());
      } else {
        return Optional.empty();
      }
      if (!json.isArray()) {
        return Optional.empty();
      }
      List<String> codes = new ArrayList<>();
      for (SpinJsonNode element : json.elements()) {
        if (!element.isString()) {
          return Optional.empty();
        }
        codes.add(element.stringValue());
      }
      return Optional.of(codes);
    } catch (SpinRuntimeException e) {
      return Optional.empty();
    }
  }

  static String labels(Collection<ProgrammeItem> items) {
    return items.stream().map(i -> "«" + i.label() + "»").collect(Collectors.joining(", "));
  }
}
