package ch.ag.funding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every mail renders in both parts with realistic data (umlauts, long names, markup in a title)
 * and leaves no expression unresolved; every variable a template uses is given.
 */
class MailTemplatesTest {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z]+)");

  private final MailTemplates templates = new MailTemplates();

  static Map<String, Object> realisticValues() {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", "SI-2026-0042");
    values.put("link", "https://foerderung.ag.ch/status/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
    values.put("recoveryUrl", "https://foerderung.ag.ch/status-link");
    values.put("projectTitle", "Café «Zäme» <b>Würenlos</b>");
    values.put("organisationName", "Interkultureller Frauen- und Familientreffpunkt Zurzibiet"
        + " und Umgebung, Verein für Begegnung über alle Grenzen hinweg");
    values.put("contactName", "Zoë Müller-Lüthi");
    values.put("submissionDate", "23.11.2026");
    values.put("question", true);
    values.put("questionText", "Wie viele Freiwillige wirken mit? Bitte <i>genau</i> angeben.");
    values.put("problems", List.of("Der Finanzierungsplan geht nicht auf: Differenz CHF 1'000.00.",
        "Projektbeginn liegt vor dem Eingang des Gesuchs."));
    values.put("dueDate", "07.12.2026");
    values.put("reason", "Das Budget der Fachstelle für 2027 ist ausgeschöpft; Überschneidung mit"
        + " einem bestehenden Angebot in Zofingen.");
    values.put("decidingOffice", "Regionale Integrationsfachstelle Baden");
    values.put("requestedAmount", "CHF 12'500.00");
    values.put("approvedAmount", "CHF 10'000.00");
    values.put("reduced", true);
    values.put("officeName", "Regionale Integrationsfachstelle Baden");
    values.put("municipalities", "Baden, Wettingen, Würenlos");
    values.put("responsibilityReason", "Alle Durchführungsorte liegen im Perimeter der RIF Baden.");
    values.put("tasklistUrl", "https://foerderung.ag.ch/camunda/app/tasklist/");
    values.put("cockpitUrl", "https://foerderung.ag.ch/camunda/app/cockpit/default/#/process-instance/1");
    values.put("decidedBy", "rif-baden-demo");
    values.put("taskName", "Vorentscheid");
    values.put("reportKind", "Schlussbericht");
    values.put("comment", "Bitte legen Sie die Quittungen für <b>Material</b> bei.");
    values.put("finalPayment", "CHF 1'000.00");
    values.put("repaymentClaim", "CHF 0.00");
    values.put("paysOut", true);
    values.put("claimsBack", false);
    return values;
  }

  @ParameterizedTest
  @EnumSource(MailOutbox.Purpose.class)
  void everyMailRendersInGermanWithAllItsValues(MailOutbox.Purpose purpose) throws IOException {
    Map<String, Object> values = realisticValues();
    assertThat(values.keySet()).as("values for %s", purpose)
        .containsAll(variablesOf(purpose.template()));

    MailTemplates.Rendered mail = templates.render(purpose.template(), values,
        purpose.forOffice());

    assertThat(mail.subject()).contains("SI-2026-0042").doesNotContain("[(", "${", "\n", "ß");
    for (String part : List.of(mail.body(), mail.html())) {
      assertThat(part).contains("SI-2026-0042", "Guten Tag")
          .doesNotContain("[(", "[#", "${", " th:", "ß", "null");
    }
    assertThat(mail.html()).startsWith("<!DOCTYPE html>")
        .doesNotContain("<b>Würenlos</b>", "<i>genau</i>");
    if (purpose.forOffice()) {
      assertThat(mail.body()).contains("automatisch erzeugt").doesNotContain("Freundliche Grüsse");
    } else {
      assertThat(mail.body()).contains("Freundliche Grüsse", "Sektion Integration und Beratung");
      assertThat(mail.html()).contains("Freundliche Grüsse");
    }
  }

  @ParameterizedTest
  @EnumSource(value = MailOutbox.Purpose.class, names = {"ACKNOWLEDGEMENT", "STATUS_LINK"})
  void mailsWithTheStatusLinkCarryItInBothParts(MailOutbox.Purpose purpose) {
    MailTemplates.Rendered mail = templates.render(purpose.template(), realisticValues(), false);

    String link = (String) realisticValues().get("link");
    assertThat(mail.body()).contains(link);
    assertThat(mail.html()).contains("href=\"" + link + "\"");
  }

  /** The variable names a mail's three templates use. */
  private static Set<String> variablesOf(String template) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String file : List.of(template + ".subject.txt", template + ".txt", template + ".html")) {
      try (InputStream in = MailTemplatesTest.class.getResourceAsStream(
          "/templates/mail/" + file)) {
        assertThat(in).as(file).isNotNull();
        Matcher matcher = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    names.remove("problem"); // the loop variable
    return names;
  }
}
