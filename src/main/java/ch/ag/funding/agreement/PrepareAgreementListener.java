package ch.ag.funding.agreement;

import static ch.ag.funding.agreement.AgreementVariables.ADVANCE_AMOUNT;
import static ch.ag.funding.agreement.AgreementVariables.ADVANCE_PERCENT;
import static ch.ag.funding.agreement.AgreementVariables.AGREEMENT_DUE;

import ch.ag.funding.submission.SubmissionService;
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
    AgreementTerms.Terms agreed = terms.ofCase(execution, submissions.application(execution));
    execution.setVariable(ADVANCE_PERCENT, agreed.advancePercent());
    execution.setVariable(ADVANCE_AMOUNT, agreed.advanceAmount().doubleValue());
    terms.recordReportDeadlines(execution, agreed);
    execution.setVariable(AGREEMENT_DUE, LocalDate.ofInstant(
        deadlines.acceptanceDue().toInstant(), SwissFormat.ZONE).toString());
  }
}
