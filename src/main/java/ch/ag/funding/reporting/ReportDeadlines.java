package ch.ag.funding.reporting;

import static ch.ag.funding.reporting.ReportVariables.DUE_AT;
import static ch.ag.funding.reporting.ReportVariables.DUE_DATE;
import static ch.ag.funding.reporting.ReportVariables.DUNNED;
import static ch.ag.funding.reporting.ReportVariables.EXTENDED_DUE_DATE;
import static ch.ag.funding.reporting.ReportVariables.INTERIM_DONE;
import static ch.ag.funding.reporting.ReportVariables.KIND;
import static ch.ag.funding.reporting.ReportVariables.KIND_LABEL;
import static ch.ag.funding.reporting.ReportVariables.REMINDER_AT;
import static ch.ag.funding.reporting.ReportVariables.REMINDER_NOTE;

import ch.ag.funding.system.SwissFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadline of the report the case waits for, and the reminder before it, as the model's
 * timers read them ({@code reportDueAt}, {@code reportReminderAt}); changed here only: when a
 * report is planned, after the Mahnung, after an extension and when the office asks for changes.
 * A report is due by the end of its day (Swiss time): the deadline passes at midnight.
 */
@Component("reportDeadlines")
public class ReportDeadlines {

  private final ReportingProperties properties;
  private final Clock clock;

  public ReportDeadlines(ReportingProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The report of this kind is due on that day; not yet dunned. */
  void plan(DelegateExecution execution, ReportKind kind, LocalDate due) {
    execution.setVariable(KIND, kind.name());
    execution.setVariable(KIND_LABEL, kind.label());
    execution.setVariable(DUNNED, false);
    execution.removeVariable(REMINDER_NOTE);
    dueOn(execution, due);
  }

  /** The flow into the Mahnung: the deadline is extended by the grace period from today. */
  public void afterDunning(DelegateExecution execution) {
    LocalDate due = today().plus(properties.dunningGrace());
    execution.setVariable(DUNNED, true);
    execution.setVariable(REMINDER_NOTE, "Gemahnt am " + SwissFormat.date(today())
        + "; die Nachfrist bis " + SwissFormat.date(due) + " ist ohne Bericht verstrichen.");
    dueOn(execution, due);
  }

  /** The flow back from "Rückforderung prüfen" with a new deadline ({@code extendedDueDate}). */
  public void afterExtension(DelegateExecution execution) {
    execution.setVariable(DUNNED, false);
    dueOn(execution, LocalDate.parse(String.valueOf(execution.getVariable(EXTENDED_DUE_DATE))));
  }

  /** The office asked for changes: they are due within the changes period. */
  public void afterChangesRequested(DelegateExecution execution) {
    execution.setVariable(DUNNED, false);
    dueOn(execution, today().plus(properties.changesPeriod()));
  }

  /** The interim report is done (accepted or waived): the final report is next. */
  public void interimDone(DelegateExecution execution) {
    execution.setVariable(INTERIM_DONE, true);
  }

  private void dueOn(DelegateExecution execution, LocalDate due) {
    Date dueAt = Date.from(due.plusDays(1).atStartOfDay(SwissFormat.ZONE).toInstant());
    execution.setVariable(DUE_DATE, due.toString());
    execution.setVariable(DUE_AT, dueAt);
    execution.setVariable(REMINDER_AT, Date.from(due.minus(properties.reminderBefore())
        .plusDays(1).atStartOfDay(SwissFormat.ZONE).toInstant()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(SwissFormat.ZONE));
  }
}
