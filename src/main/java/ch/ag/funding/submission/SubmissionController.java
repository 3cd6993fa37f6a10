package ch.ag.funding.submission;

import ch.ag.funding.system.web.BadRequestException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications} (domain.md §7): public, JSON, no cookies and so no CSRF token.
 * The body is read with a size limit and parsed strictly; the rest is the submission service's.
 */
@RestController
class SubmissionController {

  /** The largest body accepted: an application is a few KiB. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private final SubmissionService submissions;
  private final ObjectReader reader;

  SubmissionController(SubmissionService submissions, ObjectMapper objectMapper) {
    this.submissions = submissions;
    this.reader = objectMapper.readerFor(Map.class)
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  @PostMapping(path = "/api/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Submission submit(HttpServletRequest request) throws IOException {
    return submissions.submit(parse(read(request)));
  }

  private static byte[] read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return body;
  }

  private Map<String, Object> parse(byte[] body) {
    if (body.length == 0) {
      throw new BadRequestException("Die Anfrage enthält kein Gesuch.");
    }
    Map<String, Object> input;
    try {
      input = reader.readValue(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (Zeile " + e.getLocation().getLineNr()
          + ", Spalte " + e.getLocation().getColumnNr() + ")";
      throw new BadRequestException(
          "Der Inhalt der Anfrage ist kein gültiges JSON-Objekt" + where + ".");
    } catch (IOException e) {
      throw new BadRequestException("Der Inhalt der Anfrage konnte nicht gelesen werden.");
    }
    if (input == null) {
      throw new BadRequestException("Die Anfrage enthält kein Gesuch.");
    }
    return input;
  }

  private static BadRequestException tooLarge() {
    return new BadRequestException("Die Anfrage ist zu gross: höchstens "
        + MAX_BODY_BYTES / 1024 + " KiB sind erlaubt.");
  }
}
