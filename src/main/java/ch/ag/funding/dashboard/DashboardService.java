package ch.ag.funding.dashboard;

import ch.ag.funding.budget.BudgetFigures;
import ch.ag.funding.budget.BudgetService;
import ch.ag.funding.decision.DecisionVariables;
import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.submission.ApplicationVariables;
import ch.ag.funding.system.SwissFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures of a year. Money comes from the ledger through {@link BudgetService}
 * (the one place of the sums); cases, tasks and decision times from the engine's runtime and
 * history, as of now.
 */
@Service
public class DashboardService {

  static final String PROCESS_KEY = "fundingApplication";
  /** The tasks whose completion is the decision: the RIF's alone, or the canton's. */
  private static final String[] DECIDING_TASKS = {"rifPreDecision", "cantonDecision"};

  private final BudgetService budgets;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final Clock clock;

  DashboardService(BudgetService budgets, RuntimeService runtimeService,
      HistoryService historyService, TaskService taskService, Clock clock) {
    this.budgets = budgets;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.clock = clock;
  }

  public int currentYear() {
    return LocalDate.now(clock.withZone(SwissFormat.ZONE)).getYear();
  }

  public DashboardFigures figures(int year) {
    return new DashboardFigures(year, budgetRows(year), stages(year), overdueTasks(),
        decisionTime(year));
  }

  private List<DashboardFigures.BudgetRow> budgetRows(int year) {
    Map<String, String> names = budgets.officeNames();
    List<DashboardFigures.BudgetRow> rows = new ArrayList<>();
    for (BudgetFigures figures : budgets.figuresOfYear(year)) {
      String office = figures.key().office();
      rows.add(new DashboardFigures.BudgetRow(office, names.getOrDefault(office, office),
          figures.key().source().name(), figures.budget(), figures.reserved(), figures.paid(),
          figures.available()));
    }
    return rows;
  }

  /**
   * Running cases per stage (now), then the cases that ended in the year per outcome. A running
   * case waiting in two stages at once counts in both.
   */
  private List<DashboardFigures.StageCount> stages(int year) {
    List<DashboardFigures.StageCount> stages = new ArrayList<>();
    for (CaseStage stage : CaseStage.values()) {
      long cases = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .activityIdIn(stage.activityIds()).count();
      stages.add(new DashboardFigures.StageCount(stage.label(), true, cases));
    }
    Date from = startOf(year);
    Date to = startOf(year + 1);
    for (CaseOutcome outcome : CaseOutcome.values()) {
      long cases = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROCESS_KEY).finished().finishedAfter(from).finishedBefore(to)
          .variableValueEquals(DecisionVariables.OUTCOME, outcome.name()).count();
      stages.add(new DashboardFigures.StageCount(outcome.label(), false, cases));
    }
    return stages;
  }

  /** Open tasks past their due date, per caseworker group (assigned ones included). */
  private List<DashboardFigures.OfficeCount> overdueTasks() {
    Date now = Date.from(clock.instant());
    return StaffGroup.all().stream().filter(StaffGroup::worksInTasklist)
        .map(group -> new DashboardFigures.OfficeCount(group.id(), group.name(),
            taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .taskCandidateGroup(group.id()).includeAssignedTasks().dueBefore(now).count()))
        .toList();
  }

  /**
   * Days from the submission date to the decision (the end of the last deciding task), for the
   * cases decided in the year: those with an outcome other than "not entered", so that a RIF
   * pre-decision that went on to the canton, or asked the applicant, does not count.
   */
  private DashboardFigures.DecisionTime decisionTime(int year) {
    Map<String, Date> decidedAt = new HashMap<>();
    for (String activityId : DECIDING_TASKS) {
      for (HistoricActivityInstance task : historyService.createHistoricActivityInstanceQuery()
          .activityId(activityId).finished().finishedAfter(startOf(year)).unlimitedList()) {
        decidedAt.merge(task.getProcessInstanceId(), task.getEndTime(),
            (a, b) -> a.after(b) ? a : b);
      }
    }
    decidedAt.values().removeIf(date -> !date.before(startOf(year + 1)));
    if (decidedAt.isEmpty()) {
      return new DashboardFigures.DecisionTime(0, null);
    }
    String[] instances = decidedAt.keySet().toArray(String[]::new);
    Map<String, Object> outcomes = values(DecisionVariables.OUTCOME, instances);
    Map<String, Object> submitted = values(ApplicationVariables.SUBMISSION_DATE, instances);
    long days = 0;
    int decisions = 0;
    for (Map.Entry<String, Date> decision : decidedAt.entrySet()) {
      Object outcome = outcomes.get(decision.getKey());
      Object submission = submitted.get(decision.getKey());
      if (outcome == null || CaseOutcome.NOT_ENTERED.name().equals(outcome)
          || submission == null) {
        continue;
      }
      LocalDate decided = decision.getValue().toInstant().atZone(SwissFormat.ZONE).toLocalDate();
      days += ChronoUnit.DAYS.between(LocalDate.parse(submission.toString()), decided);
      decisions++;
    }
    return new DashboardFigures.DecisionTime(decisions, decisions == 0 ? null
        : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(decisions), 1,
            RoundingMode.HALF_UP));
  }

  private Map<String, Object> values(String name, String[] processInstanceIds) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .variableName(name).processInstanceIdIn(processInstanceIds).unlimitedList()) {
      values.put(variable.getProcessInstanceId(), variable.getValue());
    }
    return values;
  }

  private static Date startOf(int year) {
    return Date.from(ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, SwissFormat.ZONE).toInstant());
  }
}
