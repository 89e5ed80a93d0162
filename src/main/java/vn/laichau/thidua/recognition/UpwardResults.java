package vn.laichau.thidua.recognition;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.campaign.Campaign;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.progress.CongressObserver;
import vn.laichau.thidua.contract.ContractValues;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.contract.CongressFacts;
import vn.laichau.thidua.congress.Violations;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.recognition.CongressContentRepository.ProposalLine;
import vn.laichau.thidua.recognition.ContentLists.ProposalDecision;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * R11, R12 upward, in an upper congress's own results ({@code reportResults} of a district's, an agency's or the
 * province's congress of a campaign):
 * <ul>
 *   <li>{@code proposalDecisions}: it takes up or declines, with a reason, each proposal of its lower units that have
 *   reported (listed on the task as {@code lowerProposals}). A proposal taken up is carried on: into the congress's own
 *   {@code honours} when its own level decides the recognition, into its own {@code proposals} when a higher level
 *   does, so the names travel up to the national step.</li>
 *   <li>{@code invitedMembers} (the province only): the members it invites by name; with the delegates from below they
 *   are the provincial congress's members, reconciled in one figure with the approved plan and the range of the table
 *   {@code delegateQuota} ({@code provincialMembersCheck}, a warning outside it).</li>
 * </ul>
 * A refusal names the list, the line and the field; nothing is stored until every line is right.
 */
@Component
public class UpwardResults implements CongressObserver {

  private final CongressProgressRepository progress;
  private final CampaignRepository campaigns;
  private final UnitRegistry registry;
  private final UpperLevelDelegates upper;
  private final ContentLists lists;
  private final CongressContentRepository content;
  private final RecognitionCatalogue catalogue;
  private final CongressRules rules;
  private final CongressFacts facts;

  public UpwardResults(CongressProgressRepository progress, CampaignRepository campaigns, UnitRegistry registry,
      UpperLevelDelegates upper, ContentLists lists, CongressContentRepository content,
      RecognitionCatalogue catalogue, CongressRules rules, CongressFacts facts) {
    this.progress = progress;
    this.campaigns = campaigns;
    this.registry = registry;
    this.upper = upper;
    this.lists = lists;
    this.content = content;
    this.catalogue = catalogue;
    this.rules = rules;
    this.facts = facts;
  }

  @Override
  public void taskCompleted(DelegateTask task) {
    if (!ProcessKeys.TASK_REPORT_RESULTS.equals(task.getTaskDefinitionKey())) {
      return;
    }
    Optional<CongressProgress> row = progress.findByProcessInstance(task.getProcessInstanceId());
    // the register's row brings the unit with it, and the results' own check reads the register next
    Optional<Unit> unit = row.flatMap(r -> facts.find(r.processInstanceId()).map(Congress::unit)
        .filter(registered -> registered.code().equals(r.unitCode())).or(() -> registry.find(r.unitCode())));
    if (row.isEmpty() || unit.isEmpty()) {
      return;
    }
    Campaign campaign = campaigns.find(row.get().campaignId()).orElseThrow();
    Violations violations = new Violations();
    Map<String, ProposalLine> open = upper.lowerProposals(campaign, unit.get());
    Optional<List<ContentLists.Line>> decisionLines = lists.lines(task.getVariable(PROPOSAL_DECISIONS),
        PROPOSAL_DECISIONS, "R11", "ý kiến về đề nghị khen thưởng của đơn vị cấp dưới", violations);
    List<ProposalDecision> decisions = open.isEmpty() && decisionLines.isEmpty() ? List.of()
        : lists.decisions(decisionLines.orElse(List.of()), open, violations);
    carriedOn(task, unit.get().level(), decisions, violations);
    boolean province = unit.get().level() == Level.TINH;
    List<Delegate> invited = lists.lines(task.getVariable(INVITED_MEMBERS), INVITED_MEMBERS, "R12",
        "danh sách đại biểu được mời dự Đại hội tỉnh", violations).map(lines -> {
          if (!province) {
            violations.add("R12", "Chỉ Đại hội tỉnh mời đại biểu theo danh sách (invitedMembers); đại biểu của Đại hội "
                + DecidingLevel.of(unit.get().level()).label() + " do Đại hội (Hội nghị) tự xác định.");
            return List.<Delegate>of();
          }
          return lists.delegates(lines, ContentLists.INVITED_MEMBERS_LABEL, violations);
        }).orElse(null);
    violations.throwIfAny();

    for (ProposalDecision decision : decisions) {
      content.decide(campaign.id(), decision.proposal(), unit.get().code(), decision.decision(), decision.reason());
    }
    if (!decisions.isEmpty()) {
      task.setVariable(PROPOSAL_DECISIONS, SpinValues.jsonValue(ContentLists.json(decisions)).create());
    }
    if (province) {
      if (invited != null) {
        content.replaceInvited(campaign.id(), unit.get().code(), task.getProcessInstanceId(), invited);
        task.setVariable(INVITED_MEMBERS, SpinValues.jsonValue(ContentLists.json(invited)).create());
      }
      int fromBelow = upper.figures(row.get()).map(f -> (Integer) f.get(UpperLevelDelegates.LOWER_DELEGATES))
          .orElse(0);
      int invitedCount = content.invited(campaign.id(), unit.get().code()).size();
      Integer planned = ContractValues.parseInteger(task.getVariable(DELEGATE_COUNT)).orElse(null);
      rules.delegateQuota(Level.TINH, null).ifPresent(quota -> task.setVariable(PROVINCIAL_MEMBERS_CHECK,
          membersFigure(fromBelow, invitedCount, planned, quota.minDelegates(), quota.maxDelegates())));
    }
  }

