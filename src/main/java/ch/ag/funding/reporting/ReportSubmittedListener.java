package ch.ag.funding.reporting;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "submitReport", when it is completed: the report is checked ({@link ReportRules}) and the
 * office's earlier review is cleared for the new one. Not applied when a deadline or a changed
 * project end cancels the task.
 */
@Component
public class ReportSubmittedListener implements ExecutionListener {

  private final ReportRules rules;
  private final Clock clock;

  public ReportSubmittedListener(ReportRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    rules.checkReport(execution);
    execution.setVariable("reportSubmittedAt", clock.instant().toString());
    execution.removeVariable(ReportVariables.REVIEW);
    execution.removeVariable(ReportVariables.REVIEW_COMMENT);
    execution.removeVariable(ReportVariables.CLAWBACK_AMOUNT);
  }
}
