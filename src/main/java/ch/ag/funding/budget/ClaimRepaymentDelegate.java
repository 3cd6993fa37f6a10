package ch.ag.funding.budget;

import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Rückforderung buchen" (claimRepayment): books the office's claim
 * ({@code clawbackAmount}) and releases what is still reserved, each once.
 */
@Component
public class ClaimRepaymentDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final BudgetService budgets;

  public ClaimRepaymentDelegate(SubmissionService submissions, BudgetService budgets) {
    this.submissions = submissions;
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    BudgetKey budget = CaseBudget.of(execution, submissions.application(execution));
    BigDecimal claim = Numbers.decimal(execution.getVariable(ReportVariables.CLAWBACK_AMOUNT));
    String by = String.valueOf(execution.getCurrentActivityId());
    budgets.book(new BudgetService.BookingRequest(budget, BookingType.REPAYMENT_CLAIM, reference,
        claim, by, reference + "/" + BookingType.REPAYMENT_CLAIM));
    budgets.releaseWhatIsLeft(budget, reference, by);
    execution.setVariable(ReportVariables.REPAYMENT_CLAIM, claim.doubleValue());
    execution.setVariable(ReportVariables.FINAL_PAYMENT, 0.0);
  }
}
