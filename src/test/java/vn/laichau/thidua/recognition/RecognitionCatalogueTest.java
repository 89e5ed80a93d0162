package vn.laichau.thidua.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;

/** R11's catalogue: the file's entries, each decided by exactly one row of the table, listed at /api/recognitions. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecognitionCatalogueTest {

  static final String COMMUNE_USER = "canbothensin1";
  static final String PASSWORD = "Mat-khau-thu-1";

  @Autowired
  MockMvc mvc;
  @Autowired
  RecognitionCatalogue catalogue;
  @Autowired
  CongressRules rules;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theTableDecidesEachLevelAsTheLawSays() {
    assertThat(catalogue.find("LAO_DONG_TIEN_TIEN")).get()
        .extracting(Recognition::beneficiary, Recognition::decidedBy)
        .containsExactly(Beneficiary.INDIVIDUAL, DecidingLevel.CO_SO);
    assertThat(catalogue.find("GIAY_KHEN_CAP_XA_TAP_THE").get().decidedBy()).isEqualTo(DecidingLevel.CO_SO);
    assertThat(catalogue.find("CHIEN_SI_THI_DUA_CO_SO").get().decidedBy()).isEqualTo(DecidingLevel.SO_NGANH_HUYEN);
    assertThat(catalogue.find("TAP_THE_LAO_DONG_TIEN_TIEN").get().decidedBy())
        .isEqualTo(DecidingLevel.SO_NGANH_HUYEN);
    assertThat(catalogue.find("BANG_KHEN_TINH_CA_NHAN").get().decidedBy()).isEqualTo(DecidingLevel.TINH);
    assertThat(catalogue.find("CO_THI_DUA_CAP_TINH").get())
        .extracting(Recognition::beneficiary, Recognition::decidedBy)
        .containsExactly(Beneficiary.COLLECTIVE, DecidingLevel.TINH);
    assertThat(catalogue.find("BANG_KHEN_THU_TUONG_TAP_THE").get().decidedBy()).isEqualTo(DecidingLevel.TRUNG_UONG);
    assertThat(catalogue.find("HUAN_CHUONG_LAO_DONG_HANG_BA_CA_NHAN").get().decidedBy())
        .isEqualTo(DecidingLevel.TRUNG_UONG);
    assertThat(catalogue.find("HUAN_CHUONG_LAO_DONG")).isEmpty();
    assertThat(rules.recognitionDecidedBy("HUAN_CHUONG_LAO_DONG")).isEmpty();
  }

  @Test
  void everyRowOfTheTableIsARecognitionOfTheFileAndTheEvaluationsAreInTheHistory() {
    DmnModelInstance model = repositoryService.getDmnModelInstance(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CongressRules.RECOGNITION_DECIDED_BY).latestVersion().singleResult().getId());
    List<String> tableCodes = model.getModelElementsByType(InputEntry.class).stream()
        .map(entry -> entry.getTextContent().replace("\"", "").trim()).toList();
    List<String> fileCodes = catalogue.all().stream().map(Recognition::code).toList();
    assertThat(tableCodes).containsExactlyInAnyOrderElementsOf(fileCodes).hasSize(18);
    assertThat(historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(CongressRules.RECOGNITION_DECIDED_BY).count()).isGreaterThanOrEqualTo(18);
  }

  @Test
  void theApiListsCodeNameForAndDecidedBy() throws Exception {
    if (identityService.createUserQuery().userId(COMMUNE_USER).count() == 0) {
      User user = identityService.newUser(COMMUNE_USER);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(COMMUNE_USER, Groups.unit("03394"));
    }
    identityService.setAuthentication(COMMUNE_USER, List.of(Groups.unit("03394")));
    mvc.perform(get("/api/recognitions").header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
            .encodeToString((COMMUNE_USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(18)))
        .andExpect(jsonPath("$[0].code").value("LAO_DONG_TIEN_TIEN"))
        .andExpect(jsonPath("$[0].name").value("Danh hiệu “Lao động tiên tiến”"))
        .andExpect(jsonPath("$[0].for").value("INDIVIDUAL"))
        .andExpect(jsonPath("$[0].decidedBy").value("CO_SO"))
        .andExpect(jsonPath("$[?(@.code == 'CO_THI_DUA_CAP_TINH')].for").value("COLLECTIVE"));
  }

  @Test
  void theApiIsClosedToAnonymousCallers() throws Exception {
    mvc.perform(get("/api/recognitions")).andExpect(status().isUnauthorized());
  }
}
