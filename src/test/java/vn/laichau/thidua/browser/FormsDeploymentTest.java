package vn.laichau.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.ProcessKeys;

/**
 * The forms reach Tasklist only if they are deployed with the process, under the names and ids its tasks reference:
 * {@code embedded:deployment:forms/draft-plan.html} is looked up by resource name in the process's own deployment,
 * {@code camunda:formRef} with binding {@code deployment} by form id in the same deployment.
 */
@SpringBootTest
@ActiveProfiles("test")
class FormsDeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  private String resourceText(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyFormOfTheCongressIsDeployedWithItUnderTheNameItsTaskReferences() {
    ProcessDefinition congress = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.CONGRESS).latestVersion().singleResult();
    assertThat(repositoryService.getDeploymentResourceNames(congress.getDeploymentId())).contains(
        "processes/congress.bpmn", "forms/draft-plan.html", "forms/review-dossier.html",
        "forms/report-results.form", "forms/handle-overdue.form", "forms/agree-pilot-plan.form");
    // one deployment: no second, newer version of the process without the embedded forms
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.CONGRESS).count())
        .isEqualTo(1);

    List<String> formIds = repositoryService.getDeploymentResourceNames(congress.getDeploymentId()).stream()
        .filter(name -> name.endsWith(".form"))
        .map(name -> Spin.JSON(resourceText(congress.getDeploymentId(), name)).prop("id").stringValue())
        .toList();
    // the deployment also carries the emulation-campaign's own forms
    assertThat(formIds).contains("report-results", "handle-overdue", "agree-pilot-plan");

    BpmnModelInstance model = repositoryService.getBpmnModelInstance(congress.getId());
    assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
      if (task.getCamundaFormKey() != null) {
        String resource = task.getCamundaFormKey().replace("embedded:deployment:", "");
        assertThat(repositoryService.getDeploymentResourceNames(congress.getDeploymentId()))
            .as("form of %s", task.getId()).contains(resource);
      } else {
        assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotNull();
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(formIds).contains(task.getCamundaFormRef());
      }
    });
  }
}
