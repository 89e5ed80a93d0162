package vn.laichau.thidua;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction between the capability packages, drawn in the README ("Where each thing lives"). From the bottom:
 * {@code common} knows nothing of the project; {@code identity} (the groups) and {@code unit} (the registry) come
 * next; {@code contract} is what a congress and its campaign share about a congress; {@code congress} runs one
 * congress; {@code campaign} runs the province's campaign, starts congresses and owns their progress
 * ({@code campaign.progress}); {@code recognition} (honours, named lists, what flows upward), {@code reporting} and
 * {@code notification} only use what lies below them. {@code security} and {@code tasklist} stand beside the chain:
 * they use the groups, the registry and the congress's rules, and nothing of the chain uses them.
 */
@AnalyzeClasses(packages = "vn.laichau.thidua", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {

  private static final String ROOT = "vn.laichau.thidua";

  @ArchTest
  static final ArchRule capabilitiesFormNoCycle = slices().matching(ROOT + ".(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule commonKnowsNoCapability = noClasses().that().resideInAPackage(ROOT + ".common..")
      .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".common..")))
          .and(not(name(ProcessKeys.class.getName()))))
      .because("common is what every capability may use, so it cannot use any of them");

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Common").definedBy(ROOT + ".common..")
      .layer("Identity").definedBy(ROOT + ".identity..")
      .layer("Unit").definedBy(ROOT + ".unit..")
      .layer("Contract").definedBy(ROOT + ".contract..")
      .layer("Congress").definedBy(ROOT + ".congress..")
      .layer("Campaign").definedBy(ROOT + ".campaign..")
      .layer("Recognition").definedBy(ROOT + ".recognition..")
      .layer("Reporting").definedBy(ROOT + ".reporting..")
      .layer("Notification").definedBy(ROOT + ".notification..")
      .layer("Security").definedBy(ROOT + ".security..")
      .layer("Tasklist").definedBy(ROOT + ".tasklist..")

      .whereLayer("Common").mayNotAccessAnyLayer()
      .whereLayer("Identity").mayOnlyAccessLayers("Common")
      .whereLayer("Unit").mayOnlyAccessLayers("Identity", "Common")
      .whereLayer("Contract").mayOnlyAccessLayers("Unit", "Identity", "Common")
      .whereLayer("Congress").mayOnlyAccessLayers("Contract", "Unit", "Identity", "Common")
      .whereLayer("Campaign").mayOnlyAccessLayers("Congress", "Contract", "Unit", "Identity", "Common")
      .whereLayer("Recognition")
          .mayOnlyAccessLayers("Campaign", "Congress", "Contract", "Unit", "Identity", "Common")
      .whereLayer("Reporting").mayOnlyAccessLayers("Campaign", "Congress", "Contract", "Unit", "Identity", "Common")
      .whereLayer("Notification")
          .mayOnlyAccessLayers("Reporting", "Campaign", "Congress", "Contract", "Unit", "Identity", "Common")
      .whereLayer("Security").mayOnlyAccessLayers("Congress", "Contract", "Unit", "Identity", "Common")
      .whereLayer("Tasklist").mayOnlyAccessLayers("Security", "Congress", "Contract", "Unit", "Identity", "Common");

  /** The campaign owns the progress of its congresses: everyone else reads it, only its recorder writes it. */
  @ArchTest
  static final ArchRule onlyTheCampaignWritesProgress = noClasses()
      .that().resideOutsideOfPackage(ROOT + ".campaign.progress..")
      .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".campaign.progress.CongressProgressWriter");
}
