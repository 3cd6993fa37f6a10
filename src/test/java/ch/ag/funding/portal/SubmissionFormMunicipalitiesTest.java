package ch.ag.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.region.ReferencePerimeters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The start form's own list of municipalities (what Tasklist offers, as it gives a start form no
 * input data) is the reference data's list of today (what the portal offers).
 */
class SubmissionFormMunicipalitiesTest {

  @Test
  void theFormOffersTheMunicipalitiesOfTheReferenceData() throws IOException {
    List<String> inForm = new ArrayList<>();
    try (InputStream file = new ClassPathResource("forms/application-submission.form")
        .getInputStream()) {
      JsonNode form = new ObjectMapper().readTree(file);
      collect(form.path("components"), inForm);
    }

    assertThat(inForm).hasSizeGreaterThan(190).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
        PortalController.municipalityNames(ReferencePerimeters.load(), LocalDate.now()));
  }

  private static void collect(JsonNode components, List<String> names) {
    for (JsonNode component : components) {
      if ("municipalities".equals(component.path("key").asText())) {
        component.path("values").forEach(option -> {
          assertThat(option.get("label")).isEqualTo(option.get("value"));
          names.add(option.get("value").asText());
        });
      }
      collect(component.path("components"), names);
    }
  }
}
