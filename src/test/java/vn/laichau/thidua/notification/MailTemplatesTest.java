package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Vietnamese templates and phrases: read as UTF-8, and a fact a mail lacks is an error, not a gap. */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  @Test
  void theFirstLineIsTheSubjectAndFactsAreFilledIn() {
    Map<String, String> facts = new HashMap<>(Map.of("unitName", "Xã Thèn Sin", "unitCode", "03394",
        "deadline", "31/03/2025", "today", "01/04/2025", "addressees", "Xã Thèn Sin", "lateWork", "- «Lập kế hoạch»",
        "reviewerName", "Phòng Nội vụ huyện Tam Đường", "link", "http://localhost:8080/camunda/app/tasklist/",
        "overdueTask", "Xử lý đơn vị quá hạn tổ chức Đại hội"));

    MailTemplates.RenderedMail mail = templates.render("overdue-escalation", facts);

    assertThat(mail.subject())
        .isEqualTo("[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(mail.body()).startsWith("Kính gửi: Xã Thèn Sin\n\nHạn cuối tổ chức Đại hội (Hội nghị) của Xã Thèn Sin")
        .doesNotContain("{{");
  }

  @Test
  void aFactTheMailDoesNotHaveIsAnError() {
    assertThatThrownBy(() -> templates.render("overdue-escalation", Map.of("unitName", "Xã Thèn Sin")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Mẫu thư overdue-escalation dùng {{");
  }

  @Test
  void phrasesAreVietnameseWithTheirArguments() {
    assertThat(templates.label("problem.noEmail", "Vàng A Dơ", "thensincanbo", "Xã Thèn Sin"))
        .isEqualTo("Người dùng Vàng A Dơ (thensincanbo, Xã Thèn Sin) chưa có địa chỉ e-mail: không gửi được thư cho"
            + " người này");
  }
}
