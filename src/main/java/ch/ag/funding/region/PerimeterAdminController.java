package ch.ag.funding.region;

import ch.ag.funding.system.web.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/admin/perimeters} ({@code camunda-admin}, see the security configuration):
 * replaces all RIF perimeters by the uploaded CSV file ({@code Content-Type: text/csv}, UTF-8).
 */
@RestController
class PerimeterAdminController {

  private static final MediaType CSV = MediaType.valueOf("text/csv");

  private final PerimeterService perimeters;

  PerimeterAdminController(PerimeterService perimeters) {
    this.perimeters = perimeters;
  }

  @PutMapping("/api/admin/perimeters")
  ResponseEntity<?> replace(
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      InputStream body) throws IOException {
    if (!isCsv(contentType)) {
      return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(
          "Die Perimeter werden als CSV-Datei in UTF-8 gesendet"
              + " (Content-Type: text/csv; charset=UTF-8)."));
    }
    // one byte more than allowed is enough to know that the file is too large
    byte[] file = body.readNBytes(PerimeterImport.MAX_BYTES + 1);
    return ResponseEntity.ok(perimeters.replace(file));
  }

  private static boolean isCsv(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return CSV.equalsTypeAndSubtype(type)
          && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
    } catch (IllegalArgumentException e) {
      // an unreadable Content-Type or charset
      return false;
    }
  }
}
