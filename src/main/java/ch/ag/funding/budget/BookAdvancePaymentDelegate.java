package ch.ag.funding.budget;

import ch.ag.funding.agreement.AgreementVariables;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Vorauszahlung buchen" (bookAdvancePayment): books the advance on the case's
 * reservation in the acceptance's transaction, once (idempotent by case).
 */
@Component
public class BookAdvancePaymentDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final BudgetService budgets;

  public BookAdvancePaymentDelegate(SubmissionService submissions, BudgetService budgets) {
    this.submissions = submissions;
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    budgets.book(new BudgetService.BookingRequest(
        CaseBudget.of(execution, submissions.application(execution)),
        BookingType.ADVANCE_PAYMENT, reference,
        Numbers.decimal(execution.getVariable(AgreementVariables.ADVANCE_AMOUNT)),
        String.valueOf(execution.getVariable(AgreementVariables.RECORDED_BY)),
        reference + "/" + BookingType.ADVANCE_PAYMENT));
  }
}
