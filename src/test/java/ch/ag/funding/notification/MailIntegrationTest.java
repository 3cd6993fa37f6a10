package ch.ag.funding.notification;

import ch.ag.funding.PostgresIntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with a real SMTP server (GreenMail, in-process). The integration tests share
 * one database, so each test starts with an empty outbox: mails other test classes queued (with
 * no SMTP server to send them) would otherwise go out here.
 */
abstract class MailIntegrationTest extends PostgresIntegrationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    // the tests deliver themselves
    registry.add("funding.mail.delivery-interval", () -> "PT1H");
  }

  @Autowired
  protected OutboxDelivery delivery;
  @Autowired
  protected JdbcTemplate jdbc;

  @BeforeEach
  void emptyOutbox() {
    jdbc.update("delete from mail_outbox");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Delivers until nothing is due; returns how many mails went out. */
  protected int deliverAll() {
    int total = 0;
    for (int sent = delivery.deliverDue(); sent > 0; sent = delivery.deliverDue()) {
      total += sent;
    }
    return total;
  }

  /** The received mails whose subject names the case. */
  protected static List<MimeMessage> received(String reference) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return message.getSubject().contains(reference);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** The plain-text part of a mail. */
  protected static String text(MimeMessage message) throws Exception {
    return parts(message).stream().filter(part -> isType(part, "text/plain")).findFirst()
        .map(MailIntegrationTest::content).orElseThrow();
  }

  /** The HTML part of a mail. */
  protected static String html(MimeMessage message) throws Exception {
    return parts(message).stream().filter(part -> isType(part, "text/html")).findFirst()
        .map(MailIntegrationTest::content).orElseThrow();
  }

  /** The attached PDFs of a mail, by file name, read back as text. */
  protected static List<Attachment> pdfs(MimeMessage message) throws Exception {
    List<Attachment> pdfs = new ArrayList<>();
    for (Part part : parts(message)) {
      if (isType(part, "application/pdf")) {
        byte[] bytes = part.getInputStream().readAllBytes();
        try (PDDocument document = Loader.loadPDF(bytes)) {
          pdfs.add(new Attachment(part.getFileName(), bytes.length,
              document.getNumberOfPages(), new PDFTextStripper().getText(document)));
        }
      }
    }
    return pdfs;
  }

  protected record Attachment(String fileName, int size, int pages, String text) {}

  private static List<Part> parts(Part part) throws Exception {
    List<Part> parts = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        parts.addAll(parts(child));
      }
    } else {
      parts.add(part);
    }
    return parts;
  }

  private static boolean isType(Part part, String type) {
    try {
      return part.isMimeType(type);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String content(Part part) {
    try {
      return (String) part.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
