package ch.ag.funding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails queued in the outbox reach a real SMTP server (GreenMail, in-process), once each. */
class MailDeliveryIT extends MailIntegrationTest {

  @Autowired
  private MailOutbox outbox;
  @Autowired
  private PlatformTransactionManager transactionManager;
  @Autowired
  private RuntimeService runtimeService;

  private String submit() {
    Http.Response response = http().post("/api/applications", TestApplications.valid());
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("reference").asText();
  }

  private Map<String, Object> stored(String reference, String purpose) {
    return jdbc.queryForMap("select id, status, attempts, body, html_body, message_id,"
        + " last_error from mail_outbox where reference = ? and purpose = ?", reference, purpose);
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  @Test
  void aNewStatusLinkIsMailedOnceWithItsMessageIdAndTheStoredCopyForgetsTheLink()
      throws Exception {
    String reference = submit();
    assertThat(http().postForm("/status-link", "reference=" + reference + "&email="
        + URLEncoder.encode("anna.muster@example.ch", StandardCharsets.UTF_8)).status())
        .isEqualTo(200);

    assertThat(deliverAll()).as("acknowledgement, new case, new link").isEqualTo(3);
    assertThat(delivery.deliverDue()).isZero();

    List<MimeMessage> links = received(reference).stream()
        .filter(mail -> subject(mail).startsWith("Ihr neuer Status-Link")).toList();
    assertThat(links).hasSize(1);
    MimeMessage mail = links.get(0);
    assertThat(mail.getSubject()).isEqualTo("Ihr neuer Status-Link für das Gesuch " + reference);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("anna.muster@example.ch");
    assertThat(text(mail)).contains("Grüsse", reference).doesNotContain("ß")
        .containsPattern("/status/[A-Za-z0-9_-]{43}");
    assertThat(html(mail)).containsPattern("href=\"[^\"]*/status/[A-Za-z0-9_-]{43}\"");
    Map<String, Object> copy = stored(reference, "STATUS_LINK");
    assertThat(copy.get("status")).isEqualTo("SENT");
    assertThat(mail.getMessageID()).isEqualTo(copy.get("message_id"))
        .isEqualTo("<status-link." + reference + ".1@ag.ch>");
    for (String column : List.of("body", "html_body")) {
      assertThat((String) copy.get(column)).contains("/status/[entfernt]")
          .doesNotContainPattern("/status/[A-Za-z0-9_-]{43}");
    }
  }

  @Test
  void twentyAcknowledgementsWaitForTheServerAndThenArriveOnceEach() {
    smtp.stop();
    List<String> references = new ArrayList<>();
    IntStream.range(0, 20).forEach(i -> references.add(submit()));

    assertThat(deliverAll()).isZero();
    for (String reference : references) {
      assertThat(stored(reference, "ACKNOWLEDGEMENT")).containsEntry("status", "PENDING")
          .containsEntry("attempts", 1);
      assertThat((String) stored(reference, "ACKNOWLEDGEMENT").get("last_error")).isNotBlank();
    }
    smtp.start();
    assertThat(deliverAll()).as("not due before the back-off").isZero();

    moveClock(Duration.ofMinutes(2));
    assertThat(deliverAll()).isEqualTo(40); // each case: acknowledgement and the RIF's notice

    for (String reference : references) {
      assertThat(received(reference).stream()
          .filter(mail -> subject(mail).startsWith("Eingangsbestätigung"))).hasSize(1);
      assertThat(stored(reference, "ACKNOWLEDGEMENT")).containsEntry("status", "SENT")
          .containsEntry("attempts", 2);
    }
    assertThat(deliverAll()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(40);
  }

  @Test
  void aMailThatKeepsFailingShowsAsIncidentAndIsSentOnRetry() {
    smtp.stop();
    String reference = submit();
    for (int attempt = 0; attempt < 8; attempt++) {
      deliverAll();
      moveClock(Duration.ofHours(3));
    }
    Map<String, Object> failed = stored(reference, "ACKNOWLEDGEMENT");
    assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 8);
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
        .incidentType(MailLog.INCIDENT_TYPE).list()).hasSize(2) // acknowledgement and notice
        .allSatisfy(incident -> assertThat(incident.getIncidentMessage())
            .contains("konnte nicht zugestellt werden", "/api/admin/mails/"));
    JsonNode listed = http().as("admin", "demo").get("/api/admin/mails?status=FAILED").json();
    assertThat(listed.findValuesAsText("reference")).containsOnly(reference).hasSize(2);
    assertThat(http().as("canton-demo", "demo").get("/api/admin/mails").status())
        .isEqualTo(403);

    smtp.start();
    Http.Response retried = http().as("admin", "demo")
        .post("/api/admin/mails/" + failed.get("id") + "/retry", Map.of());
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().get("status").asText()).isEqualTo("PENDING");
    assertThat(deliverAll()).isEqualTo(1);
    assertThat(received(reference)).singleElement()
        .satisfies(mail -> assertThat(subject(mail)).startsWith("Eingangsbestätigung"));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
        .incidentType(MailLog.INCIDENT_TYPE).count()).isEqualTo(1);
    assertThat(http().as("admin", "demo").post("/api/admin/mails/" + failed.get("id")
        + "/retry", Map.of()).status()).as("only a failed mail is retried").isEqualTo(404);
  }

  @Test
  void aStepThatRollsBackSendsNothing() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      outbox.queue("SI-2026-9999", MailOutbox.Purpose.STATUS_LINK, "x@example.ch",
          Map.of("reference", "SI-2026-9999", "link", "http://localhost/status/x"));
      status.setRollbackOnly();
    });

    assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isZero();
    assertThat(deliverAll()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
