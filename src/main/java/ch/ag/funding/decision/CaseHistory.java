package ch.ag.funding.decision;

import ch.ag.funding.system.SwissFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The case's history of decisions as the staff task forms show it (issue 9): the process
 * variable {@value #VARIABLE}, a Json list of entries with date, step, who decided, what and a
 * note, appended by the listeners of the deciding tasks, and the comments staff wrote on a task
 * in Tasklist, appended when the task is completed ({@link TaskCommentsListener}). Names of the people involved are staff
 * user ids; the applicant appears as the role.
 */
@Component
public class CaseHistory {

  public static final String VARIABLE = "caseHistory";

  private final Clock clock;

  public CaseHistory(Clock clock) {
    this.clock = clock;
  }

  /** Adds an entry of today; {@code note} may be null. */
  public void append(DelegateExecution execution, String step, String who, String what,
      String note) {
    append(execution, LocalDate.now(clock.withZone(SwissFormat.ZONE)), step, who, what, note);
  }

  /** Adds an entry of the given day; {@code note} may be null. */
  public void append(DelegateExecution execution, LocalDate date, String step, String who,
      String what, String note) {
    SpinJsonNode history = execution.getVariable(VARIABLE) instanceof SpinJsonNode existing
        ? existing : Spin.JSON("[]");
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("date", SwissFormat.date(date));
    entry.put("step", step);
    entry.put("who", who == null ? "" : who);
    entry.put("what", what);
    entry.put("note", note == null ? "" : note);
    history.append(Spin.JSON(entry));
    execution.setVariable(VARIABLE, SpinValues.jsonValue(history).create());
  }
}
