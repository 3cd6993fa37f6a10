package ch.ag.funding.budget;

import ch.ag.funding.region.Responsibility;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Sets the demo budgets at start-up where none are set yet (demo profile only). */
@Component
class DemoBudgets implements ApplicationRunner {

  private final BudgetProperties properties;
  private final BudgetService budgets;
  private final Clock clock;

  DemoBudgets(BudgetProperties properties, BudgetService budgets, Clock clock) {
    this.properties = properties;
    this.budgets = budgets;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    BudgetProperties.Demo demo = properties.demo();
    if (demo == null) {
      return;
    }
    int thisYear = LocalDate.now(clock).getYear();
    for (String office : budgets.officeNames().keySet()) {
      var amounts = Responsibility.CANTON.equals(office) ? demo.canton() : demo.rif();
      for (int year = thisYear; year <= thisYear + 1; year++) {
        int budgetYear = year;
        amounts.forEach((source, amount) -> budgets.initialiseBudget(
            new BudgetKey(office, budgetYear, source), amount, "demo"));
      }
    }
  }
}
