package vn.laichau.thidua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one rendered e-mail, as multipart/alternative (the plain text first, then the HTML with the button to the
 * task: a mail program shows the last part it can display), to the SMTP server (spring.mail.*) in one SMTP
 * transaction: the server accepts it for all recipients or for none (JavaMail's default, mail.smtp.sendpartial=false), so a failure never leaves half of the
 * recipients served and a retry never serves them twice.
 */
@Component
public class NotificationMailer {

  static {
    // Jakarta Mail 2.1 asks for its StreamProvider at every encoded word, header and body part it writes or reads (a
    // Vietnamese subject, an addressee's name, each part of a mail) and, unless this system property names it, finds
    // it through ServiceLoader, which searches every jar of the class path each time: in the midnight storm that
    // search was 60 % of the mail dispatcher's Java time and 8 % of the escalation's (its addressees' names). Named
    // here, the lookup is one Class.forName of a class already loaded. A value set by the operator is kept.
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  private final JavaMailSender mailSender;
  private final InternetAddress from;

  public NotificationMailer(JavaMailSender mailSender, NotificationProperties properties) {
    this.mailSender = mailSender;
    this.from = sender(properties.from());
  }

  /**
   * @param outboxId the message's id in the outbox, the same on every retry; it becomes the Message-ID, so that a
   *                 mail system that receives it twice can tell it is one message
   * @throws org.springframework.mail.MailException when the server cannot be reached or refuses the mail
   */
  public void send(String outboxId, List<InternetAddress> to, MailTemplates.RenderedMail mail) {
    mailSender.send(message(outboxId, to, mail));
  }

  /**
   * A connection to the SMTP server for a batch of mails, opened at the first mail and closed with the batch: one
   * connection, greeting and (with a relay that wants it) TLS handshake and login per batch instead of per mail. Each
   * mail is still its own SMTP transaction, accepted or refused alone.
   */
  public Connection connect() {
    return new Connection();
  }

  /** See {@link #connect()}. */
  public final class Connection implements AutoCloseable {

    private Transport transport;

    private Connection() {
    }

    /** As {@link NotificationMailer#send}, over this connection. */
    public void send(String outboxId, List<InternetAddress> to, MailTemplates.RenderedMail mail) {
      if (!(mailSender instanceof JavaMailSenderImpl smtp)) {
        NotificationMailer.this.send(outboxId, to, mail);
        return;
      }
      MimeMessage message = message(outboxId, to, mail);
      try {
        if (transport == null || !transport.isConnected()) {
          transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
          transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        }
        // as JavaMailSenderImpl does: saveChanges() would replace the Message-ID by one of its own
        String messageId = message.getMessageID();
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        // a connection that failed is not used again: the next mail opens a new one
        close();
        throw new MailSendException("Máy chủ thư không nhận thư " + outboxId + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // the mails sent over it were accepted one by one already; a failed QUIT changes nothing
        }
        transport = null;
      }
    }
  }

  private MimeMessage message(String outboxId, List<InternetAddress> to, MailTemplates.RenderedMail mail) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to.toArray(InternetAddress[]::new));
      helper.setSubject(mail.subject());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", text, html));
      // RFC 3834: out-of-office replies are not sent back to a machine
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setHeader("Message-ID", messageId(outboxId));
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    return message;
  }

  /** The Message-ID of the outbox's mail with this id. */
  public String messageId(String outboxId) {
    return "<" + outboxId + "." + from.getAddress() + ">";
  }

  private static InternetAddress sender(String configured) {
    try {
      InternetAddress parsed = new InternetAddress(configured, true);
      return parsed.getPersonal() == null ? parsed
          : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("thidua.notification.from is not an e-mail address: " + configured, e);
    }
  }
}
