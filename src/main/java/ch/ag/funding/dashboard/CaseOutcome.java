package ch.ag.funding.dashboard;

/** The {@code outcome} of an ended case (domain.md §6) and its German label. */
enum CaseOutcome {

  APPROVED("bewilligt"),
  REJECTED("abgelehnt"),
  NOT_ENTERED("nicht eingetreten"),
  WITHDRAWN("zurückgezogen"),
  CLOSED("abgeschlossen"),
  CLAWBACK("zurückgefordert");

  private final String label;

  CaseOutcome(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
