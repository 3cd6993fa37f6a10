package ch.ag.funding.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programme's figures of one year, as the dashboard shows and exports them: budgets from the
 * ledger, cases per stage from the engine, overdue tasks per office and the average time from
 * submission to decision.
 */
public record DashboardFigures(int year, List<BudgetRow> budgets, List<StageCount> stages,
    List<OfficeCount> overdueTasks, DecisionTime decisionTime) {

  /** One budget (office, money source) of the year. */
  public record BudgetRow(String office, String officeName, String source, BigDecimal budget,
      BigDecimal reserved, BigDecimal paid, BigDecimal available) {}

  /** How many cases are in a stage; {@code running} false for the outcomes of ended cases. */
  public record StageCount(String stage, boolean running, long cases) {}

  /** Overdue tasks offered to an office's group. */
  public record OfficeCount(String office, String officeName, long tasks) {}

  /** The mean of the calendar days from submission to decision of the year's decisions. */
  public record DecisionTime(int decisions, BigDecimal averageDays) {}
}
