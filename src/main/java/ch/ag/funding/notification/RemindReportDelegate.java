package ch.ag.funding.notification;

import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.submission.SubmissionService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Send task "An Bericht erinnern" (remindReport): the applicant's mail about the report due. */
@Component
public class RemindReportDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public RemindReportDelegate(SubmissionService submissions, CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.aboutReport(CaseFacts.of(execution, submissions.application(execution)),
        MailOutbox.Purpose.REPORT_REMINDER,
        (String) execution.getVariable(ReportVariables.KIND_LABEL),
        LocalDate.parse((String) execution.getVariable(ReportVariables.DUE_DATE)),
        null);
  }
}
