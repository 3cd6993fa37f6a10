package ch.ag.funding.submission;

import ch.ag.funding.portal.StatusLinkService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way an application enters the process, whatever the channel: the portal's JSON API
 * ({@link #submit}) or a start form submitted in Tasklist or through the engine's REST API (both
 * pass {@link #register} in the start event's listener). Input is validated before anything is
 * stored; refused input leaves no process instance and no row behind.
 */
@Service
public class SubmissionService {

  public static final String PROCESS_KEY = "fundingApplication";

  /** The transient variable that hands the portal's new status link to the starting case. */
  public static final String STATUS_TOKEN = "statusToken";

  /** A reference allocated by {@link #submit} before its transaction, for {@link #register}. */
  private static final ThreadLocal<String> ALLOCATED_REFERENCE = new ThreadLocal<>();

  private final ApplicationValidator validator;
  private final ReferenceNumberService references;
  private final RuntimeService runtimeService;
  private final StatusLinkService statusLinks;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SubmissionService(ApplicationValidator validator, ReferenceNumberService references,
      RuntimeService runtimeService, StatusLinkService statusLinks,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.validator = validator;
    this.references = references;
    this.runtimeService = runtimeService;
    this.statusLinks = statusLinks;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Submits an application from the portal: validated, given its reference, started and given a
   * status link in one transaction.
   *
   * @throws InvalidApplicationException for malformed or structurally incomplete input
   */
  public Submission submit(Map<String, ?> input) {
    Application application = validator.validate(input, true);
    // allocated in a short transaction of its own, so that concurrent submissions do not queue
    // on the counter row while their process instances start
    String reference = references.next();
    // the case's acknowledgement registers and mails this link (a transient variable: it is
    // never stored in the engine)
    String token = statusLinks.newToken();
    VariableMap variables = ApplicationVariables.of(application)
        .putValueTyped(STATUS_TOKEN, Variables.stringValue(token, true));
    return transaction.execute(status -> {
      ALLOCATED_REFERENCE.set(reference);
      try {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, variables);
        return new Submission(reference, instance.getId(), statusLinks.url(token));
      } finally {
        ALLOCATED_REFERENCE.remove();
      }
    });
  }

  /**
   * Registers a starting case and gives it its reference as business key. An application from
   * {@link #submit} arrives validated and normalised already. Anything else (a start form in
   * Tasklist, the engine's REST API) is validated here (a refusal becomes a
   * {@link FormFieldValidationException}, which the engine's REST API answers with 400) and
   * stored in its normalised form.
   */
  void register(DelegateExecution execution) {
    String reference = ALLOCATED_REFERENCE.get();
    if (reference == null) {
      Map<String, Object> submitted = new HashMap<>(execution.getVariables());
      if (statusToken(execution) != null) {
        submitted.remove(STATUS_TOKEN);
      }
      Application application = validate(submitted, true);
      if (execution.getProcessBusinessKey() != null) {
        throw new FormFieldValidationException("businessKey", "Das Aktenzeichen wird bei der"
            + " Einreichung vergeben und kann nicht vorgegeben werden.");
      }
      execution.setVariables(ApplicationVariables.of(application));
      reference = references.next();
    }
    execution.setProcessBusinessKey(reference);
    execution.setVariable(ApplicationVariables.REFERENCE, reference);
    execution.setVariable(ApplicationVariables.SUBMISSION_DATE, LocalDate.now(clock).toString());
  }

  /**
   * The status link token the portal handed to the starting case, or null (an application
   * entered by staff, or a token that was not handed over as a transient variable).
   */
  public static String statusToken(DelegateExecution execution) {
    TypedValue token = execution.getVariableTyped(STATUS_TOKEN);
    return token != null && token.isTransient() && token.getValue() instanceof String value
        ? value : null;
  }

  /** Validates the variables of a running case after the applicant has completed them. */
  void revise(DelegateExecution execution) {
    execution.setVariables(ApplicationVariables.of(validate(execution.getVariables(), false)));
  }

  /**
   * The application as the case holds it now. Variables changed into malformed ones (by a REST
   * client completing a task) are refused as a {@link FormFieldValidationException}.
   */
  public Application application(DelegateExecution execution) {
    return validate(execution.getVariables(), false);
  }

  private Application validate(Map<String, ?> variables, boolean submitted) {
    try {
      return validator.validate(variables, submitted);
    } catch (InvalidApplicationException e) {
      String field = e.errors().isEmpty() ? "application" : e.errors().get(0).field();
      throw new FormFieldValidationException(field, e.allMessages());
    }
  }
}
