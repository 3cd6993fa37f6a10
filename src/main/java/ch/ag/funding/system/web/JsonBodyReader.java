package ch.ag.funding.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON object of a public endpoint's body with a size limit and strictly (no trailing
 * content, no field twice, decimals as BigDecimal); refusals are German
 * {@link BadRequestException}s.
 */
@Component
public class JsonBodyReader {

  /** The largest body accepted: an application or a task's answer is a few KiB. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  private final ObjectReader reader;

  JsonBodyReader(ObjectMapper objectMapper) {
    this.reader = objectMapper.readerFor(Map.class)
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * The body as a JSON object.
   *
   * @param missing the German message for an empty body
   */
  public Map<String, Object> read(HttpServletRequest request, String missing) throws IOException {
    return parse(readBytes(request), missing);
  }

  private static byte[] readBytes(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return body;
  }

  private Map<String, Object> parse(byte[] body, String missing) {
    if (body.length == 0) {
      throw new BadRequestException(missing);
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
      throw new BadRequestException(missing);
    }
    return input;
  }

  private static BadRequestException tooLarge() {
    return new BadRequestException("Die Anfrage ist zu gross: höchstens "
        + MAX_BODY_BYTES / 1024 + " KiB sind erlaubt.");
  }
}
