package ch.ag.funding.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One booking of the ledger.
 *
 * @param causedBy who or what caused it: a user id, or the process step
 * @param idempotencyKey booking the same event again (a retried job, a double click) with the
 *     same key records it once
 */
public record Booking(long id, BudgetKey budget, BookingType type, String businessKey,
    BigDecimal amount, String causedBy, String idempotencyKey, Instant bookedAt) {}
