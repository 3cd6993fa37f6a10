package ch.ag.funding.reporting;

import ch.ag.funding.submission.SubmissionProperties;
import ch.ag.funding.system.SwissFormat;
import ch.ag.funding.system.web.BadRequestException;
import ch.ag.funding.system.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * A changed project end (the applicant asked, the office agrees): while the case waits for a
 * report, the message {@value #MESSAGE} interrupts the wait, and the deadlines are planned anew
 * from the new end, so that the running timers move.
 */
@Service
public class ProjectEndChange {

  public static final String MESSAGE = "ProjectEndChanged";
  private static final Set<String> FIELDS = Set.of("projectEnd", "reason");

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final SubmissionProperties rules;

  ProjectEndChange(RuntimeService runtimeService, HistoryService historyService,
      SubmissionProperties rules) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.rules = rules;
  }

  /** What came of a request. */
  public enum Result { CHANGED, NOT_WAITING_FOR_A_REPORT }

  /**
   * Changes the project end of a case that waits for a report.
   *
   * @throws BadRequestException German, when the input is not a valid new end
   */
  public Result change(String reference, Map<String, Object> input, String by) {
    List<String> unknown = input.keySet().stream().filter(key -> !FIELDS.contains(key))
        .sorted().toList();
    if (!unknown.isEmpty()) {
      throw new BadRequestException("Unbekanntes Feld «" + unknown.get(0) + "».",
          List.of(new FieldError(unknown.get(0), "Erlaubt sind projectEnd und reason.")));
    }
    if (!(input.get("reason") instanceof String reason) || reason.isBlank()
        || reason.length() > 2000) {
      throw new BadRequestException("Bitte begründen Sie die Änderung (höchstens 2000 Zeichen).",
          List.of(new FieldError("reason", "Begründung fehlt oder ist zu lang.")));
    }
    LocalDate end;
    try {
      end = LocalDate.parse(String.valueOf(input.get("projectEnd")));
    } catch (DateTimeParseException e) {
      throw new BadRequestException("Das neue Projektende muss ein Datum im Format JJJJ-MM-TT"
          + " sein.", List.of(new FieldError("projectEnd", "Kein gültiges Datum.")));
    }
    LocalDate start = projectStart(reference);
    if (start != null && (end.isBefore(start) || !end.isBefore(start.plus(
        rules.maxProjectDuration())))) {
      throw new BadRequestException("Das Projektende muss nach dem Projektbeginn ("
          + SwissFormat.date(start) + ") liegen, und das Projekt darf höchstens "
          + rules.maxProjectDuration().toTotalMonths() + " Monate dauern.",
          List.of(new FieldError("projectEnd", "Ausserhalb der erlaubten Projektdauer.")));
    }
    try {
      runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(reference)
          .setVariable("projectEnd", end.toString())
          .setVariable("projectEndChangedBy", by)
          .setVariable("projectEndChangeReason", reason.strip())
          .correlate();
      return Result.CHANGED;
    } catch (MismatchingMessageCorrelationException notWaiting) {
      return Result.NOT_WAITING_FOR_A_REPORT;
    }
  }

  private LocalDate projectStart(String reference) {
    return historyService.createHistoricVariableInstanceQuery().variableName("projectStart")
        .processInstanceIdIn(historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference).list().stream()
            .map(instance -> instance.getId()).toArray(String[]::new))
        .list().stream().map(HistoricVariableInstance::getValue).map(String::valueOf)
        .map(LocalDate::parse).findFirst().orElse(null);
  }
}
