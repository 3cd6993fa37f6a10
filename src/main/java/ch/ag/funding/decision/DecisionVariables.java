package ch.ag.funding.decision;

/** Names of the process variables of the decision phase (domain.md §6 and §7). */
public final class DecisionVariables {

  public static final String RESPONSIBLE_OFFICE = "responsibleOffice";
  public static final String RIF_DECISION = "rifDecision";
  public static final String RIF_AMOUNT = "rifAmount";
  public static final String RIF_REASON = "rifReason";
  public static final String RIF_QUESTION = "rifQuestion";
  public static final String RIF_DECIDED_BY = "rifDecidedBy";
  public static final String CANTON_DECISION = "cantonDecision";
  public static final String CANTON_REASON = "cantonReason";
  public static final String CANTON_COMMENT = "cantonComment";
  public static final String CANTON_DECIDED_BY = "cantonDecidedBy";
  public static final String APPROVED_AMOUNT = "approvedAmount";
  public static final String RESERVATION_REFUSAL = "reservationRefusal";
  public static final String OUTCOME = "outcome";

  private DecisionVariables() {}
}
