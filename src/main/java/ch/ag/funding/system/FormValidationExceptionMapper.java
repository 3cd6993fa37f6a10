package ch.ag.funding.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine's REST API answers a {@link FormFieldValidationException} with 400 on submit-form,
 * but with 500 on {@code /start}, where it arrives wrapped in a {@link RestException}. Input
 * refused by the application's validation is a client error on every endpoint: 400 with the
 * German message; everything else is left to Camunda's own handler.
 */
@Priority(1)
class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return camundaHandler.toResponse(
            new RestException(Response.Status.BAD_REQUEST, exception.getMessage()));
      }
    }
    return camundaHandler.toResponse(exception);
  }
}
