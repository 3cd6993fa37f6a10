package ch.ag.funding.payment;

import ch.ag.funding.agreement.AgreementVariables;
import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zahlungsauftrag erstellen" (instructAdvancePayment): records the advance's
 * payment instruction for finance, in its own job after the booking committed.
 */
@Component
public class InstructAdvancePaymentDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final PaymentInstructions payments;

  public InstructAdvancePaymentDelegate(SubmissionService submissions,
      PaymentInstructions payments) {
    this.submissions = submissions;
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = submissions.application(execution);
    payments.instruct(execution.getProcessBusinessKey(), PaymentKind.ADVANCE,
        Numbers.decimal(execution.getVariable(AgreementVariables.ADVANCE_AMOUNT)),
        application.organisationName(), application.iban(), application.projectTitle());
  }
}
