package ch.ag.funding.budget;

import ch.ag.funding.region.Responsibility;
import ch.ag.funding.region.ResponsibilityService;
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
  private final ResponsibilityService offices;
  private final Clock clock;

  DemoBudgets(BudgetProperties properties, BudgetService budgets, ResponsibilityService offices,
      Clock clock) {
    this.properties = properties;
    this.budgets = budgets;
    this.offices = offices;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    BudgetProperties.Demo demo = properties.demo();
    if (demo == null) {
      return;
    }
    int thisYear = LocalDate.now(clock).getYear();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      for (var region : offices.perimeters().regions()) {
        int budgetYear = year;
        demo.rif().forEach((source, amount) -> budgets.initialiseBudget(
            new BudgetKey(region.id(), budgetYear, source), amount, "demo"));
      }
      int budgetYear = year;
      demo.canton().forEach((source, amount) -> budgets.initialiseBudget(
          new BudgetKey(Responsibility.CANTON, budgetYear, source), amount, "demo"));
    }
  }
}
