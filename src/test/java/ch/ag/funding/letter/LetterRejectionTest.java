package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.pages;
import static ch.ag.funding.letter.LetterExamples.rejected;
import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rejection letter gives the deciding office's reason and names the office. */
class LetterRejectionTest {

  private final LetterService letters = LetterExamples.service();

  @Test
  void rejectionGivesTheReasonAndWhoDecided() {
    String text = text(letters.render(LetterType.REJECTION, rejected(
        "Das Angebot überschneidet sich mit dem «Treffpunkt Wettingen» der Gemeinde, der "
            + "bereits jeden Dienstag stattfindet. Ein zweites Angebot am selben Ort können wir "
            + "nicht fördern.")));

    assertThat(text).contains(
        "Ablehnung Ihres Gesuchs «Sprachcafé <b>Wettingen</b>»",
        "Aarau, 24. November 2026",
        "Beitrag von CHF 12'500.00",
        "Leider können wir es nicht bewilligen.",
        "Begründung Das Angebot überschneidet sich mit dem «Treffpunkt Wettingen» der Gemeinde",
        "Ein zweites Angebot am selben Ort können wir nicht fördern.",
        "Entschieden hat: Kanton Aargau, Sektion Integration und Beratung.",
        "Wir sind gerne für Sie da: integration@ag.ch",
        "Seite 1 von 1");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void longReasonContinuesOnASecondPage() {
    String paragraph = "Gemäss den Richtlinien des kantonalen Integrationsprogramms müssen "
        + "geförderte Angebote öffentlich zugänglich sein; die Teilnahme darf nicht an die "
        + "Mitgliedschaft im Verein geknüpft werden. ";
    Letter letter = letters.render(LetterType.REJECTION,
        rejected(paragraph.repeat(14) + "Ende der Begründung."));

    String text = text(letter);
    assertThat(pages(letter)).isEqualTo(2);
    assertThat(text).contains("Seite 1 von 2", "Seite 2 von 2", "Ende der Begründung.",
        "Freundliche Grüsse");
    LetterTextAssertions.assertClean(text);
  }
}
