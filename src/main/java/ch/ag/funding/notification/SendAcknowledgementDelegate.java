package ch.ag.funding.notification;

import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task "Eingangsbestätigung senden" (sendAcknowledgement), in the submission's transaction:
 * registers the status link the portal handed over (or issues one for an application entered by
 * staff) and queues the acknowledgement with it.
 */
@Component
public class SendAcknowledgementDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final StatusLinks statusLinks;
  private final CaseNotifications notifications;

  public SendAcknowledgementDelegate(SubmissionService submissions, StatusLinks statusLinks,
      CaseNotifications notifications) {
    this.submissions = submissions;
    this.statusLinks = statusLinks;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = CaseFacts.of(execution, submissions.application(execution));
    String token = SubmissionService.statusToken(execution);
    notifications.acknowledge(facts, token == null ? null
        : statusLinks.register(facts.reference(), facts.processInstanceId(), token));
  }
}
