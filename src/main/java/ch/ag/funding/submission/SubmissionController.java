package ch.ag.funding.submission;

import ch.ag.funding.system.web.JsonBodyReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications} (domain.md §7): public, JSON, no cookies and so no CSRF token.
 * The body is read with a size limit and parsed strictly ({@link JsonBodyReader}); the rest is
 * the submission service's.
 */
@RestController
class SubmissionController {

  private final SubmissionService submissions;
  private final JsonBodyReader bodies;

  SubmissionController(SubmissionService submissions, JsonBodyReader bodies) {
    this.submissions = submissions;
    this.bodies = bodies;
  }

  @PostMapping(path = "/api/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Submission submit(HttpServletRequest request) throws IOException {
    return submissions.submit(bodies.read(request, "Die Anfrage enthält kein Gesuch."));
  }
}
