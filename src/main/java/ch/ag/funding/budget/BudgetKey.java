package ch.ag.funding.budget;

import ch.ag.funding.submission.Application.FundingSource;

/**
 * Which budget: an office (a RIF id or canton-mika), a year and a money source. The responsible
 * office's budget is charged, for the case's source, in the year of the project start.
 */
public record BudgetKey(String office, int year, FundingSource source) {

  @Override
  public String toString() {
    return office + " " + source + " " + year;
  }
}
