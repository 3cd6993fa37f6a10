package ch.ag.funding.budget;

import static ch.ag.funding.system.SwissFormat.chf;

import ch.ag.funding.submission.SubmissionProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;

/**
 * For an application: the caps and shares of domain.md §5 and the responsible office's remaining
 * budget for the year of the project start, as the deciding caseworker sees them.
 */
@Service
public class BudgetCheckService {

  private final BudgetService budgets;
  private final SubmissionProperties rules;

  BudgetCheckService(BudgetService budgets, SubmissionProperties rules) {
    this.budgets = budgets;
    this.rules = rules;
  }

  public BudgetCheck check(BudgetKey key, BigDecimal requested, BigDecimal totalCost) {
    String caps = "Beantragt: " + chf(requested) + share(requested, totalCost)
        + "; Obergrenzen " + percent(rules.maxShareOfTotalCost()) + " der Gesamtkosten und "
        + chf(rules.maxRequestedAmount()) + ".";
    return budgets.figures(key)
        .map(figures -> {
          boolean sufficient = requested.compareTo(figures.available()) <= 0;
          return new BudgetCheck(figures.available(), sufficient, caps + " "
              + budgets.describe(figures) + (sufficient
                  ? " – reicht für den beantragten Beitrag."
                  : " – reicht nicht, es fehlen "
                      + chf(requested.subtract(figures.available())) + "."));
        })
        .orElseGet(() -> new BudgetCheck(BigDecimal.ZERO.setScale(2), false, caps
            + " Für " + budgets.describe(key) + " ist noch kein Budget festgelegt."));
  }

  private static String share(BigDecimal requested, BigDecimal totalCost) {
    if (totalCost.signum() <= 0) {
      return "";
    }
    return " (" + percent(requested.divide(totalCost, 4, RoundingMode.HALF_UP))
        + " der Gesamtkosten)";
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
