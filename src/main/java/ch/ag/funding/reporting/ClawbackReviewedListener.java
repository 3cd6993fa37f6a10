package ch.ag.funding.reporting;

import ch.ag.funding.system.SwissFormat;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Task "reviewClawback", when it is completed: the decision is checked ({@link ReportRules}). */
@Component
public class ClawbackReviewedListener implements ExecutionListener {

  private final ReportRules rules;
  private final Clock clock;

  public ClawbackReviewedListener(ReportRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    rules.checkClawbackReview(execution, CaseSettlement.advancePaid(execution),
        LocalDate.now(clock.withZone(SwissFormat.ZONE)));
  }
}
