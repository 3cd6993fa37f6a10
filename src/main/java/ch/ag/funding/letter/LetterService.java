package ch.ag.funding.letter;

import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Renders the official decision letters (approval, rejection, not entered into) as PDF. The
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
   *     without its amount or terms)
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
    return new Letter(type.label() + "_" + safeForFileName(facts.reference()) + ".pdf", bytes);
  }

  private static void requireFactsFor(LetterType type, LetterFacts facts) {
    if (type == LetterType.APPROVAL && (facts.approvedAmount() == null || facts.terms() == null)) {
      throw new IllegalArgumentException(
          "An approval letter needs the approved amount and the terms: " + facts.reference());
    }
  }

  /** References are {@code SI-2026-0042}; anything else is kept out of the file name. */
  private static String safeForFileName(String reference) {
    return reference.replaceAll("[^A-Za-z0-9-]", "_");
  }
}
