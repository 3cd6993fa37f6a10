package ch.ag.funding.submission;

import static ch.ag.funding.system.SwissFormat.date;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.system.SwissFormat;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The task completeApplication serves two purposes (domain.md §7): the applicant completes an
 * application that failed the formal check (offered to canton-mika, responsibility is not known
 * yet; a missed deadline ends the case), or answers the RIF's question (offered to the asking
 * office for paper replies; a missed deadline returns the case to that office). The model calls
 * these methods on the flows into the task and out of its deadline.
 */
@Component
public class CompletionRequests {

  public static final String PURPOSE = "completionPurpose";
  public static final String FORMAL_CHECK = "FORMAL_CHECK";
  public static final String REQUEST_INFO = "REQUEST_INFO";
  static final String GROUP = "completionGroup";
  static final String DUE_DATE = "completionDueDate";
  static final String ANSWER = "applicantAnswer";
  static final String NOTE = "infoRequestNote";

  private final FormalCheck formalCheck;

  public CompletionRequests(FormalCheck formalCheck) {
    this.formalCheck = formalCheck;
  }

  /** The formal check found problems (its delegate has set the deadline). */
  public void forFormalProblems(DelegateExecution execution) {
    execution.setVariable(PURPOSE, FORMAL_CHECK);
    execution.setVariable(GROUP, StaffGroup.CANTON_MIKA);
  }

  /** The RIF asks the applicant a question ({@code rifQuestion}). */
  public void forRifQuestion(DelegateExecution execution) {
    execution.setVariable(PURPOSE, REQUEST_INFO);
    execution.setVariable(GROUP, execution.getVariable("responsibleOffice"));
    execution.setVariable(DUE_DATE, Date.from(formalCheck.completionDeadline()));
    execution.removeVariable(ANSWER);
    execution.removeVariable(NOTE);
  }

  /** The question was not answered in time: the RIF decides without an answer. */
  public void unanswered(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(DUE_DATE);
    execution.setVariable(ANSWER, "");
    execution.setVariable(NOTE, "Die Trägerschaft hat die Rückfrage bis zur Frist vom "
        + date(LocalDate.ofInstant(deadline.toInstant(), SwissFormat.ZONE))
        + " nicht beantwortet. Bitte entscheiden Sie auf Grund der vorliegenden Angaben.");
  }

  /** Whether the task was asked for the RIF's question (else for the formal check). */
  public static boolean answersQuestion(Object purpose) {
    return REQUEST_INFO.equals(purpose);
  }

  /** A question of the RIF needs an answer, whoever completes the task. */
  void requireAnswer(DelegateExecution execution) {
    if (answersQuestion(execution.getVariable(PURPOSE))
        && (!(execution.getVariable(ANSWER) instanceof String answer) || answer.isBlank())) {
      throw new FormFieldValidationException(ANSWER,
          "Bitte beantworten Sie die Rückfrage der Fachstelle.");
    }
  }
}
