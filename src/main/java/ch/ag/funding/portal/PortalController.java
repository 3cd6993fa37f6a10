package ch.ag.funding.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  private final StatusLinkService statusLinks;

  PortalController(CaseStatusService statuses, StatusLinkService statusLinks) {
    this.statuses = statuses;
    this.statusLinks = statusLinks;
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

  @GetMapping("/status-link")
  String recovery() {
    return "portal/status-link";
  }

  /**
   * "Status-Link verloren": the same answer whether or not the reference and the address match,
   * so that nobody learns which cases or addresses exist.
   */
  @PostMapping(path = "/status-link", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String recover(@RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String reference, Model model,
      HttpServletResponse response) {
    List<String> errors = new ArrayList<>();
    if (email.isBlank() || email.length() > 320 || !email.contains("@")) {
      errors.add("Bitte geben Sie die E-Mail-Adresse an, die im Gesuch steht.");
    }
    if (reference.isBlank() || reference.length() > 32) {
      errors.add("Bitte geben Sie das Aktenzeichen an, zum Beispiel SI-2026-0042.");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", errors);
      model.addAttribute("email", email.length() > 320 ? "" : email);
      model.addAttribute("reference", reference.length() > 32 ? "" : reference);
      return "portal/status-link";
    }
    statusLinks.reissue(reference.strip().toUpperCase(Locale.ROOT), email);
    return "portal/status-link-sent";
  }
}
