package ch.ag.funding.budget;

import ch.ag.funding.submission.SubmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Reservation freigeben" (releaseReservation): what is still reserved for the case
 * goes back to the office's budget, once (idempotent by the step that releases).
 */
@Component
public class ReleaseReservationDelegate implements JavaDelegate {

  private final SubmissionService submissions;
  private final BudgetService budgets;

  public ReleaseReservationDelegate(SubmissionService submissions, BudgetService budgets) {
    this.submissions = submissions;
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    budgets.releaseWhatIsLeft(CaseBudget.of(execution, submissions.application(execution)),
        execution.getProcessBusinessKey(), execution.getCurrentActivityId());
  }
}
