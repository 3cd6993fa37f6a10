package ch.ag.funding.system.web;

import java.util.List;

/** Input the API refuses with 400 and a German message (and, where it applies, one per field). */
public class BadRequestException extends RuntimeException {

  private final transient List<FieldError> errors;

  public BadRequestException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public BadRequestException(String message) {
    this(message, List.of());
  }

  public List<FieldError> errors() {
    return errors;
  }
}
