package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.CANTON_DECISION;
import static ch.ag.funding.decision.DecisionVariables.RESERVATION_REFUSAL;
import static ch.ag.funding.decision.DecisionVariables.RESPONSIBLE_OFFICE;
import static ch.ag.funding.decision.DecisionVariables.RIF_DECISION;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.system.Numbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The conditions of the decision phase's gateways in {@code fundingApplication}, named after
 * what they ask, so that the model reads like the rules and the rules live in
 * {@link DecisionRules}.
 */
@Component
public class DecisionRoutes {

  private final DecisionRules rules;

  public DecisionRoutes(DecisionRules rules) {
    this.rules = rules;
  }

  /**
   * Who decides next, after the budget check: the canton for its own cases (outside every RIF,
   * several RIF, supra-regional: no RIF step), and again when the reservation of its approval was
   * refused; else the RIF.
   */
  public boolean cantonDecidesNext(DelegateExecution execution) {
    return StaffGroup.CANTON_MIKA.equals(execution.getVariable(RESPONSIBLE_OFFICE))
        || (execution.getVariable(RESERVATION_REFUSAL) != null && decidedByCanton(execution));
  }

  public boolean informationRequested(DelegateExecution execution) {
    return rifDecision(execution) == RifDecision.REQUEST_INFO;
  }

  /** A small project approved by its RIF, which decides alone. */
  public boolean rifApprovesAlone(DelegateExecution execution) {
    return rifDecidesAlone(execution) && rifDecision(execution).approves();
  }

  /** A small project rejected by its RIF, which decides alone. */
  public boolean rifRejectsAlone(DelegateExecution execution) {
    return rifDecidesAlone(execution) && rifDecision(execution) == RifDecision.REJECT;
  }

  /** A larger project: the RIF's pre-decision, whatever it is, goes on to the canton. */
  public boolean cantonDecides(DelegateExecution execution) {
    return !informationRequested(execution) && !rifDecidesAlone(execution);
  }

  /** Whether the canton made the last decision (else the RIF decided alone). */
  public boolean decidedByCanton(DelegateExecution execution) {
    return CantonDecision.APPROVED.name().equals(execution.getVariable(CANTON_DECISION));
  }

  /** From the variable as stored: the application was validated when it was stored. */
  private boolean rifDecidesAlone(DelegateExecution execution) {
    return rules.rifDecidesAlone(Numbers.decimal(execution.getVariable("requestedAmount")));
  }

  private static RifDecision rifDecision(DelegateExecution execution) {
    return RifDecision.valueOf((String) execution.getVariable(RIF_DECISION));
  }
}
