package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.ProcessKeys;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.identity.Groups;

/**
 * A unit official sends a body far larger than a dossier can need (60 MB) to the engine's REST API and to Tasklist's:
 * the server answers 413 from the declared length, before it reads the body, and stores nothing. The request is
 * written by hand so that the test sends the headers only: a server that waited for the body would time out.
 */
class OversizedBodyAttackTest extends WebSecurityTestSupport {

  private static final String UNIT = "03413";
  private static final String OFFICIAL = "tc-son-binh";
  private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;

  @Autowired
  CongressRules rules;

  private CongressFixture congresses;
  private ProcessInstance congress;

  @BeforeEach
  void returnedDossier() {
    CongressFixture.clockOnTheDayOfWork();
    congresses = new CongressFixture(engine, rules);
    ensureUser(OFFICIAL, Groups.unit(UNIT));
    congress = congresses.returned(UNIT);
  }

  @AfterEach
  void cleanUp() {
    congresses.discard(congress.getId());
    CongressFixture.resetClock();
  }

  @Test
  void sixtyMegabytesAreRefusedBeforeTheyAreRead() throws IOException {
    String task = congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN).getId();
    for (String path : new String[] {
        restApi() + "/task/" + task + "/variables/planDocument/data",
        restApi() + "/task/" + task + "/complete",
        restApi() + "/task/" + task + "/submit-form",
        webappEngineApi() + "/task/" + task + "/submit-form"}) {
      String answer = headersOnly(path, SIXTY_MEGABYTES);
      assertThat(answer).as(path).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("vượt quá");
    }
    assertThat(congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN)).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(congress.getId(), "reviewerGroup")).isNull();
  }

  @Test
  void aDossierOfFourLargeDocumentsStillFitsACompletion() throws IOException {
    String task = congresses.task(congress, ProcessKeys.TASK_DRAFT_PLAN).getId();
    // four documents of 10 MB, Base64-encoded as Tasklist sends them: below the completion's limit, so the server
    // reads the body (and then waits for it, which the test does not send)
    long fourDocuments = 4 * (10L * 1024 * 1024 + 2) / 3 * 4;
    assertThat(headersOnlyTimesOut(restApi() + "/task/" + task + "/submit-form", fourDocuments)).isTrue();
  }

  private String headersOnly(String path, long declaredLength) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      send(socket, path, declaredLength);
      return readAnswer(socket.getInputStream());
    }
  }

  private boolean headersOnlyTimesOut(String path, long declaredLength) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(2_000);
      send(socket, path, declaredLength);
      try {
        return readAnswer(socket.getInputStream()).isEmpty();
      } catch (java.net.SocketTimeoutException waitingForTheBody) {
        return true;
      }
    }
  }

  private void send(Socket socket, String path, long declaredLength) throws IOException {
    String credentials = Base64.getEncoder().encodeToString((OFFICIAL + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + credentials
        + "\r\nContent-Type: " + (path.endsWith("/data") ? "multipart/form-data; boundary=grenze" : "application/json")
        + "\r\nContent-Length: " + declaredLength + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.write("{\"variables\": {".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String readAnswer(InputStream in) throws IOException {
    byte[] buffer = new byte[4096];
    StringBuilder answer = new StringBuilder();
    int n;
    while ((n = in.read(buffer)) > 0) {
      answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      if (answer.indexOf("}") > 0) {
        break;
      }
    }
    return answer.toString();
  }
}
