package ch.ag.funding.letter;

/**
 * The decision letters the office sends. Each has its own Thymeleaf template under
 * {@code templates/letter/} and a German label, which names the file ({@code
 * Bewilligung_SI-2026-0042.pdf}) and titles the PDF ({@code Bewilligung SI-2026-0042}), so that an
 * applicant who downloads several letters can tell them apart.
 */
public enum LetterType {
  /** The grant is approved, possibly reduced; the letter states the contract's main terms. */
  APPROVAL("approval", "Bewilligung"),
  /** The application is turned down, with the deciding office's reason. */
  REJECTION("rejection", "Ablehnung"),
  /** The applicant let the deadline for completing the application pass (Nichteintreten). */
  NOT_ENTERED("not-entered", "Nichteintreten");

  private final String template;
  private final String label;

  LetterType(String template, String label) {
    this.template = template;
    this.label = label;
  }

  /** The template's name under {@code templates/letter/}, without {@code .html}. */
  public String template() {
    return template;
  }

  /** The German word for the letter, used in its file name and its PDF title. */
  public String label() {
    return label;
  }
}
