package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Vietnamese templates (Thymeleaf, text and HTML) and phrases: read as UTF-8, a fact a mail lacks is an error,
 * not a gap, and the HTML part says the same as the text, with the link as a button.
 */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  final Map<String, String> overdueFacts = new HashMap<>(Map.of("unitName", "Xã Thèn Sin", "unitCode", "03394",
      "deadline", "31/03/2025", "today", "01/04/2025", "addressees", "Xã Thèn Sin",
      "lateWork", "- «Lập kế hoạch»: đang chờ Xã Thèn Sin\n- «Báo cáo kết quả»: đang chờ <Xã> & Co",
      "reviewerName", "Phòng Nội vụ huyện Tam Đường", "link", "http://localhost:8080/camunda/app/tasklist/#/?task=42",
      "overdueTask", "Xử lý đơn vị quá hạn tổ chức Đại hội"));

  @Test
  void theFirstLineIsTheSubjectAndFactsAreFilledIn() {
    MailTemplates.RenderedMail mail = templates.render("overdue-escalation", overdueFacts);

    assertThat(mail.subject())
        .isEqualTo("[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua");
    assertThat(mail.body()).startsWith("Kính gửi: Xã Thèn Sin\n\nHạn cuối tổ chức Đại hội (Hội nghị) của Xã Thèn Sin")
        .contains("Xử lý trên hệ thống: http://localhost:8080/camunda/app/tasklist/#/?task=42\n")
        .doesNotContain("[(", "${");
  }

  @Test
  void theHtmlPartSaysTheSameWithEscapedFactsAListAndAButtonToTheTask() {
    String html = templates.render("overdue-escalation", overdueFacts).html();

    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"vi\">", "<meta charset=\"UTF-8\">",
            "<title>[Quá hạn] Xã Thèn Sin: chưa hoàn thành tổ chức Đại hội, hạn cuối 31/03/2025 đã qua</title>",
            "<span>Kính gửi: Xã Thèn Sin</span>")
        // the lines "- …" of the text are a list; a fact's markup is shown, never interpreted
        .contains("<li>«Lập kế hoạch»: đang chờ Xã Thèn Sin</li>", "<li>«Báo cáo kết quả»: đang chờ &lt;Xã&gt; &amp; Co</li>")
        // "Xử lý trên hệ thống: <link>" is a button with those words
        .containsPattern("<a href=\"http://localhost:8080/camunda/app/tasklist/#/\\?task=42\" target=\"_blank\"\\s+"
            + "style=\"[^\"]*\">Xử lý trên hệ thống</a>")
        .doesNotContain("Xử lý trên hệ thống: http", " th:", "[(", "${")
        .contains("Thư gửi tự động từ hệ thống quản lý Đại hội Thi đua yêu nước tỉnh Lai Châu ngày 01/04/2025.");
  }

  @Test
  void aFactTheMailDoesNotHaveIsAnErrorNotAnEmptyGap() {
    Map<String, String> withoutDeadline = new HashMap<>(overdueFacts);
    withoutDeadline.remove("deadline");

    assertThatThrownBy(() -> templates.render("overdue-escalation", withoutDeadline))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Mẫu thư overdue-escalation dùng [(${deadline})] nhưng thư không có giá trị này");
  }

  @Test
  void anEmptyFactIsAFactButAnUnknownTemplateIsAnError() {
    Map<String, String> emptyLateWork = new HashMap<>(overdueFacts);
    emptyLateWork.put("lateWork", "");
    assertThat(templates.render("overdue-escalation", emptyLateWork).body()).contains("Các việc còn chậm:\n\n");

    assertThatThrownBy(() -> templates.render("no-such-message", overdueFacts))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Mẫu thư no-such-message không dùng được");
  }

  @Test
  void everyTemplateUsesThymeleafsSyntaxNotTheFormerOne() throws IOException {
    Resource[] texts = new PathMatchingResourcePatternResolver().getResources("classpath:mail/*.txt");
    assertThat(texts).hasSizeGreaterThanOrEqualTo(7);
    for (Resource text : texts) {
      String source = text.getContentAsString(StandardCharsets.UTF_8);
      assertThat(source).as(text.getFilename() + ": {{x}} is written [(${x})]").doesNotContain("{{", "}}")
          .contains("[(${");
    }
  }

  @Test
  void phrasesAreVietnameseWithTheirArguments() {
    assertThat(templates.label("problem.noEmail", "Vàng A Dơ", "thensincanbo", "Xã Thèn Sin"))
        .isEqualTo("Người dùng Vàng A Dơ (thensincanbo, Xã Thèn Sin) chưa có địa chỉ e-mail: không gửi được thư cho"
            + " người này");
  }
}
