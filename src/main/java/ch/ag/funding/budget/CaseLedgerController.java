package ch.ag.funding.budget;

import ch.ag.funding.identity.CaseAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{reference}/ledger}: a case's bookings, for staff who may see the case. */
@RestController
class CaseLedgerController {

  private final BudgetService budgets;
  private final CaseAccess access;

  CaseLedgerController(BudgetService budgets, CaseAccess access) {
    this.budgets = budgets;
    this.access = access;
  }

  @GetMapping("/api/cases/{reference}/ledger")
  ResponseEntity<?> ledger(@PathVariable String reference, Authentication user) {
    return access.refusal(reference, user).<ResponseEntity<?>>map(refused -> refused)
        .orElseGet(() -> ResponseEntity.ok(budgets.bookingsOfCase(reference)));
  }
}
