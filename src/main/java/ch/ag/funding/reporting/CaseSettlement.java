package ch.ag.funding.reporting;

import ch.ag.funding.agreement.AgreementVariables;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The {@link Settlement} of a case, from its process variables. */
public final class CaseSettlement {

  private CaseSettlement() {}

  public static Settlement of(DelegateExecution execution) {
    BigDecimal approved = Numbers.decimal(execution.getVariable("approvedAmount"));
    BigDecimal advance = advancePaid(execution);
    if (Boolean.TRUE.equals(execution.getVariable(ReportVariables.WAIVED))) {
      return Settlement.waived(approved, advance);
    }
    return Settlement.of(approved, advance,
        Numbers.decimal(execution.getVariable(ReportVariables.ACTUAL_COSTS)),
        Numbers.decimal(execution.getVariable(ReportVariables.ACTUAL_INCOME)));
  }

  /** What was paid so far: the advance. */
  public static BigDecimal advancePaid(DelegateExecution execution) {
    return Numbers.decimal(execution.getVariable(AgreementVariables.ADVANCE_AMOUNT));
  }
}
