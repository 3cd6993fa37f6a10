package ch.ag.funding.reporting;

import org.camunda.bpm.engine.IdentityService;
import ch.ag.funding.decision.CaseHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task "reviewReport", when it is completed: the review is checked ({@link ReportRules}) and
 * whoever completed it recorded.
 */
@Component
public class ReportReviewedListener implements ExecutionListener {

  private final ReportRules rules;
  private final IdentityService identityService;
  private final CaseHistory history;

  public ReportReviewedListener(ReportRules rules, IdentityService identityService,
      CaseHistory history) {
    this.rules = rules;
    this.identityService = identityService;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    rules.checkReview(execution, CaseSettlement.advancePaid(execution));
    Authentication user = identityService.getCurrentAuthentication();
    execution.setVariable(ReportVariables.REVIEWED_BY, user == null ? null : user.getUserId());
    history.append(execution, execution.getVariable(ReportVariables.KIND_LABEL) + " geprüft",
        user == null ? null : user.getUserId(), switch ((String) execution.getVariable(
            ReportVariables.REVIEW)) {
          case "ACCEPT" -> "angenommen";
          case "REQUEST_CHANGES" -> "Ergänzungen verlangt";
          default -> "Beitrag zurückgefordert";
        }, (String) execution.getVariable(ReportVariables.REVIEW_COMMENT));
  }
}
