package ch.ag.funding.portal;

import ch.ag.funding.system.web.ApiError;
import ch.ag.funding.system.web.JsonBodyReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's open task under the status link, for the status page's form renderer: the
 * task's form and values, and its completion. The token in the path is the only credential (no
 * cookies, so no CSRF token).
 */
@RestController
class ApplicantTaskController {

  private static final String NO_TASK = "Zu diesem Link ist keine Aufgabe offen. Vielleicht"
      + " wurde sie schon erledigt: Bitte laden Sie die Seite neu.";

  private final ApplicantTaskService tasks;
  private final JsonBodyReader bodies;

  ApplicantTaskController(ApplicantTaskService tasks, JsonBodyReader bodies) {
    this.tasks = tasks;
    this.bodies = bodies;
  }

  @GetMapping(path = "/status/{token}/aufgabe", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> task(@PathVariable String token) {
    return tasks.openTask(token).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(NO_TASK)));
  }

  @PostMapping(path = "/status/{token}/aufgabe/{taskId}",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> complete(@PathVariable String token, @PathVariable String taskId,
      HttpServletRequest request) throws IOException {
    Map<String, Object> values = bodies.read(request, "Die Anfrage enthält keine Angaben.");
    if (!tasks.complete(token, taskId, values)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(NO_TASK));
    }
    return ResponseEntity.noContent().build();
  }
}
