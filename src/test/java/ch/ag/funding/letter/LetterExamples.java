package ch.ag.funding.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Realistic facts for the letter tests, and reading a rendered letter back with PDFBox. */
final class LetterExamples {

  static final String TITLE = "Sprachcafé <b>Wettingen</b>";
  static final String ORGANISATION =
      "Verein für Begegnung und Integration «Zäme» Wettingen-Würenlos und Umgebung";

  private LetterExamples() {}

  /** The service as Spring would build it with no {@code funding.letter} settings. */
  static LetterService service() {
    LetterProperties defaults = new Binder(new MapConfigurationPropertySource())
        .bindOrCreate("funding.letter", Bindable.of(LetterProperties.class));
    return new LetterService(defaults);
  }

  /** An application of CHF 12'500 for a project within 2027, decided by RIF Baden. */
  static LetterFacts facts() {
    return new LetterFacts("SI-2026-0042", LocalDate.of(2026, 11, 24), ORGANISATION,
        "François Müller-Brönnimann", "f.mueller@zaeme-wettingen.ch", TITLE,
        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 11, 30), new BigDecimal("12500"), null,
        null, "Regionale Integrationsfachstelle Baden", List.of(), null, null, null);
  }

  static LetterFacts approved(BigDecimal amount, String reason, LocalDate end,
      LocalDate finalReportDue, LocalDate interimReportDue) {
    LetterFacts f = facts();
    BigDecimal advance = amount.multiply(new BigDecimal("0.80"));
    return new LetterFacts(f.reference(), f.date(), f.organisationName(), f.contactName(),
        f.contactEmail(), f.projectTitle(), f.projectStart(), end, f.requestedAmount(), amount,
        reason, f.decidingOffice(), List.of(), null,
        new LetterFacts.Terms(80, advance, 30, finalReportDue, interimReportDue), null);
  }

  static LetterFacts rejected(String reason) {
    LetterFacts f = facts();
    return new LetterFacts(f.reference(), f.date(), f.organisationName(), f.contactName(),
        f.contactEmail(), f.projectTitle(), f.projectStart(), f.projectEnd(),
        f.requestedAmount(), null, reason, "Kanton Aargau, Sektion Integration und Beratung",
        List.of(), null, null, null);
  }

  static LetterFacts notEntered(List<String> problems, LocalDate missedDeadline) {
    LetterFacts f = facts();
    return new LetterFacts(f.reference(), f.date(), f.organisationName(), f.contactName(),
        f.contactEmail(), f.projectTitle(), f.projectStart(), f.projectEnd(),
        f.requestedAmount(), null, null, "Kanton Aargau, Sektion Integration und Beratung",
        problems, missedDeadline, null, null);
  }

  /** CHF 10'000 approved, the project over, settled as given; written a year after the decision. */
  static LetterFacts settled(LetterFacts.Settlement settlement, String reason) {
    LetterFacts f = facts();
    return new LetterFacts(f.reference(), LocalDate.of(2028, 3, 15), f.organisationName(),
        f.contactName(), f.contactEmail(), f.projectTitle(), f.projectStart(), f.projectEnd(),
        f.requestedAmount(), new BigDecimal("10000"), reason, f.decidingOffice(), List.of(), null,
        null, settlement);
  }

  /** A settlement after the office accepted the final report; CHF 8'000 advance paid. */
  static LetterFacts.Settlement reported(String costs, String income, String eligible,
      String finalPayment, String repaymentClaim) {
    return new LetterFacts.Settlement(new BigDecimal(costs), new BigDecimal(income),
        new BigDecimal(eligible), new BigDecimal("8000"), new BigDecimal(finalPayment),
        new BigDecimal(repaymentClaim), false);
  }

  /**
   * The letter's text as a reader would copy it, with every run of white space (line breaks,
   * no-break spaces) as one space, so that assertions need not know where lines break.
   */
  static String text(Letter letter) {
    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pages(Letter letter) {
    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
