package ch.ag.funding.agreement;

import static ch.ag.funding.agreement.AgreementVariables.ADVANCE_AMOUNT;
import static ch.ag.funding.agreement.AgreementVariables.ADVANCE_PERCENT;
import static ch.ag.funding.agreement.AgreementVariables.AGREEMENT_DUE;
import static ch.ag.funding.agreement.AgreementVariables.FINAL_REPORT_DUE;
import static ch.ag.funding.agreement.AgreementVariables.INTERIM_REPORT_DUE;

import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import ch.ag.funding.system.SwissFormat;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "acceptAgreement", when it starts: the agreement's terms as the form shows them (the
 * advance, the report deadlines, the acceptance deadline), from {@link AgreementTerms}.
 */
@Component
public class PrepareAgreementListener implements ExecutionListener {

  private final SubmissionService submissions;
  private final AgreementTerms terms;
  private final AgreementDeadlines deadlines;

  public PrepareAgreementListener(SubmissionService submissions, AgreementTerms terms,
      AgreementDeadlines deadlines) {
    this.submissions = submissions;
    this.terms = terms;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Application application = submissions.application(execution);
    AgreementTerms.Terms agreed = terms.of(
        Numbers.decimal(execution.getVariable("approvedAmount")), application.projectStart(),
        application.projectEnd());
    execution.setVariable(ADVANCE_PERCENT, agreed.advancePercent());
    execution.setVariable(ADVANCE_AMOUNT, agreed.advanceAmount().doubleValue());
    execution.setVariable(FINAL_REPORT_DUE, agreed.finalReportDue().toString());
    if (agreed.interimReportDue() == null) {
      execution.removeVariable(INTERIM_REPORT_DUE);
    } else {
      execution.setVariable(INTERIM_REPORT_DUE, agreed.interimReportDue().toString());
    }
    execution.setVariable(AGREEMENT_DUE, LocalDate.ofInstant(
        deadlines.acceptanceDue().toInstant(), SwissFormat.ZONE).toString());
  }
}
