package ch.ag.funding.reporting;

import ch.ag.funding.system.SwissFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "reviewReport", when it starts: what the settlement would be if the office accepts the
 * final report ({@code settlementPreview}), from {@link Settlement}.
 */
@Component
public class PrepareReportReviewListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!ReportKind.FINAL.name().equals(execution.getVariable(ReportVariables.KIND))) {
      execution.setVariable(ReportVariables.SETTLEMENT_PREVIEW,
          "Zwischenbericht: keine Zahlung fällig.");
      return;
    }
    Settlement settlement = CaseSettlement.of(execution);
    String result = settlement.finalPayment().signum() > 0
        ? "Schlusszahlung " + SwissFormat.chf(settlement.finalPayment())
        : settlement.repaymentClaim().signum() > 0
            ? "Rückforderung " + SwissFormat.chf(settlement.repaymentClaim())
            : "keine weitere Zahlung";
    execution.setVariable(ReportVariables.SETTLEMENT_PREVIEW, "Anrechenbar "
        + SwissFormat.chf(settlement.eligibleAmount()) + " (höchstens der bewilligte Beitrag"
        + " von " + SwissFormat.chf(settlement.approvedAmount()) + "), Vorauszahlung "
        + SwissFormat.chf(settlement.advancePaid()) + ": " + result + ".");
  }
}
