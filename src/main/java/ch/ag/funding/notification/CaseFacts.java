package ch.ag.funding.notification;

import ch.ag.funding.decision.DecisionVariables;
import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.ApplicationVariables;
import ch.ag.funding.submission.CompletionRequests;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What the mails and letters of a case say about it, read from the process variables in this one
 * place (domain.md §6 and §7), so that the delegates stay thin.
 *
 * @param formalProblems the open points of the formal check, empty when complete
 * @param completionDue the deadline of the open completion request, if any
 * @param decisionReason the reason given with the deciding office's decision, if any
 * @param decidedByCanton whether the canton (rather than a RIF alone) took the decision
 * @param finalPayment the settlement's final payment, zero before the settlement
 * @param repaymentClaim what the applicant owes back, zero unless claimed
 */
public record CaseFacts(
    String reference,
    String processInstanceId,
    Application application,
    LocalDate submissionDate,
    String responsibleOffice,
    String responsibilityReason,
    List<String> formalProblems,
    boolean questionAsked,
    String question,
    Date completionDue,
    BigDecimal approvedAmount,
    String decisionReason,
    boolean decidedByCanton,
    String decidedBy,
    BigDecimal finalPayment,
    BigDecimal repaymentClaim) {

  public static CaseFacts of(DelegateExecution execution, Application application) {
    boolean byCanton = execution.getVariable(DecisionVariables.CANTON_DECISION) != null;
    String reason = (String) execution.getVariable(
        byCanton ? DecisionVariables.CANTON_REASON : DecisionVariables.RIF_REASON);
    Object submitted = execution.getVariable(ApplicationVariables.SUBMISSION_DATE);
    Object approved = execution.getVariable(DecisionVariables.APPROVED_AMOUNT);
    return new CaseFacts(
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        application,
        submitted == null ? null : LocalDate.parse(submitted.toString()),
        (String) execution.getVariable(DecisionVariables.RESPONSIBLE_OFFICE),
        (String) execution.getVariable("responsibilityReason"),
        strings(execution.getVariable("formalProblems")),
        CompletionRequests.answersQuestion(execution.getVariable(CompletionRequests.PURPOSE)),
        (String) execution.getVariable(DecisionVariables.RIF_QUESTION),
        (Date) execution.getVariable("completionDueDate"),
        approved == null ? null : Numbers.decimal(approved),
        reason,
        byCanton,
        (String) execution.getVariable(byCanton ? DecisionVariables.CANTON_DECIDED_BY
            : DecisionVariables.RIF_DECIDED_BY),
        amount(execution.getVariable("finalPayment")),
        amount(execution.getVariable("repaymentClaim")));
  }

  private static BigDecimal amount(Object value) {
    BigDecimal amount = value == null ? null : Numbers.decimal(value);
    return amount == null ? BigDecimal.ZERO : amount;
  }

  private static List<String> strings(Object json) {
    List<String> strings = new ArrayList<>();
    if (json instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(element -> strings.add(element.stringValue()));
    }
    return strings;
  }
}
