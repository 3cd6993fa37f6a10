package ch.ag.funding.budget;

import ch.ag.funding.submission.Application.FundingSource;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/budgets?year=} (staff) and {@code PUT /api/admin/budgets/{office}/{year}/{source}}
 * (camunda-admin), domain.md §7.
 */
@RestController
class BudgetController {

  private final BudgetService budgets;
  private final Clock clock;

  BudgetController(BudgetService budgets, Clock clock) {
    this.budgets = budgets;
    this.clock = clock;
  }

  record BudgetView(String office, String officeName, int year, FundingSource source,
      BigDecimal budget, BigDecimal reserved, BigDecimal paid, BigDecimal available,
      BigDecimal committed, BigDecimal openRepaymentClaims) {}

  record BudgetAmount(BigDecimal amount) {}

  @GetMapping("/api/budgets")
  List<BudgetView> budgets(@RequestParam(required = false) Integer year) {
    int budgetYear = year != null ? year : LocalDate.now(clock).getYear();
    Map<String, String> names = budgets.officeNames();
    return budgets.figuresOfYear(budgetYear).stream().map(figures -> view(figures, names))
        .toList();
  }

  @PutMapping("/api/admin/budgets/{office}/{year}/{source}")
  BudgetView setBudget(@PathVariable String office, @PathVariable int year,
      @PathVariable FundingSource source, @RequestBody BudgetAmount body, Principal user) {
    if (year < 2000 || year > 2100) {
      throw new LedgerRefusedException("Das Jahr " + year + " ist ausserhalb von 2000 bis 2100.");
    }
    return view(budgets.setBudget(new BudgetKey(office, year, source), body.amount(),
        user.getName()), budgets.officeNames());
  }

  private static BudgetView view(BudgetFigures figures, Map<String, String> officeNames) {
    BudgetKey key = figures.key();
    return new BudgetView(key.office(), officeNames.getOrDefault(key.office(), key.office()),
        key.year(),
        key.source(), figures.budget(), figures.reserved(), figures.paid(), figures.available(),
        figures.committed(), figures.openRepaymentClaims());
  }
}
