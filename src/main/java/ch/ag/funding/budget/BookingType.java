package ch.ag.funding.budget;

/** The kinds of bookings in the ledger (domain.md §7 "Money"). */
public enum BookingType {
  /** Money promised to an approved case: lowers the available amount. */
  RESERVATION,
  /** Part of a reservation that is not needed (reduced, withdrawn, cheaper): back to available. */
  RELEASE,
  /** A payment that draws on the case's reservation. */
  ADVANCE_PAYMENT,
  /** A payment that draws on the case's reservation. */
  FINAL_PAYMENT,
  /** Money the applicant owes back: no effect until it is received. */
  REPAYMENT_CLAIM,
  /** Money paid back: available again. */
  REPAYMENT_RECEIVED
}
