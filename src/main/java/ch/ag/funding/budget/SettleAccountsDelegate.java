package ch.ag.funding.budget;

import ch.ag.funding.reporting.CaseSettlement;
import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.reporting.Settlement;
import ch.ag.funding.submission.SubmissionService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Schlussabrechnung buchen" (settleAccounts): books the {@link Settlement} of the
 * case on its reservation, each booking once (idempotent by case): the final payment, the
 * release of what is not needed, a repayment claim.
 */
@Component
public class SettleAccountsDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final BudgetService budgets;

  public SettleAccountsDelegate(SubmissionService submissions, BudgetService budgets) {
    this.submissions = submissions;
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    BudgetKey budget = CaseBudget.of(execution, submissions.application(execution));
    Settlement settlement = CaseSettlement.of(execution);
    String by = String.valueOf(execution.getVariable(ReportVariables.REVIEWED_BY));
    book(budget, BookingType.FINAL_PAYMENT, reference, settlement.finalPayment(), by,
        reference + "/" + BookingType.FINAL_PAYMENT);
    book(budget, BookingType.RELEASE, reference, settlement.release(), by,
        reference + "/" + BookingType.RELEASE + "/settleAccounts");
    book(budget, BookingType.REPAYMENT_CLAIM, reference, settlement.repaymentClaim(), by,
        reference + "/" + BookingType.REPAYMENT_CLAIM);
    execution.setVariable(ReportVariables.ELIGIBLE_AMOUNT, settlement.eligibleAmount() == null
        ? null : settlement.eligibleAmount().doubleValue());
    execution.setVariable(ReportVariables.FINAL_PAYMENT, settlement.finalPayment().doubleValue());
    execution.setVariable(ReportVariables.REPAYMENT_CLAIM,
        settlement.repaymentClaim().doubleValue());
  }

  private void book(BudgetKey budget, BookingType type, String reference, BigDecimal amount,
      String by, String key) {
    if (amount.signum() > 0) {
      budgets.book(new BudgetService.BookingRequest(budget, type, reference, amount, by, key));
    }
  }
}
