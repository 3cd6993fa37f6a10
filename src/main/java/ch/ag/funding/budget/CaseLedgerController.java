package ch.ag.funding.budget;

import ch.ag.funding.identity.CaseAccess;
import ch.ag.funding.system.web.ApiError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .toList();
    return switch (access.check(reference, groups)) {
      case UNKNOWN -> ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiError.of("Es gibt kein Gesuch " + reference + "."));
      case HIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(ApiError.of("Dieses Gesuch liegt nicht in Ihrer Zuständigkeit."));
      case VISIBLE -> ResponseEntity.ok(budgets.bookingsOfCase(reference));
    };
  }
}
