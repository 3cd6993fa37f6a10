package ch.ag.funding.letter;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Renders the official decision letters (approval, rejection, not entered into, the final
 * settlement and the clawback) as PDF. The
 * caller passes the facts; the German wording lives in the templates under {@code
 * templates/letter/}, and the sender in {@link LetterProperties}, so that the office can revise a
 * letter without touching Java. Rendering takes a moment and reads no database: call it from a
 * job after the decision's transaction (domain.md §7), never inside it.
 */
@Service
public class LetterService {

  private final LetterProperties sender;
  private final LetterTemplates templates = new LetterTemplates();
  private final PdfRenderer pdf = new PdfRenderer();
  private final LetterFormat format = new LetterFormat();

  public LetterService(LetterProperties sender) {
    this.sender = sender;
  }

  /**
   * The letter of the given type for one application.
   *
   * @throws IllegalArgumentException if the facts lack what this letter must state (an approval
   *     without its amount or terms, a closure or a clawback without its settlement, a clawback
   *     without its reason), or if the settlement's amounts do not add up
   */
  public Letter render(LetterType type, LetterFacts facts) {
    requireFactsFor(type, facts);
    String title = type.label() + " " + facts.reference();
    String html = templates.render(type, Map.of(
        "facts", facts,
        "sender", sender,
        "format", format,
        "title", title));
    byte[] bytes = pdf.render(html, title, sender.office());
    return new Letter(type.fileStem() + "_" + safeForFileName(facts.reference()) + ".pdf", bytes);
  }

  private static void requireFactsFor(LetterType type, LetterFacts facts) {
    switch (type) {
      case APPROVAL -> {
        if (facts.approvedAmount() == null || facts.terms() == null) {
          throw refused("An approval letter needs the approved amount and the terms", facts);
        }
      }
      case CLOSURE -> requireClosureFacts(facts);
      case CLAWBACK -> requireClawbackFacts(facts);
      case REJECTION, NOT_ENTERED -> { }
    }
  }

  /** Either the report's figures adding up to the payment or claim, or a waiver without either. */
  private static void requireClosureFacts(LetterFacts facts) {
    LetterFacts.Settlement settlement = facts.settlement();
    if (settlement == null || facts.approvedAmount() == null) {
      throw refused("A closure letter needs the approved amount and the settlement", facts);
    }
    if (settlement.reportWaived()) {
      if (settlement.isFinalPaymentDue() || settlement.isRepaymentClaimed()) {
        throw refused("A closure with the report waived neither pays nor claims back", facts);
      }
      return;
    }
    if (settlement.actualCosts() == null || settlement.eligibleAmount() == null) {
      throw refused("A closure letter needs the actual costs and the eligible amount", facts);
    }
    BigDecimal owed = settlement.eligibleAmount().subtract(settlement.advancePaid());
    BigDecimal settled = settlement.finalPayment().subtract(settlement.repaymentClaim());
    if (owed.compareTo(settled) != 0) {
      throw refused("The settlement does not add up: eligible amount "
          + settlement.eligibleAmount() + " less advance " + settlement.advancePaid() + " is not "
          + "final payment " + settlement.finalPayment() + " less claim "
          + settlement.repaymentClaim(), facts);
    }
  }

  private static void requireClawbackFacts(LetterFacts facts) {
    LetterFacts.Settlement settlement = facts.settlement();
    if (settlement == null || facts.approvedAmount() == null) {
      throw refused("A clawback letter needs the approved amount and the settlement", facts);
    }
    if (facts.reason() == null || facts.reason().isBlank()) {
      throw refused("A clawback letter needs the reason", facts);
    }
    if (!settlement.isRepaymentClaimed() || settlement.isFinalPaymentDue()) {
      throw refused("A clawback letter claims an amount back and pays nothing", facts);
    }
    if (settlement.repaymentClaim().compareTo(settlement.advancePaid()) > 0) {
      throw refused("A clawback letter claims back at most what was paid", facts);
    }
  }

  private static IllegalArgumentException refused(String why, LetterFacts facts) {
    return new IllegalArgumentException(why + ": " + facts.reference());
  }

  /** References are {@code SI-2026-0042}; anything else is kept out of the file name. */
  private static String safeForFileName(String reference) {
    return reference.replaceAll("[^A-Za-z0-9-]", "_");
  }
}
