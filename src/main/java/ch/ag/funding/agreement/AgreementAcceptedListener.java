package ch.ag.funding.agreement;

import static ch.ag.funding.agreement.AgreementVariables.ACCEPTED;
import static ch.ag.funding.agreement.AgreementVariables.ACCEPTED_AT;
import static ch.ag.funding.agreement.AgreementVariables.NOTE;
import static ch.ag.funding.agreement.AgreementVariables.RECORDED_BY;
import static ch.ag.funding.agreement.AgreementVariables.SIGNED_BY;

import ch.ag.funding.document.DocumentService;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import ch.ag.funding.decision.CaseHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task "acceptAgreement", when it is completed (in the portal or by staff recording a paper
 * agreement): the acceptance must be confirmed and signed by name, whatever the client. A
 * refusal is a {@link FormFieldValidationException} (German, REST 400, task left open). Records
 * when and through whom it was accepted. Not applied when the deadline cancels the task.
 */
@Component
public class AgreementAcceptedListener implements ExecutionListener {

  private static final int MAX_NAME = 200;
  private static final int MAX_NOTE = 2000;

  private final IdentityService identityService;
  private final Clock clock;
  private final CaseHistory history;

  public AgreementAcceptedListener(IdentityService identityService, Clock clock,
      CaseHistory history) {
    this.identityService = identityService;
    this.clock = clock;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if (!Boolean.TRUE.equals(execution.getVariable(ACCEPTED))) {
      throw new FormFieldValidationException(ACCEPTED,
          "Bitte bestätigen Sie, dass Sie die Leistungsvereinbarung annehmen.");
    }
    if (!(execution.getVariable(SIGNED_BY) instanceof String name) || name.isBlank()) {
      throw new FormFieldValidationException(SIGNED_BY,
          "Bitte geben Sie den Namen der Person an, welche die Vereinbarung unterzeichnet.");
    }
    if (name.strip().length() > MAX_NAME) {
      throw new FormFieldValidationException(SIGNED_BY,
          "Der Name ist zu lang: höchstens " + MAX_NAME + " Zeichen.");
    }
    Object note = execution.getVariable(NOTE);
    if (note != null && !(note instanceof String)
        || note instanceof String text && text.length() > MAX_NOTE) {
      throw new FormFieldValidationException(NOTE,
          "Die Bemerkung ist zu lang: höchstens " + MAX_NOTE + " Zeichen.");
    }
    execution.setVariable(SIGNED_BY, name.strip());
    execution.setVariable(ACCEPTED_AT, clock.instant().toString());
    Authentication user = identityService.getCurrentAuthentication();
    execution.setVariable(RECORDED_BY, user == null ? DocumentService.APPLICANT
        : user.getUserId());
    history.append(execution, "Leistungsvereinbarung", user == null
        ? DocumentService.APPLICANT : user.getUserId(), "angenommen", "unterzeichnet von "
        + name.strip());
  }
}
