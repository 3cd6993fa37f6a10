package ch.ag.funding.notification;

import ch.ag.funding.reporting.ReportVariables;
import ch.ag.funding.submission.SubmissionService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Send task "Eingang bestätigen" (confirmReport): the applicant's mail about the report due. */
@Component
public class ConfirmReportDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public ConfirmReportDelegate(SubmissionService submissions, CaseNotifications notifications) {
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.aboutReport(CaseFacts.of(execution, submissions.application(execution)),
        MailOutbox.Purpose.REPORT_RECEIVED,
        (String) execution.getVariable(ReportVariables.KIND_LABEL),
        LocalDate.parse((String) execution.getVariable(ReportVariables.DUE_DATE)),
        null);
  }
}
