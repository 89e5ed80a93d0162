package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.notification.MailTemplates;
import vn.laichau.thidua.notification.MessageKind;
import vn.laichau.thidua.notification.NotificationOutbox;

/**
 * The administrators' mail endpoints over real HTTP ({@code /api/admin/mails/...}): who may read the mails given up
 * and retry one, what the others get, and that a refused or impossible retry changes nothing. The test context runs no
 * sending thread, so a mail stays as the test leaves it.
 */
class MailAdminEndpointTest extends WebSecurityTestSupport {

  private static final String UNIT_OFFICIAL = "mail-admin-xa";
  private static final String COUNCIL_MEMBER = "mail-admin-hoidong";
  private static final String SO_NOI_VU = "mail-admin-snv";
  private static final String INSTANCE = "mail-admin-test-instance";

  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationOutbox outbox;
  @Autowired PlatformTransactionManager transactionManager;

  private String givenUp;
  private String toNobody;

  @BeforeEach
  void oneMailGivenUpAndOneWithNobodyToReceiveIt() throws Exception {
    ensureUser(UNIT_OFFICIAL, Groups.unit("03394"));
    ensureUser(COUNCIL_MEMBER, Groups.HOI_DONG_TDKT);
    ensureUser(SO_NOI_VU, Groups.SO_NOI_VU);
    InternetAddress council = new InternetAddress("hoidong@laichau.gov.vn");
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      givenUp = outbox.record("mail-admin-" + System.nanoTime(), MessageKind.OVERDUE_ESCALATION, INSTANCE, "03394",
          List.of(council), new MailTemplates.RenderedMail("[Quá hạn] Xã Thèn Sin", "nội dung", "<p>nội dung</p>"),
          null, null);
      toNobody = outbox.record("mail-admin-nobody-" + System.nanoTime(), MessageKind.OVERDUE_ESCALATION, INSTANCE,
          "03394", List.of(), new MailTemplates.RenderedMail("[Quá hạn] Xã Thèn Sin (không người nhận)", "nội dung",
              "<p>nội dung</p>"), "Nhóm unit-03394 chưa có cán bộ nào có địa chỉ thư.", "Không có người nhận.");
      // what the dispatcher leaves after the last attempt: given up with the server's error
      jdbc.update("update notification_outbox set attempts = 5, due_at = null, failed_at = current_timestamp,"
          + " last_error = ? where id = ?", "Connection refused: smtp.laichau.gov.vn:587", givenUp);
    });
  }

  @AfterEach
  void removeTheMails() {
    jdbc.update("delete from notification_outbox where process_instance_id = ?", INSTANCE);
  }

  @Test
  void anonymousIsAskedToSignIn() {
    assertThat(anonymous().get("/api/admin/mails/failed").status()).isEqualTo(401);
    assertThat(anonymous().post("/api/admin/mails/" + givenUp + "/retry", "").status()).isEqualTo(401);
    assertThat(state(givenUp)).containsEntry("max_attempts", null);
  }

  @Test
  void officialsAndCouncilMembersAreRefusedAndChangeNothing() {
    for (String user : List.of(UNIT_OFFICIAL, COUNCIL_MEMBER)) {
      Caller.Response list = rest(user).get("/api/admin/mails/failed");
      assertThat(list.status()).as(list.toString()).isEqualTo(403);
      assertThat(list.body()).contains("Chỉ quản trị viên và Sở Nội vụ").doesNotContain("Connection refused");

      Caller.Response retry = rest(user).post("/api/admin/mails/" + givenUp + "/retry", "");
      assertThat(retry.status()).as(retry.toString()).isEqualTo(403);
      Caller.Response warnings = rest(user).get("/api/admin/mails/warnings?processInstanceId=" + INSTANCE);
      assertThat(warnings.status()).as(warnings.toString()).isEqualTo(403);
    }
    Map<String, Object> row = state(givenUp);
    assertThat(row.get("failed_at")).isNotNull();
    assertThat(row.get("due_at")).isNull();
    assertThat(row.get("max_attempts")).isNull();
  }

  @Test
  void soNoiVuAndTheAdministratorReadTheMailsGivenUpWithTheirError() {
    for (String user : List.of(SO_NOI_VU, ADMIN)) {
      Caller.Response list = rest(user).get("/api/admin/mails/failed");
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      assertThat(list.body()).contains(givenUp, "Connection refused: smtp.laichau.gov.vn:587", "hoidong@laichau.gov.vn")
          .contains(toNobody, "Không có người nhận.");
    }
    Caller.Response warnings = rest(SO_NOI_VU).get("/api/admin/mails/warnings?processInstanceId=" + INSTANCE);
    assertThat(warnings.status()).as(warnings.toString()).isEqualTo(200);
    assertThat(warnings.body()).contains("Nhóm unit-03394 chưa có cán bộ nào có địa chỉ thư.");
  }

  @Test
  void aRetryMakesTheMailDueForOneMoreAttempt() {
    Caller.Response retry = rest(SO_NOI_VU).post("/api/admin/mails/" + givenUp + "/retry", "");

    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(retry.body()).contains("Thư sẽ được gửi lại một lần.");
    Map<String, Object> row = state(givenUp);
    assertThat(row.get("failed_at")).isNull();
    assertThat(row.get("due_at")).isNotNull();
    assertThat(((Number) row.get("max_attempts")).intValue()).isEqualTo(6);
    assertThat(rest(SO_NOI_VU).get("/api/admin/mails/failed").body()).doesNotContain(givenUp);
  }

  @Test
  void aMailWithNobodyToReceiveItOrAnUnknownOneCannotBeRetried() {
    for (String id : List.of(toNobody, "khong-co-thu-nay")) {
      Caller.Response retry = rest(ADMIN).post("/api/admin/mails/" + id + "/retry", "");
      assertThat(retry.status()).as(retry.toString()).isEqualTo(404);
      assertThat(retry.body()).contains("Không có thư " + id);
    }
    assertThat(state(toNobody).get("failed_at")).isNotNull();
    assertThat(state(toNobody).get("due_at")).isNull();
  }

  @Test
  void warningsWithoutAnInstanceAreABadRequestNotAServerError() {
    Caller.Response answer = rest(SO_NOI_VU).get("/api/admin/mails/warnings");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
  }

  private Map<String, Object> state(String id) {
    return jdbc.queryForMap("select failed_at, due_at, max_attempts, attempts from notification_outbox where id = ?",
        id);
  }
}
