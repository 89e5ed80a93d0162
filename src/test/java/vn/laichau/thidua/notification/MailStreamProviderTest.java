package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Once the mailer is loaded, Jakarta Mail finds its stream provider by the system property (one class look-up), not
 * by searching the class path's jars at every encoded word, and still encodes a Vietnamese name.
 */
class MailStreamProviderTest {

  @Test
  void theMailerNamesTheProvider() throws Exception {
    Class.forName(NotificationMailer.class.getName(), true, NotificationMailer.class.getClassLoader());

    assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    InternetAddress address = new InternetAddress("hd@laichau.example", "Thử Nghiệm", "UTF-8");
    assertThat(address.toString()).startsWith("=?UTF-8?").endsWith("<hd@laichau.example>");
  }
}
