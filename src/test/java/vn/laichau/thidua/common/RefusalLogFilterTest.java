package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import vn.laichau.thidua.ProcessKeys;

/**
 * An official's refused input is one INFO line with the rule, not an engine ERROR with a stack trace; every other error
 * of the engine is still logged as an error ({@code logback-spring.xml}, {@link RefusalLogFilter}).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@ActiveProfiles("test")
class RefusalLogFilterTest {

  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;

  @Test
  void aRefusedStartIsOneInfoLineWithTheRuleAndNoErrorOrStackTrace(CapturedOutput output) {
    Map<String, Object> form = new HashMap<>();
    form.put("campaignId", "LOG-2030");
    form.put("soNganhHuyenLastDay", "2030-06-30");
    form.put("tinhLastDay", "2030-01-31");
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.EMULATION_CAMPAIGN).latestVersion().singleResult().getId();

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, "LOG-2030", form))
        .hasMessageContaining("Thứ tự ngày không hợp lệ");

    assertThat(output.getOut())
        .containsPattern("INFO .* vn\\.laichau\\.thidua\\.refusals\\s*: Từ chối dữ liệu nhập: Thứ tự ngày không hợp lệ")
        .doesNotContain("ENGINE-16004")
        .doesNotContain("at org.camunda.bpm.engine.impl.interceptor.CommandContext");
  }

  @Test
  void aRefusalWrappedByTheEngineIsFoundInTheCauseChain(CapturedOutput output) {
    ProcessEngineLogger.CONTEXT_LOGGER.errorException(new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener.",
        new FormFieldValidationException("R3", "R3 – Số đại biểu 301 vượt quá mức tối đa 300.")));

    assertThat(output.getOut()).contains("Từ chối dữ liệu nhập: R3 – Số đại biểu 301 vượt quá mức tối đa 300.")
        .doesNotContain("ENGINE-16004");
  }

  @Test
  void everyOtherEngineErrorIsStillAnErrorWithItsStackTrace(CapturedOutput output) {
    ProcessEngineLogger.CONTEXT_LOGGER.errorException(new ProcessEngineException("Mất kết nối cơ sở dữ liệu",
        new IllegalStateException("connection reset")));

    assertThat(output.getOut()).containsPattern("ERROR .*ENGINE-16004 Exception while closing command context:"
        + " Mất kết nối cơ sở dữ liệu").contains("connection reset").doesNotContain("Từ chối dữ liệu nhập");
  }
}
