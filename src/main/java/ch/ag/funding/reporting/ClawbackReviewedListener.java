package ch.ag.funding.reporting;

import ch.ag.funding.system.SwissFormat;
import java.time.Clock;
import java.time.LocalDate;
import ch.ag.funding.decision.CaseHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Task "reviewClawback", when it is completed: the decision is checked ({@link ReportRules}). */
@Component
public class ClawbackReviewedListener implements ExecutionListener {

  private final ReportRules rules;
  private final Clock clock;
  private final CaseHistory history;

  public ClawbackReviewedListener(ReportRules rules, Clock clock, CaseHistory history) {
    this.rules = rules;
    this.clock = clock;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    rules.checkClawbackReview(execution, CaseSettlement.advancePaid(execution),
        LocalDate.now(clock.withZone(SwissFormat.ZONE)));
    history.append(execution, "Fehlender Bericht", null, switch ((String) execution
        .getVariable(ReportVariables.CLAWBACK_DECISION)) {
          case "EXTEND" -> "Frist verlängert bis " + SwissFormat.date(LocalDate.parse(
              (String) execution.getVariable(ReportVariables.EXTENDED_DUE_DATE)));
          case "WAIVE" -> "auf den Bericht verzichtet";
          default -> "Beitrag zurückgefordert";
        }, (String) execution.getVariable(ReportVariables.CLAWBACK_REASON));
  }
}
