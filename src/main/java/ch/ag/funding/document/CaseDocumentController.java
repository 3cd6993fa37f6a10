package ch.ag.funding.document;

import ch.ag.funding.identity.CaseAccess;
import ch.ag.funding.system.web.ApiError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{reference}/documents[/{id}]}: a case's documents, for staff who may see
 * the case ({@link CaseAccess}). A download is always an attachment, sent with the type
 * recognised at upload, {@code nosniff} and a sandboxing Content-Security-Policy, so that a
 * document never runs as a page of this application.
 */
@RestController
class CaseDocumentController {

  private final DocumentService documents;
  private final CaseAccess access;

  CaseDocumentController(DocumentService documents, CaseAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /** A document as staff see it, with the address to download it. */
  record CaseDocument(long id, String fileName, String mediaType, long size, String sha256,
      Instant uploadedAt, String uploadedBy, String downloadUrl) {

    static CaseDocument of(Document document) {
      return new CaseDocument(document.id(), document.fileName(), document.mediaType(),
          document.size(), document.sha256(), document.uploadedAt(), document.uploadedBy(),
          "/api/cases/" + document.reference() + "/documents/" + document.id());
    }
  }

  @GetMapping("/api/cases/{reference}/documents")
  ResponseEntity<?> list(@PathVariable String reference, Authentication user) {
    Optional<ResponseEntity<ApiError>> refused = access.refusal(reference, user);
    if (refused.isPresent()) {
      return refused.get();
    }
    return ResponseEntity.ok(documents.list(reference).stream().map(CaseDocument::of).toList());
  }

  @GetMapping("/api/cases/{reference}/documents/{id}")
  ResponseEntity<?> download(@PathVariable String reference, @PathVariable long id,
      Authentication user) {
    Optional<ResponseEntity<ApiError>> refused = access.refusal(reference, user);
    if (refused.isPresent()) {
      return refused.get();
    }
    return documents.find(reference, id)
        .<ResponseEntity<?>>map(stored -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(stored.document().mediaType()))
            .contentLength(stored.content().length)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment(stored.document().fileName()))
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "sandbox")
            .body(stored.content()))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(ApiError.of("Dieses Dokument gibt es beim Gesuch " + reference + " nicht.")));
  }


  /**
   * {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded} (RFC 6266,
   * RFC 8187): the stored name is already free of control characters and paths.
   */
  static String attachment(String fileName) {
    StringBuilder fallback = new StringBuilder();
    fileName.codePoints().forEach(c -> fallback.append(
        c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isAttrChar(c)) {
        encoded.write(c);
      } else {
        encoded.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
        + encoded.toString(StandardCharsets.US_ASCII);
  }

  /** RFC 8187 attr-char: letters, digits and {@code !#$&+-.^_`|~}. */
  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
