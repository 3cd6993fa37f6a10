package ch.ag.funding.letter;

import static ch.ag.funding.letter.LetterExamples.notEntered;
import static ch.ag.funding.letter.LetterExamples.pages;
import static ch.ag.funding.letter.LetterExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The letter on not entering into an application lists what was missing and the deadline. */
class LetterNotEnteredTest {

  private final LetterService letters = LetterExamples.service();

  @Test
  void listsTheMissingPointsAndTheMissedDeadline() {
    String text = text(letters.render(LetterType.NOT_ENTERED, notEntered(List.of(
        "Der Finanzierungsplan ist nicht ausgeglichen: Die Summe der Einnahmen weicht um "
            + "CHF 1'250.00 von den Gesamtkosten ab.",
        "Der beantragte Beitrag übersteigt 60 % der Gesamtkosten.",
        "Die Durchführungsorte fehlen."), LocalDate.of(2026, 11, 20))));

    assertThat(text).contains(
        "Nichteintreten auf Ihr Gesuch «Sprachcafé <b>Wettingen</b>»",
        "Aarau, 24. November 2026",
        "Folgende Punkte fehlten oder waren nicht korrekt:",
        "Die Summe der Einnahmen weicht um CHF 1'250.00 von den Gesamtkosten ab.",
        "Der beantragte Beitrag übersteigt 60 % der Gesamtkosten.",
        "Die Durchführungsorte fehlen.",
        "Die Frist dafür ist am 20.11.2026 abgelaufen",
        "Wir treten deshalb auf Ihr Gesuch nicht ein.",
        "Sie können jederzeit ein neues, vollständiges Gesuch einreichen.",
        "Seite 1 von 1");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void withoutKnownDeadlineOrPointsTheLetterStillReads() {
    String text = text(letters.render(LetterType.NOT_ENTERED, notEntered(List.of(), null)));

    assertThat(text).contains("Die Frist dafür ist abgelaufen",
            "Wir treten deshalb auf Ihr Gesuch nicht ein.")
        .doesNotContain("Folgende Punkte");
    LetterTextAssertions.assertClean(text);
  }

  @Test
  void manyMissingPointsContinueOnASecondPage() {
    List<String> problems = IntStream.rangeClosed(1, 30)
        .mapToObj(i -> "Punkt " + i + ": Die Angabe zur Trägerschaft fehlt oder ist unvollständig.")
        .toList();
    Letter letter = letters.render(LetterType.NOT_ENTERED,
        notEntered(problems, LocalDate.of(2026, 11, 20)));

    String text = text(letter);
    assertThat(pages(letter)).isEqualTo(2);
    assertThat(text).contains("Seite 1 von 2", "Seite 2 von 2", "Punkt 30:",
        "Freundliche Grüsse");
    LetterTextAssertions.assertClean(text);
  }
}
