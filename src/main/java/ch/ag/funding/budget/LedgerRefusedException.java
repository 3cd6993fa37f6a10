package ch.ag.funding.budget;

import ch.ag.funding.system.web.BadRequestException;

/** A booking or budget change the ledger refuses, with a German reason: nothing is stored. */
public class LedgerRefusedException extends BadRequestException {

  public LedgerRefusedException(String message) {
    super(message);
  }
}
