package ch.ag.funding.notification;

import ch.ag.funding.letter.LetterFacts;
import ch.ag.funding.letter.LetterType;
import ch.ag.funding.reporting.CaseSettlement;
import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Rückforderung mitteilen" (sendClawbackLetter): the clawback letter with the office's
 * reason and its mail, in the task's own job after the claim was booked. The reason is the
 * review's comment, or the reason given when the report was still missing.
 */
@Component
public class SendClawbackLetterDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final DecisionLetters letters;

  public SendClawbackLetterDelegate(SubmissionService submissions, DecisionLetters letters) {
    this.submissions = submissions;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = "CLAWBACK".equals(execution.getVariable(ReportVariables.REVIEW))
        ? execution.getVariable(ReportVariables.REVIEW_COMMENT)
        : execution.getVariable(ReportVariables.CLAWBACK_REASON);
    BigDecimal claim = Numbers.decimal(execution.getVariable(ReportVariables.CLAWBACK_AMOUNT));
    letters.sendSettlement(CaseFacts.of(execution, submissions.application(execution)),
        LetterType.CLAWBACK, new LetterFacts.Settlement(null, null, null,
            CaseSettlement.advancePaid(execution), BigDecimal.ZERO, claim, false),
        (String) reason);
  }
}
