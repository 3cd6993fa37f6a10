package ch.ag.funding.notification;

import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Ergänzung anfordern" (requestCompletion): asks the applicant to complete the
 * application or to answer the office's question, with the deadline of the task that follows.
 */
@Component
public class RequestCompletionDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public RequestCompletionDelegate(SubmissionService submissions, CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.requestCompletion(
        CaseFacts.of(execution, submissions.application(execution)));
  }
}
