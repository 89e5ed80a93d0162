package vn.laichau.thidua.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.CampaignUnits;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.common.FormGuidance;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressContentRepository.ExemplarLine;
import vn.laichau.thidua.recognition.CongressContentRepository.ProposalLine;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R5 item 5, R9: delegates flow upward. The forms of the {@code draftPlan}, {@code reviewDossier} and
 * {@code reportResults} tasks of an upper-level congress (a district's, the province's) show how many of its lower
 * units have reported and how many delegates they sent, computed when the form is read ({@link FormGuidance}), so the
 * reviewer always sees the current figures and no task stores a copy.
 *
 * <p>Variables: {@code lowerUnitsTotal}, {@code lowerUnitsReported}, {@code lowerUnitsNotHeld}, {@code lowerDelegates}
 * (Integer) and {@code lowerUnitsSummary} (the same in one Vietnamese sentence, for the forms); R11, R12:
 * {@code lowerUnitsNamed}, the named delegates, honours and proposals of each lower unit that reported them, a Json array of
 * one Vietnamese line a unit (Json, since the province's list is longer than a String variable holds), and
 * {@code lowerProposals}, the proposals the upper congress takes up or declines in its results ({@link UpwardResults});
 * R11, R12 documents: {@code lowerUnitsDocuments} (Json) and {@code lowerUnitsDocumentsText} (Markdown), the links to
 * the delegate list and the honour list of each lower unit that has reported.
 */
@Component
public class UpperLevelDelegates implements FormGuidance {

  public static final String LOWER_UNITS_TOTAL = "lowerUnitsTotal";
  public static final String LOWER_UNITS_REPORTED = "lowerUnitsReported";
  public static final String LOWER_UNITS_NOT_HELD = "lowerUnitsNotHeld";
  public static final String LOWER_DELEGATES = "lowerDelegates";
  public static final String LOWER_UNITS_SUMMARY = "lowerUnitsSummary";
  public static final String LOWER_UNITS_NAMED = "lowerUnitsNamed";
  /** Json {@code [{name, links: [{label, href}]}]}: each reported lower unit's lists as DOCX and XLSX. */
  public static final String LOWER_UNITS_DOCUMENTS = "lowerUnitsDocuments";
  /** The same links as Markdown, one unit a line, for a form-js text component. */
  public static final String LOWER_UNITS_DOCUMENTS_TEXT = "lowerUnitsDocumentsText";
  /** R3, R12: the province's delegates from below against the provincial congress's range (about 450). */
  public static final String PROVINCIAL_DELEGATES_CHECK = "provincialDelegatesCheck";

  /**
   * R11: the proposals of the lower units that have reported, which the upper congress takes up or declines in its
   * results: a Json array of one Vietnamese line a proposal, each starting with its reference ({@code unit/line}).
   */
  public static final String LOWER_PROPOSALS = "lowerProposals";

  static final List<String> TASKS = List.of(ProcessKeys.TASK_DRAFT_PLAN, ProcessKeys.TASK_REVIEW_DOSSIER,
      ProcessKeys.TASK_REPORT_RESULTS);

  private final CongressProgressRepository progress;
  private final CampaignRepository campaigns;
  private final CampaignUnits units;
  private final UnitRegistry registry;
  private final CongressContentRepository content;
  private final RecognitionCatalogue catalogue;
  private final CongressRules rules;

  public UpperLevelDelegates(CongressProgressRepository progress, CampaignRepository campaigns, CampaignUnits units,
      UnitRegistry registry, CongressContentRepository content,
      RecognitionCatalogue catalogue, CongressRules rules) {
    this.rules = rules;
    this.content = content;
    this.catalogue = catalogue;
    this.progress = progress;
    this.campaigns = campaigns;
    this.units = units;
    this.registry = registry;
  }

  @Override
  public boolean guides(String processKey, String taskKey) {
    return ProcessKeys.CONGRESS.equals(processKey) && TASKS.contains(taskKey);
  }

  @Override
  public void guide(DelegateTask task, Map<String, Object> guidance) {
    progress.findByProcessInstance(task.getProcessInstanceId()).flatMap(this::figures).ifPresent(guidance::putAll);
  }

  /** The figures of the upper congress's lower units; empty for a congress that has none (a commune's). */
  Optional<Map<String, Object>> figures(CongressProgress upperRow) {
    Campaign campaign = campaigns.find(upperRow.campaignId()).orElseThrow();
    Optional<Unit> upper = registry.find(upperRow.unitCode());
    if (upper.isEmpty()) {
      return Optional.empty();
    }
    List<Unit> lowerUnits = units.lowerUnits(campaign, upper.get());
    if (lowerUnits.isEmpty()) {
      return Optional.empty();
    }
    Map<String, CongressProgress> rows = progress.findByCampaign(campaign.id()).stream()
        .collect(Collectors.toMap(CongressProgress::unitCode, Function.identity()));
    int reported = 0;
    int notHeld = 0;
    int delegates = 0;
    List<DocumentLinks.Group> documents = new ArrayList<>();
    for (Unit unit : lowerUnits) {
      CongressProgress row = rows.get(unit.code());
      if (row == null) {
        continue;
      }
      if (row.status().isHeld()) {
        reported++;
        documents.add(DocumentLinks.unitLists(campaign.id(), unit.code(), unit.name()));
        delegates += row.upperDelegates() == null ? 0 : row.upperDelegates();
      } else if (row.status() == vn.laichau.thidua.campaign.progress.CongressStatus.NOT_HELD) {
        notHeld++;
      }
    }
    Map<String, Object> figures = new HashMap<>();
    figures.put(LOWER_UNITS_TOTAL, lowerUnits.size());
    figures.put(LOWER_UNITS_REPORTED, reported);
    figures.put(LOWER_UNITS_NOT_HELD, notHeld);
    figures.put(LOWER_DELEGATES, delegates);
    figures.put(LOWER_UNITS_SUMMARY, summary(upper.get(), lowerUnits.size(), reported, notHeld, delegates));
    if (upper.get().level() == Level.TINH) {
      int fromBelow = delegates;
      rules.delegateQuota(Level.TINH, null).ifPresent(quota -> figures.put(PROVINCIAL_DELEGATES_CHECK,
          provincialCheck(fromBelow, quota.minDelegates(), quota.maxDelegates())));
    }
    figures.put(LOWER_UNITS_NAMED, SpinValues.jsonValue(ContentLists.json(named(campaign.id(), lowerUnits)))
        .create());
    List<String> proposals = lowerProposals(campaign, lowerUnits, rows).values().stream()
        .map(this::proposalLine).toList();
    figures.put(LOWER_PROPOSALS, SpinValues.jsonValue(ContentLists.json(proposals)).create());
    figures.put(LOWER_UNITS_DOCUMENTS, DocumentLinks.json(documents));
    figures.put(LOWER_UNITS_DOCUMENTS_TEXT, DocumentLinks.markdown(documents));
    return Optional.of(figures);
  }

  /** R11: the proposals of the upper congress's lower units that have reported, by reference, in the units' order. */
  public Map<String, ProposalLine> lowerProposals(Campaign campaign, Unit upper) {
    List<Unit> lowerUnits = units.lowerUnits(campaign, upper);
    if (lowerUnits.isEmpty()) {
      // a commune or an agency has nobody below it: no reason to read every congress of the campaign
      return Map.of();
    }
    Map<String, CongressProgress> rows = progress.findByCampaign(campaign.id()).stream()
        .collect(Collectors.toMap(CongressProgress::unitCode, Function.identity()));
    return lowerProposals(campaign, lowerUnits, rows);
  }

  private Map<String, ProposalLine> lowerProposals(Campaign campaign, List<Unit> lowerUnits,
      Map<String, CongressProgress> rows) {
    Map<String, ProposalLine> proposals = new LinkedHashMap<>();
    for (Unit unit : lowerUnits) {
      CongressProgress row = rows.get(unit.code());
      if (row != null && row.status().isHeld()) {
        content.proposals(campaign.id(), unit.code(), row.processInstanceId())
            .forEach(p -> proposals.put(p.reference(), p));
      }
    }
    return proposals;
  }

  private String proposalLine(ProposalLine p) {
    String unitName = registry.find(p.unitCode()).map(Unit::name).orElse(p.unitCode());
    return p.reference() + " – " + unitName + ": " + p.name() + " (" + p.type().label() + ") – " + catalogue
        .find(p.recognition()).map(Recognition::name).orElse(p.recognition()) + ": " + p.achievement();
  }

  /**
   * The provincial congress's delegates are those sent from below plus the members it invites, within the range of the
   * rule table (R3): how many it may still invite, or a warning when those from below are already too many.
   */
  static String provincialCheck(int fromBelow, int min, int max) {
    String sent = "Các đơn vị cấp dưới đã bầu " + fromBelow + " đại biểu đi dự Đại hội tỉnh; Đại hội tỉnh có từ " + min
        + " đến " + max + " đại biểu";
    if (fromBelow > max) {
      return "Cảnh báo: " + sent + ", đã vượt " + (fromBelow - max) + " người trước khi mời thêm.";
    }
    return sent + ": mời thêm từ " + Math.max(0, min - fromBelow) + " đến " + (max - fromBelow) + " đại biểu.";
  }

  /** Each lower unit's named delegates, honours and proposals, one unit a line; empty when none has named any. */
  List<String> named(String campaignId, List<Unit> lowerUnits) {
    List<String> lines = new ArrayList<>();
    for (Unit unit : lowerUnits) {
      List<String> parts = new ArrayList<>();
      List<DelegateLine> delegates = content.delegates(campaignId, unit.code());
      if (!delegates.isEmpty()) {
        parts.add("Đại biểu " + delegates.stream().map(d -> d.fullName() + " (" + d.birthYear() + ", "
            + d.gender().label() + ", " + d.ethnicity() + ", " + d.position() + ")").collect(Collectors.joining("; ")));
      }
      List<ExemplarLine> exemplars = content.exemplars(campaignId, unit.code());
      List<ExemplarLine> honours = exemplars.stream()
          .filter(e -> CongressContentRepository.HONOUR.equals(e.kind())).toList();
      if (!honours.isEmpty()) {
        parts.add("Khen thưởng tại Đại hội " + honours.stream().map(e -> e.name() + " – " + catalogue
            .find(e.recognition()).map(Recognition::name).orElse(e.recognition())).collect(Collectors.joining("; ")));
      }
      List<ExemplarLine> proposals = exemplars.stream()
          .filter(e -> CongressContentRepository.PROPOSAL.equals(e.kind())).toList();
      if (!proposals.isEmpty()) {
        parts.add("Đề nghị khen thưởng " + proposals.stream().map(e -> e.name() + " – " + catalogue
            .find(e.recognition()).map(Recognition::name).orElse(e.recognition())).collect(Collectors.joining("; ")));
      }
      if (!parts.isEmpty()) {
        lines.add(unit.name() + ": " + String.join(". ", parts) + ".");
      }
    }
    return lines;
  }

  static String summary(Unit upper, int total, int reported, int notHeld, int delegates) {
    String lower = upper.isDistrict() ? "xã, phường, thị trấn" : "huyện, thành phố, sở, ban, ngành và doanh nghiệp";
    return "Đã có " + reported + "/" + total + " " + lower + " báo cáo kết quả Đại hội (Hội nghị), bầu " + delegates
        + " đại biểu đi dự Đại hội cấp trên" + (notHeld > 0 ? "; " + notHeld + " đơn vị không tổ chức" : "") + ".";
  }
}