  /**
   * A proposal taken up goes on with the congress's own lists: the congress awards what its level decides and proposes
   * upward what a higher level decides; what a lower level decides it cannot take up.
   */
  private void carriedOn(DelegateTask task, Level level, List<ProposalDecision> decisions, Violations violations) {
    DecidingLevel own = DecidingLevel.of(level);
    Violations ignored = new Violations();
    List<Honour> honours = ownList(task, ContentLists.HONOURS, level, false, ignored);
    List<Honour> proposals = ownList(task, ContentLists.PROPOSALS, level, true, ignored);
    for (ProposalDecision decision : decisions) {
      ProposalLine p = decision.proposal();
      Optional<Recognition> recognition = catalogue.find(p.recognition());
      if (!CongressContentRepository.TAKEN_UP.equals(decision.decision()) || recognition.isEmpty()) {
        continue;
      }
      String what = "Đề nghị «" + p.reference() + "» (" + p.name() + " – " + recognition.get().name() + ") đã được"
          + " tiếp nhận";
      DecidingLevel decidedBy = recognition.get().decidedBy();
      if (decidedBy.compareTo(own) < 0) {
        violations.add("R11", what + " nhưng do " + decidedBy.label() + " quyết định, Đại hội " + own.label()
            + " không khen thưởng hay đề nghị; hãy ghi không tiếp nhận (DECLINED) với lý do.");
      } else if (decidedBy == own && !contains(honours, p)) {
        violations.add("R11", what + ": " + own.label() + " quyết định khen thưởng này, hãy đưa vào danh sách được"
            + " khen thưởng (honours) của Đại hội, cùng tên và danh hiệu.");
      } else if (decidedBy.compareTo(own) > 0 && !contains(proposals, p)) {
        violations.add("R11", what + ": " + decidedBy.label() + " quyết định khen thưởng này, hãy đưa vào danh sách"
            + " đề nghị cấp trên khen thưởng (proposals) của Đại hội, cùng tên và danh hiệu.");
      }
    }
  }

  private List<Honour> ownList(DelegateTask task, String name, Level level, boolean proposal, Violations ignored) {
    return lists.lines(task.getVariable(name), name, "R11", name, ignored)
        .map(lines -> lists.honours(lines, level, proposal, ignored)).orElse(List.of());
  }

  private static boolean contains(List<Honour> list, ProposalLine p) {
    return list.stream().anyMatch(h -> h.name().equalsIgnoreCase(p.name().strip())
        && h.recognition().equals(p.recognition()));
  }

  /**
   * R3, R12: the provincial congress's members are the delegates its lower units elected and those it invited, one
   * figure against the approved plan (about 450) and the range of the rule table; a warning outside the range.
   */
  public static String membersFigure(int fromBelow, int invited, Integer planned, int min, int max) {
    int total = fromBelow + invited;
    String figure = "Đại hội tỉnh có " + total + " đại biểu: " + fromBelow + " do các đơn vị cấp dưới bầu và " + invited
        + " được mời";
    if (planned != null) {
      figure += "; kế hoạch đã duyệt " + planned + " đại biểu"
          + (total == planned ? "" : " (" + (total > planned ? "nhiều hơn " : "ít hơn ") + Math.abs(total - planned)
          + ")");
    }
    if (total < min) {
      return "Cảnh báo: " + figure + "; thiếu " + (min - total) + " người so với khung từ " + min + " đến " + max
          + " đại biểu.";
    }
    if (total > max) {
      return "Cảnh báo: " + figure + "; vượt " + (total - max) + " người so với khung từ " + min + " đến " + max
          + " đại biểu.";
    }
    return figure + "; trong khung từ " + min + " đến " + max + " đại biểu.";
  }
}
