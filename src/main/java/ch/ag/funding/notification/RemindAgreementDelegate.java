package ch.ag.funding.notification;

import ch.ag.funding.agreement.AgreementVariables;
import ch.ag.funding.submission.SubmissionService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Send task "An Annahme erinnern" (remindAgreement): the applicant's mail about the agreement's deadline. */
@Component
public class RemindAgreementDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public RemindAgreementDelegate(SubmissionService submissions, CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.remindOfAgreement(CaseFacts.of(execution, submissions.application(execution)),
        LocalDate.parse((String) execution.getVariable(AgreementVariables.AGREEMENT_DUE)));
  }
}
