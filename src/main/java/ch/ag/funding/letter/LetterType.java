package ch.ag.funding.letter;

/**
 * The decision letters the office sends. Each has its own Thymeleaf template under
 * {@code templates/letter/} and a German label, which titles the PDF ({@code Bewilligung
 * SI-2026-0042}) and, spelled in ASCII, names the file ({@code Bewilligung_SI-2026-0042.pdf},
 * {@code Rueckforderung_SI-2026-0042.pdf}), so that an applicant who downloads several letters can
 * tell them apart and no mail client or archive stumbles over an umlaut in a file name.
 */
public enum LetterType {
  /** The grant is approved, possibly reduced; the letter states the contract's main terms. */
  APPROVAL("approval", "Bewilligung"),
  /** The application is turned down, with the deciding office's reason. */
  REJECTION("rejection", "Ablehnung"),
  /** The applicant let the deadline for completing the application pass (Nichteintreten). */
  NOT_ENTERED("not-entered", "Nichteintreten"),
  /**
   * The final settlement (domain.md §4 step 9) after the office accepted the final report, or
   * after it waived the report: a final payment, nothing more, or a repayment claim.
   */
  CLOSURE("closure", "Schlussabrechnung"),
  /** The office claims back (part of) the contribution, with its reason (domain.md §4 step 8). */
  CLAWBACK("clawback", "Rückforderung", "Rueckforderung");

  private final String template;
  private final String label;
  private final String fileStem;

  LetterType(String template, String label) {
    this(template, label, label);
  }

  LetterType(String template, String label, String fileStem) {
    this.template = template;
    this.label = label;
    this.fileStem = fileStem;
  }

  /** The template's name under {@code templates/letter/}, without {@code .html}. */
  public String template() {
    return template;
  }

  /** The German word for the letter, used in its PDF title. */
  public String label() {
    return label;
  }

  /** The label in ASCII (ü as ue), used in the letter's file name. */
  public String fileStem() {
    return fileStem;
  }
}
