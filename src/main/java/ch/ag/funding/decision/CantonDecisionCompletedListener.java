package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.APPROVED_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.CANTON_COMMENT;
import static ch.ag.funding.decision.DecisionVariables.CANTON_DECIDED_BY;
import static ch.ag.funding.decision.DecisionVariables.CANTON_REASON;
import static ch.ag.funding.decision.DecisionVariables.RESPONSIBLE_OFFICE;
import static ch.ag.funding.decision.DecisionVariables.RIF_DECIDED_BY;

import ch.ag.funding.decision.DecisionRules.CantonVerdict;
import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.SwissFormat;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "Entscheid Kanton" (cantonDecision), when it is completed: checks the decision and the
 * four-eyes principle (a refusal leaves the task open, see {@link DecisionRules}) and records who
 * made it.
 */
@Component
public class CantonDecisionCompletedListener implements ExecutionListener {

  private final SubmissionService submissions;
  private final DecisionRules rules;
  private final IdentityService identityService;
  private final CaseHistory history;

  public CantonDecisionCompletedListener(SubmissionService submissions, DecisionRules rules,
      IdentityService identityService, CaseHistory history) {
    this.history = history;
    this.submissions = submissions;
    this.rules = rules;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String userId = CurrentUser.id(identityService);
    CantonVerdict verdict = rules.checkCantonDecision(execution.getVariables(),
        submissions.application(execution).requestedAmount(),
        (String) execution.getVariable(RESPONSIBLE_OFFICE),
        (String) execution.getVariable(RIF_DECIDED_BY), userId);
    execution.setVariable(CANTON_DECIDED_BY, userId);
    // the form does not submit hidden fields: what belongs to an earlier decision goes
    execution.removeVariable(APPROVED_AMOUNT);
    execution.removeVariable(CANTON_REASON);
    execution.removeVariable(CANTON_COMMENT);
    switch (verdict.decision()) {
      case APPROVED -> execution.setVariable(APPROVED_AMOUNT,
          verdict.approvedAmount().doubleValue());
      case REJECTED -> execution.setVariable(CANTON_REASON, verdict.reason());
      case RETURN_TO_RIF -> execution.setVariable(CANTON_COMMENT, verdict.comment());
    }
    history.append(execution, "Entscheid Kanton", userId, verdict.decision().label(),
        switch (verdict.decision()) {
          case APPROVED -> SwissFormat.chf(verdict.approvedAmount());
          case REJECTED -> verdict.reason();
          case RETURN_TO_RIF -> verdict.comment();
        });
  }
}
