package ch.ag.funding.payment;

import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zahlungsauftrag Schlusszahlung" (instructFinalPayment): records the final
 * payment's instruction for finance when there is one to pay, in its own job.
 */
@Component
public class InstructFinalPaymentDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final PaymentInstructions payments;

  public InstructFinalPaymentDelegate(SubmissionService submissions,
      PaymentInstructions payments) {
    this.submissions = submissions;
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal amount = Numbers.decimal(execution.getVariable(ReportVariables.FINAL_PAYMENT));
    if (amount != null && amount.signum() > 0) {
      Application application = submissions.application(execution);
      payments.instruct(execution.getProcessBusinessKey(), PaymentKind.FINAL, amount,
          application.organisationName(), application.iban(), application.projectTitle());
    }
  }
}
