package ch.ag.funding.budget;

import java.math.BigDecimal;

/**
 * The state of one budget, as domain.md §7 "Money" defines it:
 * <ul>
 *   <li>available = budget − reservations + releases + repayments received;
 *   <li>reserved = reservations − releases − payments (a payment draws on its reservation);
 *   <li>paid = advance and final payments − repayments received;
 *   <li>committed = budget − available: a budget cannot be set below it;
 *   <li>open repayment claims = claims − repayments received.
 * </ul>
 */
public record BudgetFigures(BudgetKey key, BigDecimal budget, BigDecimal reserved,
    BigDecimal paid, BigDecimal available, BigDecimal committed,
    BigDecimal openRepaymentClaims) {}
