package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.laichau.thidua.campaign.CampaignVariables;

/**
 * The one declaration of what each task accepts ({@code forms/completion-fields.properties}) against the models and
 * the forms: every user task of {@code processes/} has its line (a task without one accepts nothing), each line is
 * exactly what the task's form sends, and no line lets a completion write what decides who works on a task, when it is
 * due or which unit it is about, a fact the process keeps of its unit and campaign, or a name that is a bean of the
 * server.
 */
class CompletionFieldsTest extends WebSecurityTestSupport {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

  /**
   * What the process knows of its unit and its campaign, set by the server only: the unit's code, level, kind,
   * district, groups, pilot status, council member and deadlines, the campaign, the unit a campaign task is about, the
   * wave flags and the lists of who still has work to do.
   */
  private static final Set<String> SERVER_OWNED = serverOwned("unitCode", "unitName", "unitLevel", "unitKind",
      "districtCode", "unitGroup", "reviewerGroup", "campaignId", "deadline", "deadlineDue", "originalDeadline", "pilot",
      "provincialPilot", "councilMember", "staffCountGivenByUnit", "meetingForm", "submittedOn", "submissionCount",
      "returnCount", "outcome", "extensions", "extensionCount", CampaignVariables.LAUNCH_UNIT, CampaignVariables.DISTRICT,
      CampaignVariables.DRIVE_LAUNCH_PENDING, CampaignVariables.DRIVE_LAUNCH_PENDING_COUNT,
      CampaignVariables.COMMUNE_OPTIONS, CampaignVariables.PROVINCE_CODE, CampaignVariables.NATIONAL_DELEGATE_QUOTA);

  private static Set<String> serverOwned(String... names) {
    Set<String> owned = new TreeSet<>(List.of(names));
    owned.addAll(CampaignVariables.WAVE_ENDED.values());
    return owned;
  }

  @Autowired
  ApplicationContext context;

  private final CompletionFields fields = declaration();

  /** The application's own file, not the test processes' declarations that the classpath adds in tests. */
  private static CompletionFields declaration() {
    try (var reader = Files.newBufferedReader(Path.of(CompletionFields.RESOURCE), StandardCharsets.UTF_8)) {
      return CompletionFields.parse(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyUserTaskOfTheProcessesIsDeclaredAndNothingElse() throws IOException {
    Set<String> tasks = new TreeSet<>(userTasks().keySet());
    assertThat(tasks).as("the user tasks of processes/").isNotEmpty();
    assertThat(new TreeSet<>(fields.all().keySet())).isEqualTo(tasks);
  }

  @Test
  void eachDeclarationIsExactlyWhatItsFormSends() throws IOException {
    Map<String, Set<String>> sent = new TreeMap<>();
    userTasks().forEach((key, task) -> sent.put(key, formFields(task)));
    Map<String, Set<String>> declared = new TreeMap<>();
    sent.keySet().forEach(key -> declared.put(key, new TreeSet<>(fields.all().getOrDefault(key, Set.of()))));
    assertThat(declared).isEqualTo(sent);
  }

  @Test
  void noDeclarationLetsACompletionWriteWhoWhenOrWhichUnitNorABeansName() throws IOException {
    Set<String> forbidden = new TreeSet<>(SERVER_OWNED);
    forbidden.addAll(namesDecidingWhoAndWhen());
    forbidden.addAll(List.of(context.getBeanDefinitionNames()));
    List<String> found = new ArrayList<>();
    fields.all().forEach((task, names) -> names.stream().filter(forbidden::contains)
        .forEach(name -> found.add(task + ": " + name)));
    assertThat(found).isEmpty();
    assertThat(forbidden).as("the names that decide who works on a task and when").contains("unitGroup",
        "reviewerGroup", "launchUnit", "district", "pilotChoiceDue", "draftPlanValidator", "campaignUnits");
  }

  // --- the models and the forms -------------------------------------------------------------------------------------

  private static Map<String, UserTask> userTasks() throws IOException {
    Map<String, UserTask> tasks = new TreeMap<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tasks.put(CompletionFields.key(processOf(task).getId(), task.getId()), task);
      }
    }
    return tasks;
  }

  private static Process processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().map(file -> Bpmn.readModelFromFile(
          file.toFile())).toList();
    }
  }

  /** The identifiers of the expressions that choose a task's people, its unit and its due dates. */
  private static Set<String> namesDecidingWhoAndWhen() throws IOException {
    Set<String> names = new TreeSet<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Stream.of(task.getCamundaCandidateGroups(), task.getCamundaCandidateUsers(), task.getCamundaAssignee(),
            task.getCamundaDueDate(), task.getCamundaFollowUpDate()).forEach(text -> names.addAll(identifiers(text)));
      }
      for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
        names.addAll(identifiers(loop.getCamundaCollection()));
        if (loop.getCamundaElementVariable() != null) {
          names.add(loop.getCamundaElementVariable());
        }
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
            .filter(expression -> expression != null)
            .forEach(expression -> names.addAll(identifiers(expression.getTextContent())));
      }
    }
    return names;
  }

  private static Set<String> identifiers(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", ""));
      while (identifier.find()) {
        if (identifier.start() == 0 || expression.group(1).charAt(identifier.start() - 1) != '.') {
          names.add(identifier.group());
        }
      }
    }
    return names;
  }

  /** What the task's form sends: the keys of a Camunda Form's fields, the variables an embedded form submits. */
  private static Set<String> formFields(UserTask task) {
    try {
      if (task.getCamundaFormRef() != null) {
        return camundaFormKeys(task.getCamundaFormRef());
      }
      String formKey = task.getCamundaFormKey();
      assertThat(formKey).as("the form of " + task.getId()).startsWith("embedded:deployment:forms/");
      return embeddedFormVariables(Files.readString(Path.of(formKey.substring("embedded:deployment:".length())),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> camundaFormKeys(String formId) throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    assertThat(forms).as("a form with id " + formId).containsKey(formId);
    Set<String> keys = new TreeSet<>();
    collectKeys(forms.get(formId), keys);
    return keys;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  /**
   * An embedded form submits its {@code cam-variable-name} fields and the variables its script creates or changes
   * on submit ({@code vm.createVariable({name: …})}, or a fetched {@code vm.variable('…')} whose value it sets).
   */
  static Set<String> embeddedFormVariables(String html) {
    Set<String> names = new TreeSet<>();
    Matcher field = Pattern.compile("cam-variable-name=\"([^\"]+)\"").matcher(html);
    while (field.find()) {
      names.add(field.group(1));
    }
    Matcher created = Pattern.compile("createVariable\\(\\{\\s*name:\\s*'([^']+)'").matcher(html);
    while (created.find()) {
      names.add(created.group(1));
    }
    Matcher fetched = Pattern.compile("var (\\w+) = vm\\.variable\\('([^']+)'\\);").matcher(html);
    while (fetched.find()) {
      if (html.contains(fetched.group(1) + ".value =")) {
        names.add(fetched.group(2));
      }
    }
    return names;
  }
}
