package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.APPROVED_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.CANTON_COMMENT;
import static ch.ag.funding.decision.DecisionVariables.CANTON_DECISION;
import static ch.ag.funding.decision.DecisionVariables.CANTON_REASON;
import static ch.ag.funding.decision.DecisionVariables.RIF_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.RIF_DECISION;
import static ch.ag.funding.decision.DecisionVariables.RIF_QUESTION;
import static ch.ag.funding.decision.DecisionVariables.RIF_REASON;
import static ch.ag.funding.system.SwissFormat.chf;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The rules of the RIF pre-decision and the canton decision (domain.md §4 steps 5-6, §7): what a
 * complete decision is, who decides alone, and the four-eyes principle. A decision that breaks a
 * rule is refused with a German message as a {@link FormFieldValidationException}, which
 * Tasklist shows and the REST API answers with 400; the task then stays open, unchanged. The forms
 * check the same rules for convenience; this class is where they are enforced.
 */
@Component
public class DecisionRules {

  private static final int MAX_TEXT = 5000;

  private final DecisionProperties properties;

  public DecisionRules(DecisionProperties properties) {
    this.properties = properties;
  }

  /** A complete, valid RIF pre-decision. */
  public record RifPreDecision(RifDecision decision, BigDecimal reducedAmount, String reason,
      String question) {

    /** The amount the RIF approves: the requested one, or the reduced one. */
    public BigDecimal approvedAmount(BigDecimal requested) {
      return decision == RifDecision.APPROVE_REDUCED ? reducedAmount : requested;
    }
  }

  /** A complete, valid canton decision. */
  public record CantonVerdict(CantonDecision decision, BigDecimal approvedAmount, String reason,
      String comment) {}

  /** Small projects are decided by the RIF alone; the canton is informed. */
  public boolean rifDecidesAlone(BigDecimal requested) {
    return requested.compareTo(properties.smallProjectLimit()) <= 0;
  }

  /** Checks the variables that complete the task rifPreDecision. */
  public RifPreDecision checkRifPreDecision(Map<String, ?> variables, BigDecimal requested,
      String userId) {
    requireUser(userId, RIF_DECISION);
    RifDecision decision = choice(RifDecision.class, variables.get(RIF_DECISION), RIF_DECISION,
        "Bitte wählen Sie einen Vorentscheid: " + labels(RifDecision.values(), RifDecision::label)
            + ".");
    return switch (decision) {
      case APPROVE -> new RifPreDecision(decision, null, null, null);
      case APPROVE_REDUCED -> new RifPreDecision(decision,
          amount(variables.get(RIF_AMOUNT), RIF_AMOUNT, "Der reduzierte Beitrag",
              "den reduzierten Beitrag", requested),
          text(variables.get(RIF_REASON), RIF_REASON, "Bitte begründen Sie die Kürzung."),
          null);
      case REJECT -> new RifPreDecision(decision, null,
          text(variables.get(RIF_REASON), RIF_REASON, "Bitte begründen Sie die Ablehnung."),
          null);
      case REQUEST_INFO -> new RifPreDecision(decision, null, null,
          text(variables.get(RIF_QUESTION), RIF_QUESTION,
              "Bitte formulieren Sie die Frage an die Trägerschaft."));
    };
  }

  /**
   * Checks the variables that complete the task cantonDecision, and the four-eyes principle: who
   * pre-decided a case may not decide it.
   */
  public CantonVerdict checkCantonDecision(Map<String, ?> variables, BigDecimal requested,
      String responsibleOffice, String rifDecidedBy, String userId) {
    requireUser(userId, CANTON_DECISION);
    if (userId.equals(rifDecidedBy)) {
      throw new FormFieldValidationException(CANTON_DECISION, "Vier-Augen-Prinzip: Sie haben"
          + " den Vorentscheid zu diesem Gesuch gefällt und können deshalb nicht auch den"
          + " Entscheid des Kantons fällen. Bitte überlassen Sie diese Aufgabe einer anderen"
          + " Person der Sektion Integration und Beratung.");
    }
    CantonDecision decision = choice(CantonDecision.class, variables.get(CANTON_DECISION),
        CANTON_DECISION,
        "Bitte wählen Sie einen Entscheid: "
            + labels(CantonDecision.values(), CantonDecision::label) + ".");
    return switch (decision) {
      case APPROVED -> new CantonVerdict(decision, amount(variables.get(APPROVED_AMOUNT),
          APPROVED_AMOUNT, "Der bewilligte Beitrag", "den bewilligten Beitrag", requested), null, null);
      case REJECTED -> new CantonVerdict(decision, null, text(variables.get(CANTON_REASON),
          CANTON_REASON, "Bitte begründen Sie die Ablehnung."), null);
      case RETURN_TO_RIF -> {
        if (StaffGroup.CANTON_MIKA.equals(responsibleOffice)) {
          throw new FormFieldValidationException(CANTON_DECISION, "Dieses Gesuch liegt in der"
              + " Zuständigkeit des Kantons; es gibt keine RIF, an die es zurückgewiesen werden"
              + " könnte.");
        }
        yield new CantonVerdict(decision, null, null, text(variables.get(CANTON_COMMENT),
            CANTON_COMMENT, "Bitte schreiben Sie der RIF, was sie prüfen oder ändern soll."));
      }
    };
  }

  private static void requireUser(String userId, String field) {
    if (userId == null || userId.isBlank()) {
      throw new FormFieldValidationException(field,
          "Ein Entscheid kann nur von einer angemeldeten Person erfasst werden.");
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, Object value, String field,
      String message) {
    if (value instanceof String name) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    throw new FormFieldValidationException(field, message);
  }

  private static BigDecimal amount(Object value, String field, String label,
      String labelAccusative, BigDecimal requested) {
    if (value == null || "".equals(value)) {
      throw new FormFieldValidationException(field,
          "Bitte geben Sie " + labelAccusative + " in CHF an.");
    }
    BigDecimal amount = Numbers.decimal(value);
    if (amount == null) {
      throw new FormFieldValidationException(field,
          label + " muss ein Betrag in CHF sein, zum Beispiel 4500 oder 4500.50.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new FormFieldValidationException(field,
          label + " darf höchstens zwei Nachkommastellen haben.");
    }
    if (amount.signum() <= 0) {
      throw new FormFieldValidationException(field, label + " muss grösser als CHF 0.00 sein.");
    }
    if (amount.compareTo(requested) > 0) {
      throw new FormFieldValidationException(field, label + " (" + chf(amount)
          + ") darf den beantragten Beitrag von " + chf(requested) + " nicht übersteigen.");
    }
    return amount.setScale(2);
  }

  private static String text(Object value, String field, String missing) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new FormFieldValidationException(field, missing);
    }
    if (text.length() > MAX_TEXT) {
      throw new FormFieldValidationException(field,
          "Der Text ist zu lang: höchstens " + MAX_TEXT + " Zeichen.");
    }
    return text.strip();
  }

  private static <E> String labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).collect(Collectors.joining(", "));
  }
}
