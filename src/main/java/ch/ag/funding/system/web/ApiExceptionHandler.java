package ch.ag.funding.system.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * German error bodies ({@link ApiError}) for the project's own HTTP endpoints. Camunda's REST API
 * and webapps are JAX-RS applications and keep their own error handling.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return ResponseEntity.badRequest().body(new ApiError(e.getMessage(), e.errors()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
      return ResponseEntity.badRequest().body(new ApiError("Ungültiger Wert für «" + field + "».",
          List.of(new FieldError(field, "Ungültiger Wert: bitte den richtigen Typ angeben"
              + " (z. B. eine Zahl)."))));
    }
    return ResponseEntity.badRequest()
        .body(ApiError.of("Der Inhalt der Anfrage ist kein gültiges JSON."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest().body(new ApiError(
        "Ungültiger Wert für «" + e.getName() + "».",
        List.of(new FieldError(e.getName(), "Ungültiger Wert «" + e.getValue() + "»"
            + (java.time.LocalDate.class.equals(e.getRequiredType())
                ? "; ein Datum wird als JJJJ-MM-TT angegeben, z. B. 2026-03-01." : ".")))));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> other(Exception e, HttpServletRequest request) throws Exception {
    if (!answersJson(request)) {
      // a page, not the API: the German error page answers (templates/error.html)
      throw e;
    }
    if (e instanceof ErrorResponse response) {
      // Spring MVC's own refusals (unknown path, method, media type ...) keep their status
      HttpStatusCode status = response.getStatusCode();
      return ResponseEntity.status(status).body(ApiError.of(describe(status)));
    }
    if (databaseUnreachable(e)) {
      LOG.warn("Database unreachable in the project API: {}", e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, "30")
          .body(ApiError.of(describe(HttpStatus.SERVICE_UNAVAILABLE)));
    }
    LOG.error("Unexpected error in the project API", e);
    return ResponseEntity.internalServerError().body(ApiError.of(
        "Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal."));
  }

  /**
   * Whether the request failed because the database could not be reached (restarted, network
   * away, no connection to be had): the transaction did not commit, and the same request may
   * succeed in a moment. SQL states of class 08 are connection exceptions; 57P01 to 57P03 mean
   * the server is shutting down or starting.
   */
  static boolean databaseUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof CannotCreateTransactionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
      // the rollback after the failure failed too (its connection is gone): the failure itself
      // says why
      if (cause instanceof TransactionSystemException rollback
          && rollback.getOriginalException() != null
          && databaseUnreachable(rollback.getOriginalException())) {
        return true;
      }
    }
    return false;
  }

  /** The project API and the portal's JSON endpoints answer JSON; pages answer pages. */
  private static boolean answersJson(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return true;
    }
    return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod method
        && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
  }

  /** A German sentence for an HTTP status, for answers that have no more specific one. */
  static String describe(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return "Die Anfrage konnte nicht bearbeitet werden.";
    }
    return switch (known) {
      case NOT_FOUND -> "Diese Adresse gibt es nicht.";
      case METHOD_NOT_ALLOWED -> "Diese Methode ist hier nicht erlaubt.";
      case UNSUPPORTED_MEDIA_TYPE ->
          "Die Anfrage muss JSON enthalten (Content-Type: application/json).";
      case NOT_ACCEPTABLE -> "Die Antwort gibt es nur als JSON.";
      case PAYLOAD_TOO_LARGE -> "Die gesendeten Daten sind zu gross.";
      case TOO_MANY_REQUESTS -> "Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Bitte"
          + " warten Sie einen Moment und versuchen Sie es dann erneut.";
      case UNAUTHORIZED -> "Bitte melden Sie sich an.";
      case FORBIDDEN -> "Dafür fehlt Ihnen die Berechtigung.";
      case INTERNAL_SERVER_ERROR -> "Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen"
          + " Sie es später noch einmal.";
      case SERVICE_UNAVAILABLE -> "Der Dienst ist im Moment nicht erreichbar; Ihre Anfrage"
          + " wurde nicht bearbeitet. Bitte versuchen Sie es in einigen Minuten noch einmal.";
      default -> "Die Anfrage konnte nicht bearbeitet werden.";
    };
  }
}
