package ch.ag.funding.notification;

import static ch.ag.funding.notification.MailDeliveryIT.subject;
import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.CaseDriver.Case;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages of whole cases on PostgreSQL with the real services and a real SMTP server: each
 * path produces exactly its mails, one each, in German, with the decision letter attached.
 */
class CaseMailsIT extends MailIntegrationTest {

  private static final Pattern STATUS_LINK =
      Pattern.compile("https?://[^\\s\"]+(/status/[A-Za-z0-9_-]{43})");

  @Autowired
  private HistoryService historyService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ch.ag.funding.submission.SubmissionService submissions;
  @Autowired
  private PlatformTransactionManager transactionManager;

  private String regionAddress(String region) {
    return jdbc.queryForObject("select contact_email from region where id = ?", String.class,
        region);
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage only(List<MimeMessage> mails, String subjectStart) {
    List<MimeMessage> matching = mails.stream()
        .filter(mail -> subject(mail).startsWith(subjectStart)).toList();
    assertThat(matching).as("mails starting «%s»", subjectStart).hasSize(1);
    return matching.get(0);
  }

  @Test
  void aSmallProjectApprovedByTheRifProducesItsFourMailsOnceWithTheLetter() throws Exception {
    Case of = driver().submit(TestApplications.small());
    String reference = of.reference();
    driver().complete("rif-baden-demo", of, Map.of("rifDecision", "APPROVE"));
    driver().runDueJobs(of);

    assertThat(deliverAll()).isEqualTo(4);
    assertThat(deliverAll()).isZero();
    List<MimeMessage> mails = received(reference);
    assertThat(mails).hasSize(4);
    assertThat(mails.stream().map(CaseMailsIT::messageId).distinct()).hasSize(4);

    MimeMessage acknowledgement = only(mails, "Eingangsbestätigung: Ihr Gesuch " + reference);
    assertThat(recipient(acknowledgement)).isEqualTo("anna.muster@example.ch");
    assertThat(acknowledgement.getMessageID()).isEqualTo("<acknowledgement." + reference
        + "@ag.ch>");
    String acknowledgementText = text(acknowledgement);
    assertThat(acknowledgementText).contains("Guten Tag Anna Muster", "Sprachcafé Wettingen",
        "Freundliche Grüsse").doesNotContain("ß");
    Matcher link = STATUS_LINK.matcher(acknowledgementText);
    assertThat(link.find()).isTrue();
    assertThat(http().page(link.group(1)).body()).as("the status link works")
        .contains(reference);

    MimeMessage office = only(mails, "Neues Gesuch " + reference);
    assertThat(recipient(office)).isEqualTo(regionAddress("rif-baden"));
    assertThat(text(office)).contains("CHF 4'000.00", "Wettingen", "/camunda/app/tasklist/");

    MimeMessage approval = only(mails, "Entscheid zu Ihrem Gesuch " + reference
        + ": Bewilligung von CHF 4'000.00");
    assertThat(recipient(approval)).isEqualTo("anna.muster@example.ch");
    assertThat(html(approval)).contains("CHF 4&#39;000.00");
    List<Attachment> letters = pdfs(approval);
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(letter.fileName()).isEqualTo("Bewilligung_" + reference + ".pdf");
      assertThat(letter.text()).contains(reference, "CHF 4'000.00", "CHF 3'200.00",
          "Verein Sprachbrücke", "Seite 1 von 1");
    });

    MimeMessage canton = only(mails, "Zur Kenntnis: ");
    assertThat(recipient(canton)).isEqualTo("integration@ag.ch");
    assertThat(text(canton)).contains("CHF 4'000.00", "rif-baden-demo");

