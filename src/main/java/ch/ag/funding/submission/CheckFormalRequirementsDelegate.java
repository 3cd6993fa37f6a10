package ch.ag.funding.submission;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Formelle Prüfung" (checkFormalRequirements). */
@Component
class CheckFormalRequirementsDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final FormalCheck formalCheck;

  CheckFormalRequirementsDelegate(SubmissionService submissions, FormalCheck formalCheck) {
    this.submissions = submissions;
    this.formalCheck = formalCheck;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate submissionDate = LocalDate.parse(
        (String) execution.getVariable(ApplicationVariables.SUBMISSION_DATE));
    FormalCheck.Result result = formalCheck.check(submissions.application(execution),
        submissionDate);
    execution.setVariable("formalProblems", ApplicationVariables.json(result.problems()));
    execution.setVariable("formalWarnings", ApplicationVariables.json(result.warnings()));
    execution.setVariable("formallyComplete", result.complete());
    if (!result.complete()) {
      execution.setVariable("completionDueDate", Date.from(formalCheck.completionDeadline()));
    }
  }
}
