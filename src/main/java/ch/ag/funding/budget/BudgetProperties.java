package ch.ag.funding.budget;

import ch.ag.funding.submission.Application.FundingSource;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Budgets.
 *
 * @param demo the budgets the demo profile sets for every RIF and the canton, this year and next
 *     (domain.md §7); none outside the demo profile, where the canton sets them each year
 */
@ConfigurationProperties("funding.budget")
public record BudgetProperties(Demo demo) {

  /** Demo budget per money source for each RIF and for the canton. */
  public record Demo(Map<FundingSource, BigDecimal> rif, Map<FundingSource, BigDecimal> canton) {}
}
