package ch.ag.funding.region;

import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.ApplicationVariables;
import ch.ag.funding.submission.SubmissionService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Zuständigkeit bestimmen" (determineResponsibility). */
@Component
public class DetermineResponsibilityDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final ResponsibilityService responsibilities;

  public DetermineResponsibilityDelegate(SubmissionService submissions,
      ResponsibilityService responsibilities) {
    this.submissions = submissions;
    this.responsibilities = responsibilities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = submissions.application(execution);
    LocalDate submitted = LocalDate.parse(
        (String) execution.getVariable(ApplicationVariables.SUBMISSION_DATE));
    Responsibility responsibility = responsibilities.responsibility(
        application.municipalities(), application.supraRegional(), submitted);
    execution.setVariable("responsibleOffice", responsibility.office());
    execution.setVariable("responsibilityReason", responsibility.reason());
    execution.setVariable("responsibilityWarnings",
        ApplicationVariables.json(responsibility.warnings()));
  }
}
