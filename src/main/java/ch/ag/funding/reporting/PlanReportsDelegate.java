package ch.ag.funding.reporting;

import ch.ag.funding.agreement.AgreementTerms;
import ch.ag.funding.submission.SubmissionService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Berichtsfrist festlegen" (planReports): the interim report first, if the project
 * runs past a 31 December and it is not yet done, else the final report; the deadlines from the
 * current project end ({@link AgreementTerms}), so that a changed end moves them.
 */
@Component
public class PlanReportsDelegate implements JavaDelegate {

  /** What an earlier round decided; a new report starts without it. */
  private static final List<String> EARLIER_ROUND = List.of(ReportVariables.REVIEW,
      ReportVariables.REVIEW_COMMENT, ReportVariables.CLAWBACK_DECISION,
      ReportVariables.EXTENDED_DUE_DATE, ReportVariables.CLAWBACK_REASON,
      ReportVariables.CLAWBACK_AMOUNT, ReportVariables.WAIVED);

  private final SubmissionService submissions;
  private final AgreementTerms terms;
  private final ReportDeadlines deadlines;

  public PlanReportsDelegate(SubmissionService submissions, AgreementTerms terms,
      ReportDeadlines deadlines) {
    this.submissions = submissions;
    this.terms = terms;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AgreementTerms.Terms agreed = terms.ofCase(execution, submissions.application(execution));
    terms.recordReportDeadlines(execution, agreed);
    EARLIER_ROUND.forEach(execution::removeVariable);
    boolean interimDone = Boolean.TRUE.equals(execution.getVariable(ReportVariables.INTERIM_DONE));
    if (agreed.interimReportDue() != null && !interimDone) {
      deadlines.plan(execution, ReportKind.INTERIM, agreed.interimReportDue());
    } else {
      deadlines.plan(execution, ReportKind.FINAL, agreed.finalReportDue());
    }
  }
}
