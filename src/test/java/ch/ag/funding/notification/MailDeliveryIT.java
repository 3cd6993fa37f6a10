package ch.ag.funding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails queued in the outbox reach a real SMTP server (GreenMail, in-process), once each. */
class MailDeliveryIT extends PostgresIntegrationTest {

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
  private OutboxDelivery delivery;
  @Autowired
  private MailOutbox outbox;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private PlatformTransactionManager transactionManager;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private String submitAndRecover() {
    String reference = http().post("/api/applications", TestApplications.valid()).json()
        .get("reference").asText();
    assertThat(http().postForm("/status-link", "reference=" + reference + "&email="
        + URLEncoder.encode("anna.muster@example.ch", StandardCharsets.UTF_8)).status())
        .isEqualTo(200);
    return reference;
  }

  private Map<String, Object> stored(String reference) {
    return jdbc.queryForMap("select status, attempts, body, message_id, last_error"
        + " from mail_outbox where reference = ?", reference);
  }

  @Test
  void aNewStatusLinkIsMailedOnceWithItsMessageIdAndTheStoredCopyForgetsTheLink()
      throws Exception {
    String reference = submitAndRecover();

    int sent = delivery.deliverDue();
    int again = delivery.deliverDue();

    assertThat(sent).isEqualTo(1);
    assertThat(again).isZero();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Ihr neuer Status-Link für das Gesuch " + reference);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("anna.muster@example.ch");
    String body = GreenMailUtil.getBody(mail);
    assertThat(mail.getContent().toString()).contains("Grüsse", reference)
        .containsPattern("/status/[A-Za-z0-9_-]{43}");
    assertThat(body).doesNotContain("ß");
    Map<String, Object> copy = stored(reference);
    assertThat(copy.get("status")).isEqualTo("SENT");
    assertThat(mail.getMessageID()).isEqualTo(copy.get("message_id"));
    assertThat((String) copy.get("body")).contains("/status/[entfernt]")
        .doesNotContainPattern("/status/[A-Za-z0-9_-]{43}");
  }

  @Test
  void whileTheServerIsDownMailsWaitAndGoOutOnceWhenItIsBack() {
    smtp.stop();
    List<String> references = List.of(submitAndRecover(), submitAndRecover(),
        submitAndRecover());

    assertThat(delivery.deliverDue()).isZero();
    for (String reference : references) {
      assertThat(stored(reference)).containsEntry("status", "PENDING")
          .containsEntry("attempts", 1);
      assertThat((String) stored(reference).get("last_error")).isNotBlank();
    }
    smtp.start();
    assertThat(delivery.deliverDue()).as("not due before the back-off").isZero();

    ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofMinutes(2))));
    int sent = delivery.deliverDue();

    assertThat(sent).isEqualTo(3);
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    for (String reference : references) {
      assertThat(stored(reference)).containsEntry("status", "SENT")
          .containsEntry("attempts", 2);
    }
    assertThat(delivery.deliverDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aStepThatRollsBackSendsNothing() {
    long before = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      outbox.queue("SI-2026-9999", MailOutbox.Purpose.STATUS_LINK, "x@example.ch",
          Map.of("reference", "SI-2026-9999", "link", "http://localhost/status/x"));
      status.setRollbackOnly();
    });

    assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class))
        .isEqualTo(before);
    delivery.deliverDue();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
