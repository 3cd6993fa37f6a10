package ch.ag.funding.budget;

import static ch.ag.funding.system.SwissFormat.chf;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget summary that the staff task forms after the decision show (issue 9): what the case
 * was granted, paid and still holds, from its bookings, and the state of the budget it is charged
 * to. In German, as {@code budgetSummary} is before the decision.
 */
@Component
public class CaseBudgetSummary {

  private final LedgerRepository ledger;
  private final BudgetService budgets;

  CaseBudgetSummary(LedgerRepository ledger, BudgetService budgets) {
    this.ledger = ledger;
    this.budgets = budgets;
  }

  /** The summary, or null while the case has no booking. */
  @Transactional(readOnly = true)
  public String of(String businessKey) {
    List<Booking> bookings = ledger.bookingsOfCase(businessKey);
    if (bookings.isEmpty()) {
      return null;
    }
    BudgetKey key = bookings.get(0).budget();
    LedgerSums sums = ledger.sumsOfCase(key, businessKey);
    StringBuilder text = new StringBuilder("Bewilligt ")
        .append(chf(sums.of(BookingType.RESERVATION)))
        .append(", ausbezahlt ").append(chf(sums.paid()))
        .append(", noch reserviert ").append(chf(sums.reserved()));
    BigDecimal claimed = sums.of(BookingType.REPAYMENT_CLAIM);
    if (claimed.signum() > 0) {
      text.append(", zurückgefordert ").append(chf(claimed)).append(" (noch offen ")
          .append(chf(sums.openRepaymentClaims())).append(")");
    }
    text.append(". ").append(budgets.figures(key).map(budgets::describe)
        .orElseGet(() -> "Budget " + budgets.describe(key)));
    return text.append(".").toString();
  }
}
