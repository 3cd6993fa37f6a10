package ch.ag.funding.system.web;

/** A German message about one input field. */
public record FieldError(String field, String message) {}
