package ch.ag.funding.decision;

/** The outcomes of the canton's decision ({@code cantonDecision}), with their German labels. */
public enum CantonDecision {
  APPROVED("Bewilligen"),
  REJECTED("Ablehnen"),
  RETURN_TO_RIF("An die RIF zurückweisen");

  private final String label;

  CantonDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
