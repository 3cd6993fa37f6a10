package ch.ag.funding.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The sums of bookings per type, of one budget or one case: the basis of every figure. */
record LedgerSums(Map<BookingType, BigDecimal> sums) {

  static final LedgerSums NONE = new LedgerSums(new EnumMap<>(BookingType.class));

  BigDecimal of(BookingType type) {
    return sums.getOrDefault(type, BigDecimal.ZERO.setScale(2));
  }

  /** Reservations not yet paid out or released. */
  BigDecimal reserved() {
    return of(BookingType.RESERVATION)
        .subtract(of(BookingType.RELEASE))
        .subtract(of(BookingType.ADVANCE_PAYMENT))
        .subtract(of(BookingType.FINAL_PAYMENT));
  }

  BigDecimal paid() {
    return of(BookingType.ADVANCE_PAYMENT)
        .add(of(BookingType.FINAL_PAYMENT))
        .subtract(of(BookingType.REPAYMENT_RECEIVED));
  }

  /** What no longer is available: reservations − releases − repayments received. */
  BigDecimal committed() {
    return of(BookingType.RESERVATION)
        .subtract(of(BookingType.RELEASE))
        .subtract(of(BookingType.REPAYMENT_RECEIVED));
  }

  BigDecimal openRepaymentClaims() {
    return of(BookingType.REPAYMENT_CLAIM).subtract(of(BookingType.REPAYMENT_RECEIVED));
  }

  BudgetFigures figures(BudgetKey key, BigDecimal budget) {
    return new BudgetFigures(key, budget, reserved(), paid(), budget.subtract(committed()),
        committed(), openRepaymentClaims());
  }
}