    // the letter is a document of the case, and the mails are listed for staff, links redacted
    JsonNode documents = http().as("rif-baden-demo", "demo")
        .get("/api/cases/" + reference + "/documents").json();
    assertThat(documents.findValuesAsText("fileName"))
        .contains("Bewilligung_" + reference + ".pdf");
    JsonNode log = http().as("rif-baden-demo", "demo")
        .get("/api/cases/" + reference + "/mails").json();
    assertThat(log.findValuesAsText("purpose")).containsExactly("ACKNOWLEDGEMENT",
        "OFFICE_NEW_CASE", "APPROVAL", "OFFICE_CANTON_INFORMED");
    assertThat(log.findValuesAsText("status")).containsOnly("SENT");
    assertThat(log.toString()).doesNotContainPattern("/status/[A-Za-z0-9_-]{43}")
        .contains("Bewilligung_" + reference + ".pdf");
    assertThat(http().as("rif-aarau-demo", "demo").get("/api/cases/" + reference + "/mails")
        .status()).as("another region's caseworker").isIn(403, 404);
  }

  @Test
  void aLargerProjectRejectedByTheCantonGetsTheRejectionLetterWithTheReason() throws Exception {
    Map<String, Object> larger = TestApplications.valid();
    Case of = driver().submit(larger);
    String reference = of.reference();
    driver().complete("rif-baden-demo", of, Map.of("rifDecision", "APPROVE"));
    driver().complete("canton-demo", of, Map.of("cantonDecision", "REJECTED",
        "cantonReason", "Das Angebot überschneidet sich mit dem Deutschtreff in Baden."));
    driver().runDueJobs(of);

    assertThat(deliverAll()).isEqualTo(3);
    List<MimeMessage> mails = received(reference);
    assertThat(mails).hasSize(3);
    only(mails, "Eingangsbestätigung");
    only(mails, "Neues Gesuch");
    MimeMessage rejection = only(mails, "Entscheid zu Ihrem Gesuch " + reference
        + ": Ablehnung");
    assertThat(text(rejection)).contains("Deutschtreff in Baden",
        "Kanton Aargau, Sektion Integration und Beratung");
    assertThat(pdfs(rejection)).singleElement().satisfies(letter -> assertThat(letter.text())
        .contains(reference, "Deutschtreff in Baden"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .count()).isZero();
  }

  @Test
  void anIncompleteApplicationIsAskedForCompletionAndThenNotEnteredInto() throws Exception {
    Case of = driver().submit(TestApplications.unbalanced());
    String reference = of.reference();
    assertThat(deliverAll()).isEqualTo(2);
    MimeMessage request = only(received(reference), "Bitte ergänzen Sie Ihr Gesuch " + reference);
    assertThat(text(request)).contains("Finanzierungsplan").containsPattern(
        "/status/[A-Za-z0-9_-]{43}");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(Duration.ofDays(15))));
    driver().runDueJobs(of);

    assertThat(deliverAll()).isEqualTo(1);
    List<MimeMessage> mails = received(reference);
    assertThat(mails).hasSize(3);
    MimeMessage notEntered = only(mails, "Nichteintreten auf Ihr Gesuch " + reference);
    assertThat(pdfs(notEntered)).singleElement().satisfies(letter -> assertThat(letter.text())
        .contains(reference, "Finanzierungsplan"));
    assertThat(mails.stream().filter(mail -> subject(mail).startsWith("Neues Gesuch")))
        .as("no office hears of a case that was never complete").isEmpty();
  }

  @Test
  void theRifsQuestionIsMailedAndAnOverdueDecisionRemindsTheRif() throws Exception {
    Case of = driver().submit(TestApplications.small());
    String reference = of.reference();
    driver().complete("rif-baden-demo", of, Map.of("rifDecision", "REQUEST_INFO",
        "rifQuestion", "Wo genau finden die Treffen statt?"));
    assertThat(deliverAll()).isEqualTo(3);
    MimeMessage question = only(received(reference), "Rückfrage zu Ihrem Gesuch " + reference);
    assertThat(text(question)).contains("Wo genau finden die Treffen statt?")
        .containsPattern("/status/[A-Za-z0-9_-]{43}");

    driver().complete("rif-baden-demo", of, Map.of("applicantAnswer", "Im Gemeinschaftsraum."));
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(Duration.ofDays(26))));
    driver().runDueJobs(of);

    assertThat(deliverAll()).as("the reminder; the RIF's notice is not sent twice").isEqualTo(1);
    MimeMessage reminder = only(received(reference), "Überfällig: Vorentscheid " + reference);
    assertThat(recipient(reminder)).isEqualTo(regionAddress("rif-baden"));
    assertThat(text(reminder)).contains("noch offen", "/camunda/app/tasklist/");
    assertThat(received(reference)).hasSize(4);
  }

  @Test
  void aSubmissionRolledBackAfterItsMailsWereQueuedSendsNothing() {
    long instances = runtimeService.createProcessInstanceQuery().count();

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      submissions.submit(TestApplications.valid());
      assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class))
          .as("queued in the submission's transaction").isEqualTo(2);
      status.setRollbackOnly();
    });

    assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(deliverAll()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
