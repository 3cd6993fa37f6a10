package ch.ag.funding.system.web;

import java.util.List;

/** The error body of the project's HTTP API (domain.md §7): German, never a stack trace. */
public record ApiError(String message, List<FieldError> errors) {

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
