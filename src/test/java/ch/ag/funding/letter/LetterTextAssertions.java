package ch.ag.funding.letter;

import static org.assertj.core.api.Assertions.assertThat;

/** What no letter may show: template syntax, glyphs the font lost, German "ß". */
final class LetterTextAssertions {

  private LetterTextAssertions() {}

  static void assertClean(String text) {
    assertThat(text)
        .as("unresolved template expressions")
        .doesNotContain("${", "[[", "[(", "th:", "~{")
        .as("Swiss spelling")
        .doesNotContain("ß")
        .as("characters the font could not show are replaced by #")
        .doesNotContain("#")
        .contains("Kanton Aargau", "Departement Volkswirtschaft und Inneres",
            "Amt für Migration und Integration Kanton Aargau (MIKA)",
            "Sektion Integration und Beratung", "Bahnhofplatz 3C, 5001 Aarau", "integration@ag.ch",
            LetterExamples.ORGANISATION, "z. H. François Müller-Brönnimann",
            "f.mueller@zaeme-wettingen.ch", "Gesuch SI-2026-0042", "Freundliche Grüsse");
  }
}
