package ch.ag.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The portal renders the forms with the form renderer that the Tasklist of Camunda 7.24 bundles:
 * the form-js version pinned in the build writes the same schema version as the one in the
 * Tasklist webjar, and every form stays within it, so one {@code .form} renders the same in both.
 */
class FormRendererVersionTest {

  private static final Path FRONTEND = Path.of("src/main/frontend");

  @Test
  void thePortalsFormRendererIsTheTasklistsVersion() throws IOException {
    int tasklist;
    try (InputStream deps = new ClassPathResource(
        "META-INF/resources/webjars/camunda/lib/deps.js").getInputStream()) {
      tasklist = schemaVersion(new String(deps.readAllBytes(), StandardCharsets.UTF_8),
          "t\\.schemaVersion=(\\d+)");
    }
    int portal = schemaVersion(Files.readString(FRONTEND.resolve(
        "node_modules/@bpmn-io/form-js-viewer/dist/index.es.js")), "schemaVersion = (\\d+);");
    JsonNode pinned = new ObjectMapper().readTree(FRONTEND.resolve("package.json").toFile());

    assertThat(portal).isEqualTo(tasklist);
    assertThat(pinned.at("/dependencies/@bpmn-io~1form-js-viewer").asText())
        .as("an exact version, not a range").matches("\\d+\\.\\d+\\.\\d+");
    try (var forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        assertThat(new ObjectMapper().readTree(form.toFile()).get("schemaVersion").asInt())
            .as(form.toString()).isLessThanOrEqualTo(tasklist);
      }
    }
  }

  private static int schemaVersion(String source, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(source);
    assertThat(matcher.find()).as("schema version in the renderer").isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
