package ch.ag.funding.submission;

import ch.ag.funding.system.web.BadRequestException;
import ch.ag.funding.system.web.FieldError;
import java.util.List;

/** Input that is malformed or structurally incomplete: refused before anything is stored. */
public class InvalidApplicationException extends BadRequestException {

  public InvalidApplicationException(List<FieldError> errors) {
    super(errors.size() == 1
        ? "Das Gesuch enthält einen Fehler. Bitte korrigieren Sie die Angabe."
        : "Das Gesuch enthält " + errors.size() + " Fehler. Bitte korrigieren Sie die Angaben.",
        errors);
  }

  /** All messages in one line, for channels that show only one text (Tasklist, engine REST). */
  public String allMessages() {
    return getMessage() + " " + String.join(" ",
        errors().stream().map(FieldError::message).toList());
  }
}
