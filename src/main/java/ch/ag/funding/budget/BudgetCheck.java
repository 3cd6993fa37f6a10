package ch.ag.funding.budget;

import java.math.BigDecimal;

/**
 * The budget check of an application for the deciding caseworker.
 *
 * @param available what the responsible office's budget still has (0 without a budget)
 * @param sufficient whether that covers the requested amount
 * @param summary a short German summary: the caps and the remaining budget
 */
public record BudgetCheck(BigDecimal available, boolean sufficient, String summary) {}
