package ch.ag.funding.submission;

import static ch.ag.funding.system.SwissFormat.chf;
import static ch.ag.funding.system.SwissFormat.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;
import org.springframework.stereotype.Service;

/**
 * The formal check of an application against the funding rules of domain.md §5 that concern the
 * application itself. Problems send the application back to the applicant for completion;
 * warnings are shown to the caseworker. All limits come from {@link SubmissionProperties}.
 */
@Service
public class FormalCheck {

  private final SubmissionProperties rules;
  private final Clock clock;

  public FormalCheck(SubmissionProperties rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** Until when the applicant may complete an application that has problems, from now. */
  public Instant completionDeadline() {
    return clock.instant().plus(rules.completionPeriod());
  }

  /** Problems and warnings, in German. */
  public record Result(List<String> problems, List<String> warnings) {
    public boolean complete() {
      return problems.isEmpty();
    }
  }

  public Result check(Application application, LocalDate submissionDate) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    checkFinancing(application, problems);
    checkDates(application, submissionDate, problems, warnings);
    checkContact(application, problems);
    if (application.municipalities().isEmpty()) {
      problems.add("Es ist keine Gemeinde als Durchführungsort angegeben.");
    }
    if (!application.exclusionsConfirmed()) {
      problems.add("Die Bestätigung fehlt, dass keine Löhne des ordentlichen Betriebs, keine"
          + " religiösen oder politischen Aktivitäten und keine Einzelfallhilfe beantragt werden.");
    }
    return new Result(List.copyOf(problems), List.copyOf(warnings));
  }

  private void checkFinancing(Application application, List<String> problems) {
    BigDecimal total = application.totalCost();
    BigDecimal requested = application.requestedAmount();
    BigDecimal financed = application.ownContribution()
        .add(application.thirdPartyFunding())
        .add(application.municipalityContribution())
        .add(requested);
    BigDecimal difference = total.subtract(financed);
    if (difference.abs().compareTo(rules.balanceTolerance()) > 0) {
      problems.add("Der Finanzierungsplan geht nicht auf: Die Gesamtkosten (" + chf(total)
          + ") müssen der Summe aus Eigenleistung, Drittmitteln, Gemeindebeitrag und beantragtem"
          + " Beitrag (" + chf(financed) + ") entsprechen; Differenz " + chf(difference.abs())
          + ".");
    }
    if (requested.signum() <= 0) {
      problems.add("Der beantragte Beitrag muss grösser als CHF 0.00 sein.");
    }
    BigDecimal maxShare = total.multiply(rules.maxShareOfTotalCost())
        .setScale(2, RoundingMode.DOWN);
    if (requested.compareTo(maxShare) > 0) {
      problems.add("Der beantragte Beitrag (" + chf(requested) + ") übersteigt "
          + percent(rules.maxShareOfTotalCost()) + " der Gesamtkosten (höchstens "
          + chf(maxShare) + ").");
    }
    if (requested.compareTo(rules.maxRequestedAmount()) > 0) {
      problems.add("Der beantragte Beitrag (" + chf(requested) + ") übersteigt den Höchstbetrag"
          + " von " + chf(rules.maxRequestedAmount()) + " pro Gesuch.");
    }
  }

  private void checkDates(Application application, LocalDate submissionDate,
      List<String> problems, List<String> warnings) {
    LocalDate start = application.projectStart();
    LocalDate end = application.projectEnd();
    if (start.isBefore(submissionDate)) {
      problems.add("Der Projektbeginn (" + date(start) + ") liegt vor dem Einreichungsdatum ("
          + date(submissionDate) + "); bereits begonnene Projekte werden nicht gefördert.");
    } else if (start.isBefore(submissionDate.plus(rules.shortNoticePeriod()))) {
      warnings.add("Der Projektbeginn (" + date(start) + ") liegt weniger als "
          + describe(rules.shortNoticePeriod().getDays()) + " nach der Einreichung; der Entscheid"
          + " liegt bis dahin möglicherweise noch nicht vor.");
    }
    if (end.isBefore(start)) {
      problems.add("Das Projektende (" + date(end) + ") liegt vor dem Projektbeginn ("
          + date(start) + ").");
    } else if (!end.isBefore(start.plus(rules.maxProjectDuration()))) {
      problems.add("Das Projekt dauert länger als " + rules.maxProjectDuration().toTotalMonths()
          + " Monate (" + date(start) + " bis " + date(end) + ").");
    }
  }

  private void checkContact(Application application, List<String> problems) {
    if (!EmailValidator.getInstance().isValid(application.contactEmail())) {
      problems.add("Die E-Mail-Adresse «" + application.contactEmail() + "» ist ungültig.");
    }
    String iban = application.iban().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (rules.ibanCountries().stream().noneMatch(iban::startsWith)) {
      problems.add("Die IBAN «" + application.iban() + "» ist keine Schweizer oder"
          + " Liechtensteiner IBAN; erlaubt sind IBAN, die mit "
          + String.join(" oder ", rules.ibanCountries()) + " beginnen.");
    } else if (!IBANValidator.getInstance().isValid(iban)) {
      problems.add("Die IBAN «" + application.iban() + "» ist ungültig: Länge oder Prüfziffer"
          + " stimmen nicht.");
    }
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }

  private static String describe(int days) {
    return days % 7 == 0 ? days / 7 + " Wochen" : days + " Tage";
  }
}
