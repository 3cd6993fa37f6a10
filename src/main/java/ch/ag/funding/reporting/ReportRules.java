package ch.ag.funding.reporting;

import static ch.ag.funding.reporting.ReportVariables.ACTIVITIES;
import static ch.ag.funding.reporting.ReportVariables.ACTUAL_COSTS;
import static ch.ag.funding.reporting.ReportVariables.ACTUAL_INCOME;
import static ch.ag.funding.reporting.ReportVariables.CLAWBACK_AMOUNT;
import static ch.ag.funding.reporting.ReportVariables.CLAWBACK_DECISION;
import static ch.ag.funding.reporting.ReportVariables.CLAWBACK_REASON;
import static ch.ag.funding.reporting.ReportVariables.EXTENDED_DUE_DATE;
import static ch.ag.funding.reporting.ReportVariables.PARTICIPANTS;
import static ch.ag.funding.reporting.ReportVariables.REMARKS;
import static ch.ag.funding.reporting.ReportVariables.REVIEW;
import static ch.ag.funding.reporting.ReportVariables.REVIEW_COMMENT;
import static ch.ag.funding.reporting.ReportVariables.VOLUNTEERS;

import ch.ag.funding.system.Numbers;
import ch.ag.funding.system.SwissFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The one place of the rules for what a report, its review and the review of a missing report
 * must contain, whatever the client (portal, Tasklist, REST). A refusal is a
 * {@link FormFieldValidationException}: German, REST 400, the task stays open. Values are stored
 * in their normalised form.
 */
@Component
public class ReportRules {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
  private static final Set<String> REVIEWS = Set.of("ACCEPT", "REQUEST_CHANGES", "CLAWBACK");
  private static final Set<String> CLAWBACK_DECISIONS = Set.of("EXTEND", "WAIVE", "CLAIM");

  /** The report as submitted in {@code submitReport}. */
  void checkReport(DelegateExecution execution) {
    execution.setVariable(ACTIVITIES, text(execution, ACTIVITIES, "die durchgeführten"
        + " Aktivitäten", 5000, true));
    execution.setVariable(PARTICIPANTS, count(execution, PARTICIPANTS, "Erreichte Teilnehmende"));
    execution.setVariable(VOLUNTEERS, count(execution, VOLUNTEERS, "Freiwillige"));
    execution.setVariable(ACTUAL_COSTS, amount(execution, ACTUAL_COSTS, "Effektive Kosten").doubleValue());
    execution.setVariable(ACTUAL_INCOME, amount(execution, ACTUAL_INCOME,
        "Effektive übrige Einnahmen").doubleValue());
    String remarks = text(execution, REMARKS, "die Bemerkungen", 2000, false);
    if (remarks == null) {
      execution.removeVariable(REMARKS);
    } else {
      execution.setVariable(REMARKS, remarks);
    }
  }

  /** The office's review of a report ({@code reviewReport}); {@code paid} limits a claim. */
  void checkReview(DelegateExecution execution, BigDecimal paid) {
    String review = choice(execution, REVIEW, REVIEWS, "Bitte wählen Sie, ob Sie den Bericht"
        + " annehmen, Ergänzungen verlangen oder den Beitrag zurückfordern.");
    if (!"ACCEPT".equals(review)) {
      execution.setVariable(REVIEW_COMMENT, text(execution, REVIEW_COMMENT,
          "eine Begründung oder Rückmeldung an die Trägerschaft", 2000, true));
    }
    if ("CLAWBACK".equals(review)) {
      claim(execution, paid);
    }
  }

  /** The office's decision on a missing report ({@code reviewClawback}). */
  void checkClawbackReview(DelegateExecution execution, BigDecimal paid, LocalDate today) {
    String decision = choice(execution, CLAWBACK_DECISION, CLAWBACK_DECISIONS,
        "Bitte wählen Sie: Frist verlängern, auf den Bericht verzichten oder den Beitrag"
            + " zurückfordern.");
    execution.setVariable(CLAWBACK_REASON, text(execution, CLAWBACK_REASON, "eine Begründung",
        2000, true));
    if ("EXTEND".equals(decision)) {
      LocalDate due = date(execution, EXTENDED_DUE_DATE, "die neue Frist");
      if (!due.isAfter(today)) {
        throw new FormFieldValidationException(EXTENDED_DUE_DATE, "Die neue Frist muss nach"
            + " dem heutigen Tag liegen (" + SwissFormat.date(today) + ").");
      }
      execution.setVariable(EXTENDED_DUE_DATE, due.toString());
    }
    if ("CLAIM".equals(decision)) {
      claim(execution, paid);
    }
  }

  private void claim(DelegateExecution execution, BigDecimal paid) {
    BigDecimal claim = amount(execution, CLAWBACK_AMOUNT, "Rückforderung");
    if (claim.signum() <= 0 || claim.compareTo(paid) > 0) {
      throw new FormFieldValidationException(CLAWBACK_AMOUNT, "Die Rückforderung muss grösser"
          + " als CHF 0.00 und höchstens so hoch wie das bisher Ausbezahlte sein ("
          + SwissFormat.chf(paid) + ").");
    }
    execution.setVariable(CLAWBACK_AMOUNT, claim.doubleValue());
  }

  private static String choice(DelegateExecution execution, String name, Set<String> allowed,
      String message) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw new FormFieldValidationException(name, message);
    }
    return text;
  }

  private static String text(DelegateExecution execution, String name, String what, int max,
      boolean required) {
    Object value = execution.getVariable(name);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      if (required) {
        throw new FormFieldValidationException(name, "Bitte geben Sie " + what + " an.");
      }
      return null;
    }
    if (!(value instanceof String text)) {
      throw new FormFieldValidationException(name, "Bitte geben Sie " + what + " als Text an.");
    }
    if (text.strip().length() > max) {
      throw new FormFieldValidationException(name, "Der Text ist zu lang: höchstens " + max
          + " Zeichen.");
    }
    return text.strip();
  }

  private static long count(DelegateExecution execution, String name, String label) {
    BigDecimal value = number(execution, name, label);
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      throw new FormFieldValidationException(name, "«" + label + "» muss eine ganze Zahl"
          + " zwischen 0 und 1'000'000 sein.");
    }
    return value.longValueExact();
  }

  private static BigDecimal amount(DelegateExecution execution, String name, String label) {
    BigDecimal value = number(execution, name, label);
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
        || value.compareTo(MAX_AMOUNT) > 0) {
      throw new FormFieldValidationException(name, "«" + label + "» muss ein Betrag ab"
          + " CHF 0.00 mit höchstens zwei Nachkommastellen sein.");
    }
    return value;
  }

  private static BigDecimal number(DelegateExecution execution, String name, String label) {
    Object value = execution.getVariable(name);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      throw new FormFieldValidationException(name, "Bitte geben Sie «" + label + "» an.");
    }
    BigDecimal number = Numbers.decimal(value);
    if (number == null) {
      throw new FormFieldValidationException(name, "«" + label + "» muss eine Zahl sein.");
    }
    return number;
  }

  private static LocalDate date(DelegateExecution execution, String name, String what) {
    Object value = execution.getVariable(name);
    try {
      return LocalDate.parse(String.valueOf(value).substring(0,
          Math.min(10, String.valueOf(value).length())));
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(name, "Bitte geben Sie " + what
          + " als Datum an (TT.MM.JJJJ).");
    }
  }
}
