package ch.ag.funding.decision;

/** The outcomes of the RIF's pre-decision ({@code rifDecision}), with their German labels. */
public enum RifDecision {
  APPROVE("Bewilligen"),
  APPROVE_REDUCED("Mit reduziertem Beitrag bewilligen"),
  REJECT("Ablehnen"),
  REQUEST_INFO("Rückfrage an die Trägerschaft");

  private final String label;

  RifDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean approves() {
    return this == APPROVE || this == APPROVE_REDUCED;
  }
}
