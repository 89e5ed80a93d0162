package vn.laichau.thidua.recognition;

import static vn.laichau.thidua.campaign.CampaignVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.InvalidCampaignException;
import vn.laichau.thidua.campaign.UnknownCampaignException;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.milestone.MilestoneRepository;
import vn.laichau.thidua.campaign.progress.CongressObserversPlugin;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.common.TaskCompletions;
import vn.laichau.thidua.common.VietnamTime;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.CongressVariables;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressContentRepository.NationalDelegate;
import vn.laichau.thidua.recognition.CongressContentRepository.ProposalLine;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R9, R11, R12: the province's delegates to the national congress and the exemplars it proposes there come out of the
 * provincial congress's results, by name. The form shows, computed when it is read ({@link FormGuidance}), how many delegates the provincial congress elected
 * (and the campaign's quota), the people it named ({@code provincialDelegatesNamed}), the exemplars it proposed to the
 * Government and the State President ({@code provincialProposalsNamed}), its members' figure and the links to the
 * documents ({@code nationalDocuments}, {@code nationalDocumentsText}). On complete Sở Nội
 * vụ's list ({@code nationalDelegateNames}, one delegate a line) must have exactly as many people as were elected,
 * within the quota, each one of those the provincial congress named (the name is enough; the line may carry the other
 * columns); {@code nationalExemplars} (one a line, by name) picks from the provincial proposals. Both are kept for the
 * documents at {@code /api/campaigns/{id}/national-delegates(.docx|.xlsx)}.
 */
@Component("nationalDelegatesTask")
public class NationalDelegatesTask implements TaskListener, FormGuidance {

  /** Json arrays of one line each: whom the provincial congress elected and what it proposed upward. */
  public static final String PROVINCIAL_DELEGATES_NAMED = "provincialDelegatesNamed";
  public static final String PROVINCIAL_PROPOSALS_NAMED = "provincialProposalsNamed";
  /**
   * R11, R12 documents: Json {@code [{name, links: [{label, href}]}]} and the same as Markdown: the provincial
   * congress's delegate list and honour list, and the national list this task records.
   */
  public static final String NATIONAL_DOCUMENTS = "nationalDocuments";
  public static final String NATIONAL_DOCUMENTS_TEXT = "nationalDocumentsText";
  /** One exemplar a line, by the name the provincial congress proposed. */
  public static final String NATIONAL_EXEMPLARS = "nationalExemplars";

  private static final String DELEGATES_LABEL = "Danh sách đại biểu dự Đại hội toàn quốc (nationalDelegateNames)";
  private static final String EXEMPLARS_LABEL = "Danh sách điển hình đề nghị khen thưởng cấp Nhà nước"
      + " (nationalExemplars)";

  private final CampaignRepository campaigns;
  private final MilestoneRepository milestones;
  private final CongressProgressRepository progress;
  private final CongressContentRepository content;
  private final RecognitionCatalogue catalogue;
  private final TaskCompletions completions;
  private final UnitRegistry registry;

  public NationalDelegatesTask(CampaignRepository campaigns, MilestoneRepository milestones,
      CongressProgressRepository progress, CongressContentRepository content, RecognitionCatalogue catalogue,
      TaskCompletions completions, UnitRegistry registry) {
    this.registry = registry;
    this.campaigns = campaigns;
    this.milestones = milestones;
    this.progress = progress;
    this.content = content;
    this.catalogue = catalogue;
    this.completions = completions;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.EMULATION_CAMPAIGN.equals(processKey) && ProcessKeys.TASK_RECORD_NATIONAL_DELEGATES.equals(taskKey);
  }

  /**
   * What the form shows: the provincial congress's figures and lists, and the links to its documents and to the
   * national list. The campaign is the process's business key, which the server gives it when it starts the campaign.
   */
  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    campaigns.find(task.getExecution().getProcessBusinessKey()).ifPresent(campaign -> {
      Provincial province = provincial(campaign);
      guidance.put(PROVINCIAL_DELEGATES_ELECTED, province.elected());
      guidance.put(NATIONAL_DELEGATE_QUOTA, campaign.nationalDelegateQuota());
      guidance.put(PROVINCIAL_DELEGATES_NAMED, SpinValues.jsonValue(ContentLists.json(province.named().stream()
          .map(d -> d.fullName() + " (" + d.birthYear() + ", " + d.gender().label() + ", " + d.ethnicity() + ", "
              + d.position() + ")").toList())).create());
      guidance.put(PROVINCIAL_PROPOSALS_NAMED, SpinValues.jsonValue(ContentLists.json(province.proposed().stream()
          .map(p -> p.name() + " – " + recognitionName(p.recognition()) + ": " + p.achievement()).toList())).create());
      province.row().flatMap(row -> membersCheck(row.processInstanceId()))
          .ifPresent(check -> guidance.put(CongressVariables.PROVINCIAL_MEMBERS_CHECK, check));
      List<DocumentLinks.Group> documents = new ArrayList<>();
      province.row().ifPresent(row -> documents.add(DocumentLinks.unitLists(campaign.id(), row.unitCode(),
          "Đại hội Thi đua yêu nước tỉnh: " + registry.find(row.unitCode()).map(Unit::name).orElse(row.unitCode()))));
      documents.add(DocumentLinks.national(campaign.id()));
      guidance.put(NATIONAL_DOCUMENTS, DocumentLinks.json(documents));
      guidance.put(NATIONAL_DOCUMENTS_TEXT, DocumentLinks.markdown(documents));
    });
  }

  /**
   * Judges Sở Nội vụ's lists against the provincial congress of the campaign the form showed: the process's business
   * key, as in {@link #guide}, never a variable, which a caller who may change the instance's variables could point
   * at another campaign.
   */
  @Override
  public void notify(DelegateTask task) {
    String campaignId = task.getExecution().getProcessBusinessKey();
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
    Provincial province = provincial(campaign);
    int elected = province.elected();
    List<DelegateLine> named = province.named();
    List<ProposalLine> proposed = province.proposed();
    Violations violations = new Violations();
    List<NationalDelegate> delegates = delegates(lines(task, NATIONAL_DELEGATE_NAMES), named, violations);
    if (delegates.size() != elected) {
      violations.add("R9", "Đại hội Thi đua yêu nước tỉnh đã bầu " + elected + " đại biểu dự Đại hội toàn quốc; danh"
          + " sách có " + delegates.size() + " người (mỗi người một dòng).");
    }
    if (campaign.nationalDelegateQuota() != null && delegates.size() > campaign.nationalDelegateQuota()) {
      violations.add("R9", "Danh sách có " + delegates.size() + " đại biểu, vượt số được phân bổ "
          + campaign.nationalDelegateQuota() + ".");
    }
    List<Honour> exemplars = exemplars(lines(task, NATIONAL_EXEMPLARS), proposed, violations);
    if (!violations.isEmpty()) {
      throw new InvalidCampaignException(violations.messages());
    }
    content.replaceNational(campaign.id(), delegates, exemplars);
    task.getExecution().setVariable(NATIONAL_DELEGATE_COUNT, delegates.size());
    milestones.milestoneDone(campaignId, Milestone.NATIONAL_DELEGATES, VietnamTime.today(),
        CongressObserversPlugin.currentUser(task), delegates.size() + " đại biểu");
  }

  /** The provincial congress of the campaign once it is held, with what it elected, named and proposed upward. */
  private Provincial provincial(Campaign campaign) {
    Optional<CongressProgress> province = progress.find(campaign.id(), campaign.provinceCode())
        .filter(row -> row.status().isHeld());
    return new Provincial(province, province.map(CongressProgress::upperDelegates).orElse(0),
        province.map(row -> content.delegates(campaign.id(), row.unitCode())).orElse(List.of()),
        province.map(row -> content.proposals(campaign.id(), row.unitCode(), row.processInstanceId()))
            .orElse(List.of()));
  }

  private record Provincial(Optional<CongressProgress> row, int elected, List<DelegateLine> named,
      List<ProposalLine> proposed) {
  }

  /** A line of a list Sở Nội vụ typed: its number as the person sees it and the name it starts with. */
  private record Row(int number, String name) {
  }

  /**
   * The non-blank lines of a text field, numbered as the person sees them; a line may carry more columns after the
   * name (separated by a semicolon or a tab, as Excel copies a row), which the provincial list already holds.
   */
  private static List<Row> lines(DelegateTask task, String name) {
    String[] rows = ContractValues.text(task, name).orElse("").split("\\R", -1);
    List<Row> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (!rows[i].isBlank()) {
        lines.add(new Row(i + 1, rows[i].split("[;\t]", 2)[0].strip()));
      }
    }
    return lines;
  }

  /**
   * Each line names one of the delegates the provincial congress elected, each once. When that congress reported a
   * count without names, the names Sở Nội vụ gives are taken as they are.
   */
  private static List<NationalDelegate> delegates(List<Row> lines, List<DelegateLine> named,
      Violations violations) {
    List<NationalDelegate> delegates = new ArrayList<>();
    Set<Integer> picked = new HashSet<>();
    for (Row line : lines) {
      String name = line.name();
      if (name.isEmpty()) {
        violations.add("R12", DELEGATES_LABEL + ", dòng " + line.number() + ": chưa ghi họ và tên.");
        continue;
      }
      if (named.isEmpty()) {
        delegates.add(new NationalDelegate(delegates.size() + 1, name, null, null, null, null));
        continue;
      }
      List<DelegateLine> same = named.stream().filter(d -> plain(d.fullName()).equals(plain(name))).toList();
      Optional<DelegateLine> free = same.stream().filter(d -> !picked.contains(d.line())).findFirst();
      String where = DELEGATES_LABEL + ", dòng " + line.number() + ": ";
      if (same.isEmpty()) {
        violations.add("R12", where + "«" + name + "» không có trong danh sách đại biểu Đại hội Thi đua yêu nước tỉnh"
            + " đã bầu đi dự Đại hội toàn quốc.");
      } else if (free.isEmpty()) {
        violations.add("R12", where + "«" + name + "» đã có ở dòng trên.");
      } else {
        DelegateLine d = free.get();
        picked.add(d.line());
        delegates.add(new NationalDelegate(delegates.size() + 1, d.fullName(), d.birthYear(), d.gender(),
            d.ethnicity(), d.position()));
      }
    }
    return delegates;
  }

  /** Each line names one exemplar the provincial congress proposed upward (all its proposals of that name). */
  private List<Honour> exemplars(List<Row> lines, List<ProposalLine> proposed,
      Violations violations) {
    List<Honour> exemplars = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row line : lines) {
      String name = line.name();
      String where = EXEMPLARS_LABEL + ", dòng " + line.number() + ": ";
      List<ProposalLine> same = proposed.stream().filter(p -> plain(p.name()).equals(plain(name))).toList();
      if (same.isEmpty()) {
        violations.add("R11", where + "«" + name + "» không có trong danh sách Đại hội Thi đua yêu nước tỉnh đề nghị"
            + " cấp trên khen thưởng.");
      } else if (!seen.add(plain(name))) {
        violations.add("R11", where + "«" + name + "» đã có ở dòng trên.");
      } else {
        same.forEach(p -> exemplars.add(new Honour(p.name(), p.type(), p.recognition(), p.achievement())));
      }
    }
    return exemplars;
  }

  /** A name as people type it: case and extra spaces do not count. */
  private static String plain(String name) {
    return name.toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " ").strip();
  }

  private String recognitionName(String code) {
    return catalogue.find(code).map(Recognition::name).orElse(code);
  }

  /**
   * The provincial congress's members' figure, as the completion of its results recorded it (the congress has ended:
   * its variables are gone, and their values are kept in its task completions).
   */
  private Optional<String> membersCheck(String provincialCongress) {
    return completions.lastGiven(provincialCongress, ProcessKeys.TASK_REPORT_RESULTS,
        CongressVariables.PROVINCIAL_MEMBERS_CHECK).map(JsonNode::asText);
  }
}
