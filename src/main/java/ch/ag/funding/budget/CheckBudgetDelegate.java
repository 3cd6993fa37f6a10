package ch.ag.funding.budget;

import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Budget prüfen" (checkBudget): the responsible office's budget for the case's
 * money source in the year of the project start.
 */
@Component
class CheckBudgetDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final BudgetCheckService budgetChecks;

  CheckBudgetDelegate(SubmissionService submissions, BudgetCheckService budgetChecks) {
    this.submissions = submissions;
    this.budgetChecks = budgetChecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = submissions.application(execution);
    BudgetKey budget = new BudgetKey((String) execution.getVariable("responsibleOffice"),
        application.projectStart().getYear(), application.fundingSource());
    BudgetCheck check = budgetChecks.check(budget, application.requestedAmount(),
        application.totalCost());
    execution.setVariable("budgetAvailable", check.available().doubleValue());
    execution.setVariable("budgetSufficient", check.sufficient());
    execution.setVariable("budgetSummary", check.summary());
  }
}
