package ch.ag.funding.notification;

import ch.ag.funding.letter.LetterFacts;
import ch.ag.funding.letter.LetterType;
import ch.ag.funding.reporting.CaseSettlement;
import ch.ag.funding.reporting.Settlement;
import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Schlussabrechnung mitteilen" (sendSettlementLetter): the settlement letter and its
 * mail, in the task's own job after the settlement was booked.
 */
@Component
public class SendSettlementLetterDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final DecisionLetters letters;

  public SendSettlementLetterDelegate(SubmissionService submissions, DecisionLetters letters) {
    this.submissions = submissions;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Settlement settlement = CaseSettlement.of(execution);
    boolean waived = settlement.eligibleAmount() == null;
    letters.sendSettlement(CaseFacts.of(execution, submissions.application(execution)),
        LetterType.CLOSURE, new LetterFacts.Settlement(settlement.actualCosts(),
            settlement.actualIncome(), settlement.eligibleAmount(), settlement.advancePaid(),
            settlement.finalPayment(), settlement.repaymentClaim(), waived), null);
  }
}
