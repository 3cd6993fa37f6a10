package ch.ag.funding.budget;

import java.math.BigDecimal;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/cases/{reference}/repayments} with {@code {"amount": 2000,
 * "paymentReference": "…"}} ({@code camunda-admin}, for finance): money paid back on a
 * repayment claim, booked as {@code REPAYMENT_RECEIVED}; the budget is available again.
 */
@RestController
class RepaymentController {

  private final BudgetService budgets;

  RepaymentController(BudgetService budgets) {
    this.budgets = budgets;
  }

  record Repayment(BigDecimal amount, String paymentReference) {}

  @PostMapping("/api/admin/cases/{reference}/repayments")
  @ResponseStatus(HttpStatus.CREATED)
  Booking record(@PathVariable String reference, @RequestBody Repayment body, Principal user) {
    return budgets.recordRepayment(reference, body.amount(), body.paymentReference(),
        user.getName());
  }
}
