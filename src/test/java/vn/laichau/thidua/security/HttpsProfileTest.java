package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Profile {@code https}: served over HTTPS (here: behind a TLS proxy that says so with X-Forwarded-Proto), the
 * browser gets HSTS and every cookie of the webapps is Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "https"})
class HttpsProfileTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void hstsAndSecureCookies() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/" + engine.getName()))
        .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.headers().firstValue("Strict-Transport-Security"))
        .contains("max-age=31536000; includeSubDomains");
    List<String> cookies = answer.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
  }
}
