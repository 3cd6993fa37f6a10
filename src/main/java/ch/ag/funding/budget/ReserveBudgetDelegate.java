package ch.ag.funding.budget;

import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Beitrag reservieren" (reserveBudget): reserves the approved amount on the
 * responsible office's budget for the case's money source in the year of the project start, in
 * the decision's transaction. A refusal (the budget was spent meanwhile) is the BPMN error
 * {@value #BUDGET_REFUSED}: the case goes back to the deciding office with the German reason in
 * {@code reservationRefusal}, not to an incident.
 */
@Component
public class ReserveBudgetDelegate implements JavaDelegate {

  static final String BUDGET_REFUSED = "BUDGET_REFUSED";

  private final SubmissionService submissions;
  private final BudgetService budgets;

  public ReserveBudgetDelegate(SubmissionService submissions, BudgetService budgets) {
    this.submissions = submissions;
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = submissions.application(execution);
    String reference = execution.getProcessBusinessKey();
    BudgetKey budget = CaseBudget.of(execution, application);
    BigDecimal amount = Numbers.decimal(execution.getVariable("approvedAmount"));
    Object decidedBy = execution.getVariable("cantonDecidedBy") != null
        ? execution.getVariable("cantonDecidedBy") : execution.getVariable("rifDecidedBy");
    try {
      budgets.book(new BudgetService.BookingRequest(budget, BookingType.RESERVATION, reference,
          amount, String.valueOf(decidedBy), reference + "/" + BookingType.RESERVATION));
      execution.removeVariable("reservationRefusal");
    } catch (LedgerRefusedException refused) {
      String reason = "Die Reservation des bewilligten Beitrags wurde abgelehnt: "
          + refused.getMessage() + " Bitte entscheiden Sie erneut, zum Beispiel mit einem"
          + " tieferen Beitrag.";
      execution.setVariable("reservationRefusal", reason);
      throw new BpmnError(BUDGET_REFUSED, reason);
    }
  }
}
