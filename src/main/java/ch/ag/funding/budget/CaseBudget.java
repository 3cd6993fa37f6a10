package ch.ag.funding.budget;

import ch.ag.funding.submission.Application;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The budget a case is charged to (domain.md §7 "Money"): the responsible office's, for the
 * case's money source, in the year of the project start.
 */
final class CaseBudget {

  private CaseBudget() {}

  static BudgetKey of(DelegateExecution execution, Application application) {
    return new BudgetKey((String) execution.getVariable("responsibleOffice"),
        application.projectStart().getYear(), application.fundingSource());
  }
}
