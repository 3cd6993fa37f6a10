package ch.ag.funding.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The applicant portal's pages (issue 6): the start page, the submission page that renders the
 * start form {@code application-submission} with form-js, and the status page behind the secret
 * link. Everything is German; every value is escaped by Thymeleaf.
 */
@Controller
class PortalController {

  /** The start form, the same file that Tasklist renders. */
  private static final String SUBMISSION_FORM = "forms/application-submission.form";

  private final CaseStatusService statuses;

  PortalController(CaseStatusService statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/")
  String start() {
    return "portal/start";
  }

  @GetMapping("/gesuch")
  String submission() {
    return "portal/gesuch";
  }

  @GetMapping(path = "/gesuch/formular", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> submissionForm() throws IOException {
    try (InputStream form = new ClassPathResource(SUBMISSION_FORM).getInputStream()) {
      return ResponseEntity.ok()
          .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
          .contentType(MediaType.APPLICATION_JSON)
          .body(new String(form.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping("/status/{token}")
  String status(@PathVariable String token, Model model) {
    CaseStatus status = statuses.status(token).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown status link"));
    model.addAttribute("status", status);
    model.addAttribute("taskUrl", "/status/" + token + "/aufgabe");
    return "portal/status";
  }
}
