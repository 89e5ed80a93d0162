package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.laichau.thidua.identity.Groups;

/** {@code /api/me/notification-preferences}: a reviewer chooses the daily digest for themself, and only for themself. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationPreferencesApiTest {

  static final String REVIEWER = "noivutamduong9";
  static final String OTHER = "noivutamduong8";
  static final String PASSWORD = "Mat-khau-thu-1";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identityService;
  @Autowired DailyDigest dailyDigest;

  @BeforeEach
  void users() {
    for (String id : new String[] {REVIEWER, OTHER}) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Thử nghiệm");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, Groups.phongNoiVu("106"));
    }
  }

  @AfterEach
  void deleteUsers() {
    identityService.clearAuthentication();
    identityService.deleteUser(REVIEWER);
    identityService.deleteUser(OTHER);
  }

  @Test
  void aReviewerTakesTheDailyDigestAndGoesBackToOneMailPerDossier() throws Exception {
    as(REVIEWER, get("/api/me/notification-preferences"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.dailyDigest").value(false));

    as(REVIEWER, put("/api/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
        .content("{\"dailyDigest\": true}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.dailyDigest").value(true));
    assertThat(dailyDigest.isReader(REVIEWER)).isTrue();
    assertThat(dailyDigest.isReader(OTHER)).as("nobody else's choice").isFalse();
    as(OTHER, get("/api/me/notification-preferences")).andExpect(jsonPath("$.dailyDigest").value(false));

    as(REVIEWER, put("/api/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
        .content("{\"dailyDigest\": false}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.dailyDigest").value(false));
    assertThat(dailyDigest.isReader(REVIEWER)).isFalse();
  }

  @Test
  void withoutSigningInThereIsNoPreferenceToReadOrSet() throws Exception {
    mvc.perform(get("/api/me/notification-preferences")).andExpect(status().isUnauthorized());
    mvc.perform(put("/api/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
        .content("{\"dailyDigest\": true}")).andExpect(status().isUnauthorized());
  }

  private ResultActions as(String userId, MockHttpServletRequestBuilder request) throws Exception {
    String credentials = userId + ":" + PASSWORD;
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
  }
}
