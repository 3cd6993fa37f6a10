package ch.ag.funding.decision;

import ch.ag.funding.notification.CaseFacts;
import ch.ag.funding.notification.CaseNotifications;
import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Kanton informieren" (informCanton): a RIF has approved a small project alone, and
 * the canton is told by mail. Runs in its own job after the decision's transaction.
 */
@Component
public class InformCantonDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public InformCantonDelegate(SubmissionService submissions, CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.informCanton(CaseFacts.of(execution, submissions.application(execution)));
  }
}
