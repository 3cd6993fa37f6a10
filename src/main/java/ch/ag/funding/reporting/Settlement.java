package ch.ag.funding.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place of the settlement rule (domain.md §4 step 9, §7 "Money"): eligible = min(approved
 * amount, actual costs − actual other income), never below zero; final payment = eligible −
 * advance; a negative result is a repayment claim; what is reserved beyond the eligible amount
 * is released. A waived final report settles without a payment: the advance stays, the rest is
 * released.
 *
 * @param eligibleAmount null when the report was waived
 * @param finalPayment what is still paid out (≥ 0)
 * @param repaymentClaim what the applicant owes back (≥ 0)
 * @param release what goes back to the office's budget (≥ 0)
 */
public record Settlement(BigDecimal approvedAmount, BigDecimal advancePaid,
    BigDecimal actualCosts, BigDecimal actualIncome, BigDecimal eligibleAmount,
    BigDecimal finalPayment, BigDecimal repaymentClaim, BigDecimal release) {

  public static Settlement of(BigDecimal approved, BigDecimal advancePaid, BigDecimal actualCosts,
      BigDecimal actualIncome) {
    BigDecimal net = money(actualCosts.subtract(actualIncome)).max(BigDecimal.ZERO);
    BigDecimal eligible = net.min(money(approved));
    BigDecimal difference = eligible.subtract(money(advancePaid));
    BigDecimal finalPayment = difference.max(BigDecimal.ZERO);
    BigDecimal claim = difference.negate().max(BigDecimal.ZERO);
    BigDecimal release = money(approved).subtract(money(advancePaid)).subtract(finalPayment);
    return new Settlement(money(approved), money(advancePaid), money(actualCosts),
        money(actualIncome), eligible, finalPayment, claim, release);
  }

  /** The final report was waived: no payment, no claim, the rest of the reservation released. */
  public static Settlement waived(BigDecimal approved, BigDecimal advancePaid) {
    return new Settlement(money(approved), money(advancePaid), null, null, null,
        money(BigDecimal.ZERO), money(BigDecimal.ZERO),
        money(approved).subtract(money(advancePaid)).max(BigDecimal.ZERO));
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
