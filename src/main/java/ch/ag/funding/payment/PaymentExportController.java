package ch.ag.funding.payment;

import ch.ag.funding.system.web.ApiError;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's exports of the payment instructions ({@code camunda-admin}):
 * {@code POST /api/admin/payment-exports} puts all open instructions into a new export and
 * answers its CSV; {@code GET /api/admin/payment-exports/{id}} gives an earlier one again.
 */
@RestController
class PaymentExportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final PaymentInstructions payments;

  PaymentExportController(PaymentInstructions payments) {
    this.payments = payments;
  }

  @PostMapping("/api/admin/payment-exports")
  ResponseEntity<?> exportOpen(Authentication user) {
    return payments.exportOpen(user.getName()).<ResponseEntity<?>>map(this::csv)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(
            "Es gibt keine offenen Zahlungsaufträge; es wurde kein Export erstellt.")));
  }

  @GetMapping("/api/admin/payment-exports/{id}")
  ResponseEntity<?> export(@PathVariable long id) {
    return payments.export(id).<ResponseEntity<?>>map(this::csv)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(
            "Es gibt keinen Zahlungsexport mit der Nummer " + id + ".")));
  }

  private ResponseEntity<String> csv(PaymentInstructions.Export export) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("Zahlungen_" + export.id() + ".csv").build().toString())
        .header("X-Payments", String.valueOf(export.payments()))
        .header("X-Total", export.total().toPlainString())
        .body(export.csv());
  }
}
