package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/** An operator changes the sender under {@code funding.letter} without a release. */
class LetterPropertiesTest {

  @EnableConfigurationProperties(LetterProperties.class)
  @Import(LetterService.class)
  static class LetterConfiguration {}

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(LetterConfiguration.class);

  @Test
  void configuredSenderReplacesTheDefaults() {
    context.withPropertyValues("funding.letter.place=Baden",
            "funding.letter.email=integration-baden@ag.ch")
        .run(spring -> {
          String text = text(spring.getBean(LetterService.class).render(LetterType.NOT_ENTERED,
              LetterExamples.notEntered(List.of(), null)));

          assertThat(text).contains("Baden, 24. November 2026", "integration-baden@ag.ch",
                  "Amt für Migration und Integration Kanton Aargau (MIKA)")
              .doesNotContain("Aarau, 24. November 2026");
        });
  }
}
