package vn.laichau.thidua.recognition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * R11, R12: the links a form shows to a congress's finished lists, the documents of {@link CongressListsController}
 * (DOCX after Nghị định 30/2020, and XLSX). The campaign and the unit in each link are the server's, never a variable
 * a completion could write; following a link, the controller asks again whether the reader may read that congress.
 * A form-js form shows the Markdown text ({@code {{...}}} in a text component), an embedded form the Json list.
 */
final class DocumentLinks {

  /** One document: its label and its address under {@code /api}. */
  record Link(String label, String href) {
  }

  /** A unit's (or the province's) documents, under the name the form shows. */
  record Group(String name, List<Link> links) {
  }

  private DocumentLinks() {
  }

  /** A unit's delegate list and its honour list of the campaign, each as DOCX and XLSX. */
  static Group unitLists(String campaignId, String unitCode, String unitName) {
    String campaign = "/api/campaigns/" + encode(campaignId);
    String unit = "?unit=" + encode(unitCode);
    return new Group(unitName, List.of(
        new Link("Danh sách đại biểu (DOCX)", campaign + "/delegates.docx" + unit),
        new Link("Danh sách đại biểu (XLSX)", campaign + "/delegates.xlsx" + unit),
        new Link("Danh sách khen thưởng, đề nghị khen thưởng (DOCX)", campaign + "/exemplars.docx" + unit),
        new Link("Danh sách khen thưởng, đề nghị khen thưởng (XLSX)", campaign + "/exemplars.xlsx" + unit)));
  }

  /** The province's delegates to the national congress and the exemplars proposed there, as DOCX and XLSX. */
  static Group national(String campaignId) {
    String campaign = "/api/campaigns/" + encode(campaignId);
    return new Group("Đại biểu dự Đại hội toàn quốc, điển hình đề nghị khen thưởng cấp Nhà nước", List.of(
        new Link("Danh sách (DOCX)", campaign + "/national-delegates.docx"),
        new Link("Danh sách (XLSX)", campaign + "/national-delegates.xlsx")));
  }

  /** Json {@code [{name, links: [{label, href}]}]}, for an embedded form's list. */
  static SpinJsonNode json(List<Group> groups) {
    return Spin.JSON(groups.stream().map(group -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", group.name());
      item.put("links", group.links().stream().map(link -> {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", link.label());
        fields.put("href", link.href());
        return fields;
      }).toList());
      return item;
    }).toList());
  }

  /** Markdown, one line a group, for a form-js text component; empty when there is none. */
  static String markdown(List<Group> groups) {
    return groups.stream().map(group -> "- " + escape(group.name()) + ": " + group.links().stream()
            .map(link -> "[" + escape(link.label()) + "](" + link.href() + ")").collect(Collectors.joining(" · ")))
        .collect(Collectors.joining("\n"));
  }

  /** A name read as text, not as Markdown: a bracket or a star in a unit's name stays what it is. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]()#<>!|])", "\\\\$1");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
