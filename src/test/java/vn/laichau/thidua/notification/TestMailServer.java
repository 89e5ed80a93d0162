package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An in-process SMTP server (GreenMail) on a port of its own, which a test stops and starts again to play a mail
 * server that is down, and the mails it received.
 */
final class TestMailServer {

  private final int port = freePort();
  private GreenMail greenMail;

  /** spring.mail.* of the test's context point here. */
  void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> port);
  }

  /** Starts the server, empty. */
  void start() {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Forgets the messages received so far: the next step of a test sees only its own. */
  void clear() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  /** The messages received, once each (GreenMail keeps one copy per recipient), in the order they arrived. */
  List<MimeMessage> mails() {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage message : deliveries()) {
      byId.putIfAbsent(header(message, "Message-ID"), message);
    }
    return new ArrayList<>(byId.values());
  }

  /** Every copy received: one per recipient of each message. */
  List<MimeMessage> deliveries() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** The one message whose subject starts so; fails when there is none or more than one. */
  MimeMessage only(String subjectPrefix) {
    List<MimeMessage> matching = mails().stream().filter(mail -> subject(mail).startsWith(subjectPrefix)).toList();
    assertThat(matching).as("mails starting with " + subjectPrefix).hasSize(1);
    return matching.get(0);
  }

  List<String> subjects() {
    return mails().stream().map(TestMailServer::subject).toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part. */
  static String body(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The HTML part. */
  static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  /** The content of the one part of that type, in a multipart/alternative mail; fails when there is none. */
  static String part(MimeMessage message, String type) {
    try {
      assertThat(message.isMimeType("multipart/alternative")).as(message.getContentType()).isTrue();
      MimeMultipart alternatives = (MimeMultipart) message.getContent();
      for (int i = 0; i < alternatives.getCount(); i++) {
        BodyPart part = alternatives.getBodyPart(i);
        if (part.isMimeType(type)) {
          assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no " + type + " part in " + message.getContentType());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> to(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(address -> ((InternetAddress) address).getAddress()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name)[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
