package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.APPROVED_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.CANTON_COMMENT;
import static ch.ag.funding.decision.DecisionVariables.RIF_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.RIF_DECIDED_BY;
import static ch.ag.funding.decision.DecisionVariables.RIF_QUESTION;
import static ch.ag.funding.decision.DecisionVariables.RIF_REASON;

import ch.ag.funding.decision.DecisionRules.RifPreDecision;
import ch.ag.funding.submission.SubmissionService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "Vorentscheid" (rifPreDecision), when it is completed: checks the pre-decision (a refusal
 * leaves the task open, see {@link DecisionRules}) and records who made it; variables of an
 * earlier round that do not belong to this decision (amount, reason, the canton's comment) go. When the RIF decides
 * alone (small projects), its approval sets {@code approvedAmount}.
 */
@Component
public class RifPreDecisionCompletedListener implements ExecutionListener {

  private final SubmissionService submissions;
  private final DecisionRules rules;
  private final IdentityService identityService;
  private final CaseHistory history;

  public RifPreDecisionCompletedListener(SubmissionService submissions, DecisionRules rules,
      IdentityService identityService, CaseHistory history) {
    this.submissions = submissions;
    this.rules = rules;
    this.identityService = identityService;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String userId = CurrentUser.id(identityService);
    BigDecimal requested = submissions.application(execution).requestedAmount();
    RifPreDecision decision = rules.checkRifPreDecision(execution.getVariables(), requested,
        userId);
    execution.setVariable(RIF_DECIDED_BY, userId);
    // the form does not submit hidden fields: what belongs to an earlier decision goes
    execution.removeVariable(RIF_AMOUNT);
    execution.removeVariable(RIF_REASON);
    execution.removeVariable(CANTON_COMMENT);
    switch (decision.decision()) {
      case APPROVE_REDUCED -> {
        execution.setVariable(RIF_AMOUNT, decision.reducedAmount().doubleValue());
        execution.setVariable(RIF_REASON, decision.reason());
      }
      case REJECT -> execution.setVariable(RIF_REASON, decision.reason());
      case REQUEST_INFO -> execution.setVariable(RIF_QUESTION, decision.question());
      case APPROVE -> {
        // nothing more to record
      }
    }
    history.append(execution, "Vorentscheid", userId, decision.decision().label(),
        decision.decision() == RifDecision.REQUEST_INFO ? decision.question()
            : decision.reason());
    if (decision.decision().approves() && rules.rifDecidesAlone(requested)) {
      execution.setVariable(APPROVED_AMOUNT, decision.approvedAmount(requested).doubleValue());
    }
  }
}
