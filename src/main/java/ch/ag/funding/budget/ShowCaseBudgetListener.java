package ch.ag.funding.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The staff tasks after the decision, when they start: the case's budget summary as of now
 * ({@value #VARIABLE}), for the task form.
 */
@Component
public class ShowCaseBudgetListener implements ExecutionListener {

  public static final String VARIABLE = "caseBudgetSummary";

  private final CaseBudgetSummary summary;

  public ShowCaseBudgetListener(CaseBudgetSummary summary) {
    this.summary = summary;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(VARIABLE, summary.of(execution.getProcessBusinessKey()));
  }
}
