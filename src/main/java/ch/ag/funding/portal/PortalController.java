package ch.ag.funding.portal;

import ch.ag.funding.region.Municipality;
import ch.ag.funding.region.Perimeters;
import ch.ag.funding.region.ResponsibilityService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
  private final ResponsibilityService offices;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  PortalController(CaseStatusService statuses, StatusLinkService statusLinks,
      ResponsibilityService offices, ObjectMapper objectMapper, Clock clock) {
    this.statuses = statuses;
    this.statusLinks = statusLinks;
    this.offices = offices;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @GetMapping("/")
  String start() {
    return "portal/start";
  }

  @GetMapping("/gesuch")
  String submission() {
    return "portal/gesuch";
  }

  /**
   * The start form for the portal: the file Tasklist renders, with the municipalities offered
   * as of today from the reference data (the file's own list serves Tasklist, which gives a start
   * form no input data; a test keeps both the same).
   */
  @GetMapping(path = "/gesuch/formular", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<JsonNode> submissionForm() throws IOException {
    JsonNode form;
    try (InputStream file = new ClassPathResource(SUBMISSION_FORM).getInputStream()) {
      form = objectMapper.readTree(file);
    }
    ArrayNode options = objectMapper.createArrayNode();
    for (String name : municipalityNames(offices.perimeters(), LocalDate.now(clock))) {
      options.addObject().put("label", name).put("value", name);
    }
    component(form.path("components"), "municipalities")
        .ifPresent(field -> field.set("values", options));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
        .contentType(MediaType.APPLICATION_JSON)
        .body(form);
  }

  /** The names of the canton's municipalities on a day, in German alphabetical order. */
  static List<String> municipalityNames(Perimeters perimeters, LocalDate day) {
    Collator german = Collator.getInstance(Locale.GERMAN);
    return perimeters.municipalities().stream()
        .filter(municipality -> municipality.existsOn(day))
        .map(Municipality::name)
        .sorted(german)
        .toList();
  }

  private static Optional<ObjectNode> component(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText()) && component instanceof ObjectNode field) {
        return Optional.of(field);
      }
      Optional<ObjectNode> nested = component(component.path("components"), key);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  @GetMapping("/status/{token}")
  String status(@PathVariable String token, Model model) {
    CaseStatus status = statuses.status(token).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown status link"));
    model.addAttribute("status", status);
    model.addAttribute("taskUrl", "/status/" + token + "/aufgabe");
    model.addAttribute("documentsUrl", "/status/" + token + "/documents");
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
