package ch.ag.funding.document;

import ch.ag.funding.system.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** An upload that is refused as a whole, with its HTTP status and a German message. */
public class DocumentRefusedException extends RuntimeException {

  private final HttpStatus status;
  private final transient List<FieldError> errors;

  DocumentRefusedException(HttpStatus status, String message, List<FieldError> errors) {
    super(message);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  DocumentRefusedException(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
