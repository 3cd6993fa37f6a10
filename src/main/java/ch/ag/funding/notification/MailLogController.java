package ch.ag.funding.notification;

import ch.ag.funding.identity.CaseAccess;
import ch.ag.funding.system.web.ApiError;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails as staff see them: {@code GET /api/cases/{reference}/mails} for those who may see
 * the case (the audit list), and for the administrators {@code GET /api/admin/mails?status=}
 * and {@code POST /api/admin/mails/{id}/retry} (a failed mail sent again).
 */
@RestController
class MailLogController {

  private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

  private final MailLog log;
  private final CaseAccess access;

  MailLogController(MailLog log, CaseAccess access) {
    this.log = log;
    this.access = access;
  }

  @GetMapping("/api/cases/{reference}/mails")
  ResponseEntity<?> ofCase(@PathVariable String reference, Authentication user) {
    return access.refusal(reference, user).<ResponseEntity<?>>map(refused -> refused)
        .orElseGet(() -> ResponseEntity.ok(log.ofCase(reference)));
  }

  @GetMapping("/api/admin/mails")
  ResponseEntity<?> withStatus(@RequestParam(defaultValue = "FAILED") String status) {
    String wanted = status.strip().toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(wanted)) {
      return ResponseEntity.badRequest().body(ApiError.of("Unbekannter Status «" + status
          + "»; erlaubt sind PENDING, SENT und FAILED."));
    }
    List<MailLog.Mail> mails = log.withStatus(wanted);
    return ResponseEntity.ok(mails);
  }

  @PostMapping("/api/admin/mails/{id}/retry")
  ResponseEntity<?> retry(@PathVariable long id) {
    return log.retry(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(
            "Es gibt keine fehlgeschlagene E-Mail mit der Nummer " + id + ".")));
  }
}
