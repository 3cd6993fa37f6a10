package ch.ag.funding.payment;

/** The payments of a case: each is instructed once. */
public enum PaymentKind {
  ADVANCE("Vorauszahlung"),
  FINAL("Schlusszahlung");

  private final String label;

  PaymentKind(String label) {
    this.label = label;
  }

  /** The German name, as the payment's purpose on the applicant's statement says it. */
  public String label() {
    return label;
  }
}
