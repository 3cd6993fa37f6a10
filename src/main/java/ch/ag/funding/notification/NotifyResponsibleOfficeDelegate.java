package ch.ag.funding.notification;

import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Zuständige Stelle informieren" (notifyResponsibleOffice): tells the responsible
 * office of the new case. The task runs again after each completion of the application; the
 * office hears of its case once.
 */
@Component
public class NotifyResponsibleOfficeDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public NotifyResponsibleOfficeDelegate(SubmissionService submissions,
      CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.notifyResponsibleOffice(
        CaseFacts.of(execution, submissions.application(execution)));
  }
}
