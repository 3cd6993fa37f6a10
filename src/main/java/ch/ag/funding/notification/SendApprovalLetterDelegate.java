package ch.ag.funding.notification;

import ch.ag.funding.letter.LetterType;
import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Bewilligung mitteilen" (sendApprovalLetter): the letter and its mail to the applicant, in the task's own
 * job after the step that decided.
 */
@Component
public class SendApprovalLetterDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final DecisionLetters letters;

  public SendApprovalLetterDelegate(SubmissionService submissions, DecisionLetters letters) {
    this.submissions = submissions;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(CaseFacts.of(execution, submissions.application(execution)),
        LetterType.APPROVAL);
  }
}
