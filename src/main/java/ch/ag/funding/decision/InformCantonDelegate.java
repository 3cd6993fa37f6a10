package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.APPROVED_AMOUNT;
import static ch.ag.funding.decision.DecisionVariables.RESPONSIBLE_OFFICE;
import static ch.ag.funding.decision.DecisionVariables.RIF_DECIDED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Send task "Kanton informieren" (informCanton): a RIF has approved a small project alone. Runs
 * in its own job after the decision's transaction. For now the notice is written to the
 * application log; the notifications issue sends it to canton-mika by e-mail.
 */
@Component
public class InformCantonDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(InformCantonDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    LOG.info("Canton informed: {} ({}) approved case {} alone with CHF {}",
        execution.getVariable(RESPONSIBLE_OFFICE), execution.getVariable(RIF_DECIDED_BY),
        execution.getProcessBusinessKey(), execution.getVariable(APPROVED_AMOUNT));
  }
}
