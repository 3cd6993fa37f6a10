package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.submission.Application.FundingSource;
import ch.ag.funding.submission.Application.OfferType;
import ch.ag.funding.submission.Application.OrganisationType;
import ch.ag.funding.submission.FormalCheck.Result;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;

class FormalCheckTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-02T08:00:00Z"), ZoneId.of("Europe/Zurich"));
  private static final LocalDate SUBMITTED = LocalDate.of(2026, 2, 2);

  private static final SubmissionProperties DEFAULTS = new Binder(List.of())
      .bindOrCreate("funding.submission", SubmissionProperties.class);

  private final FormalCheck check = new FormalCheck(DEFAULTS, CLOCK);

  @Test
  void defaultLimitsAreThoseOfTheFundingRules() {
    assertThat(DEFAULTS.maxRequestedAmount()).isEqualByComparingTo("50000");
    assertThat(DEFAULTS.maxShareOfTotalCost()).isEqualByComparingTo("0.60");
    assertThat(DEFAULTS.balanceTolerance()).isEqualByComparingTo("1");
    assertThat(DEFAULTS.shortNoticePeriod()).isEqualTo(Period.ofWeeks(6));
    assertThat(DEFAULTS.maxProjectDuration()).isEqualTo(Period.ofMonths(24));
    assertThat(DEFAULTS.completionPeriod()).isEqualTo(Duration.ofDays(14));
    assertThat(DEFAULTS.ibanCountries()).containsExactly("CH", "LI");
  }

  @Test
  void validApplicationIsCompleteWithoutWarnings() {
    Result result = check.check(valid().build(), SUBMITTED);

    assertThat(result.complete()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  // financing plan: 6,000 + 2,000 + 2,000 + 10,000 = 20,000

  @ParameterizedTest
  @ValueSource(strings = {"19999.00", "20001.00", "19999.50"})
  void financingPlanWithinOneFrancBalances(String totalCost) {
    Result result = check.check(valid().totalCost(totalCost).build(), SUBMITTED);

    assertThat(result.problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"19998.99", "20001.01"})
  void financingPlanOffByMoreThanOneFrancIsAProblem(String totalCost) {
    Result result = check.check(valid().totalCost(totalCost).build(), SUBMITTED);

    assertThat(result.complete()).isFalse();
    assertThat(result.problems()).singleElement().asString()
        .startsWith("Der Finanzierungsplan geht nicht auf: Die Gesamtkosten (CHF ")
        .contains("(CHF 20'000.00)")
        .endsWith("Differenz CHF 1.01.");
  }

  @Test
  void requestingExactlySixtyPercentOfTheTotalCostIsAllowed() {
    Application application = valid()
        .financing("20000", "4000", "2000", "2000", "12000").build();

    assertThat(check.check(application, SUBMITTED).problems()).isEmpty();
  }

  @Test
  void requestingOneRappenMoreThanSixtyPercentIsAProblem() {
    Application application = valid()
        .financing("20000", "3999.99", "2000", "2000", "12000.01").build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Der beantragte Beitrag (CHF 12'000.01) übersteigt 60 % der Gesamtkosten"
            + " (höchstens CHF 12'000.00).");
  }

  @Test
  void requestingExactlyTheMaximumAmountIsAllowed() {
    Application application = valid()
        .financing("100000", "30000", "10000", "10000", "50000").build();

    assertThat(check.check(application, SUBMITTED).problems()).isEmpty();
  }

  @Test
  void requestingOneRappenMoreThanTheMaximumAmountIsAProblem() {
    Application application = valid()
        .financing("100000", "29999.99", "10000", "10000", "50000.01").build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Der beantragte Beitrag (CHF 50'000.01) übersteigt den Höchstbetrag von CHF 50'000.00"
            + " pro Gesuch.");
  }

  @Test
  void requestingNothingIsAProblem() {
    Application application = valid()
        .financing("20000", "16000", "2000", "2000", "0").build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Der beantragte Beitrag muss grösser als CHF 0.00 sein.");
  }

  @Test
  void aLowerConfiguredMaximumAmountRefusesWhatTheDefaultAllows() {
    SubmissionProperties stricter = new SubmissionProperties(new BigDecimal("9000"),
        DEFAULTS.maxShareOfTotalCost(), DEFAULTS.balanceTolerance(), DEFAULTS.shortNoticePeriod(),
        DEFAULTS.maxProjectDuration(), DEFAULTS.completionPeriod(), DEFAULTS.ibanCountries());
    Application application = valid().build();

    assertThat(check.check(application, SUBMITTED).problems()).isEmpty();
    assertThat(new FormalCheck(stricter, CLOCK).check(application, SUBMITTED).problems())
        .containsExactly("Der beantragte Beitrag (CHF 10'000.00) übersteigt den Höchstbetrag"
            + " von CHF 9'000.00 pro Gesuch.");
  }

  @Test
  void aHigherConfiguredShareAllowsWhatTheDefaultRefuses() {
    SubmissionProperties generous = new SubmissionProperties(DEFAULTS.maxRequestedAmount(),
        new BigDecimal("0.75"), DEFAULTS.balanceTolerance(), DEFAULTS.shortNoticePeriod(),
        DEFAULTS.maxProjectDuration(), DEFAULTS.completionPeriod(), DEFAULTS.ibanCountries());
    Application application = valid()
        .financing("20000", "1000", "2000", "2000", "15000").build();

    assertThat(check.check(application, SUBMITTED).problems()).singleElement().asString()
        .contains("übersteigt 60 % der Gesamtkosten (höchstens CHF 12'000.00)");
    assertThat(new FormalCheck(generous, CLOCK).check(application, SUBMITTED).problems())
        .isEmpty();
  }

  @Test
  void startOnTheSubmissionDateIsAllowed() {
    Application application = valid().dates(SUBMITTED, SUBMITTED.plusMonths(6)).build();

    assertThat(check.check(application, SUBMITTED).problems()).isEmpty();
  }

  @Test
  void startBeforeTheSubmissionDateIsAProblem() {
    Application application = valid()
        .dates(SUBMITTED.minusDays(1), SUBMITTED.plusMonths(6)).build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Der Projektbeginn (01.02.2026) liegt vor dem Einreichungsdatum (02.02.2026); bereits"
            + " begonnene Projekte werden nicht gefördert.");
  }

  @Test
  void startSixWeeksAfterSubmissionGivesNoWarning() {
    LocalDate start = SUBMITTED.plusWeeks(6);
    Result result = check.check(valid().dates(start, start.plusMonths(6)).build(), SUBMITTED);

    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void startLessThanSixWeeksAfterSubmissionGivesAWarningButNoProblem() {
    LocalDate start = SUBMITTED.plusWeeks(6).minusDays(1);
    Result result = check.check(valid().dates(start, start.plusMonths(6)).build(), SUBMITTED);

    assertThat(result.complete()).isTrue();
    assertThat(result.warnings()).containsExactly(
        "Der Projektbeginn (15.03.2026) liegt weniger als 6 Wochen nach der Einreichung; der"
            + " Entscheid liegt bis dahin möglicherweise noch nicht vor.");
  }

  @Test
  void endBeforeStartIsAProblem() {
    LocalDate start = LocalDate.of(2026, 4, 1);
    Application application = valid().dates(start, start.minusDays(1)).build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Das Projektende (31.03.2026) liegt vor dem Projektbeginn (01.04.2026).");
  }

  @Test
  void oneDayProjectIsAllowed() {
    LocalDate start = LocalDate.of(2026, 4, 1);

    assertThat(check.check(valid().dates(start, start).build(), SUBMITTED).problems()).isEmpty();
  }

  @Test
  void projectOfTwentyFourMonthsIsAllowed() {
    LocalDate start = LocalDate.of(2026, 4, 1);
    Application application = valid().dates(start, start.plusMonths(24).minusDays(1)).build();

    assertThat(check.check(application, SUBMITTED).problems()).isEmpty();
  }

  @Test
  void projectLongerThanTwentyFourMonthsIsAProblem() {
    LocalDate start = LocalDate.of(2026, 4, 1);
    Application application = valid().dates(start, start.plusMonths(24)).build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Das Projekt dauert länger als 24 Monate (01.04.2026 bis 01.04.2028).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CH93 0076 2011 6238 5295 7", "CH9300762011623852957",
      "ch93 0076 2011 6238 5295 7", "LI21 0881 0000 2324 013A A"})
  void swissOrLiechtensteinIbanIsAccepted(String iban) {
    assertThat(check.check(valid().iban(iban).build(), SUBMITTED).problems()).isEmpty();
  }

  @Test
  void ibanWithWrongCheckDigitsIsAProblem() {
    Application application = valid().iban("CH94 0076 2011 6238 5295 7").build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Die IBAN «CH94 0076 2011 6238 5295 7» ist ungültig: Länge oder Prüfziffer stimmen"
            + " nicht.");
  }

  @Test
  void ibanWithWrongLengthIsAProblem() {
    Application application = valid().iban("CH93 0076 2011 6238 5295").build();

    assertThat(check.check(application, SUBMITTED).problems()).singleElement().asString()
        .contains("ist ungültig");
  }

  @Test
  void validForeignIbanIsAProblem() {
    Application application = valid().iban("DE89370400440532013000").build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Die IBAN «DE89370400440532013000» ist keine Schweizer oder Liechtensteiner IBAN;"
            + " erlaubt sind IBAN, die mit CH oder LI beginnen.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna.muster", "anna.muster@", "anna muster@example.ch",
      "anna.muster@example"})
  void invalidEmailIsAProblem(String email) {
    Application application = valid().contactEmail(email).build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Die E-Mail-Adresse «" + email + "» ist ungültig.");
  }

  @Test
  void noMunicipalityIsAProblem() {
    Application application = valid().municipalities(List.of()).build();

    assertThat(check.check(application, SUBMITTED).problems()).containsExactly(
        "Es ist keine Gemeinde als Durchführungsort angegeben.");
  }

  @Test
  void unconfirmedExclusionsAreAProblem() {
    Application application = valid().exclusionsConfirmed(false).build();

    assertThat(check.check(application, SUBMITTED).problems()).singleElement().asString()
        .startsWith("Die Bestätigung fehlt, dass keine Löhne des ordentlichen Betriebs");
  }

  @Test
  void allProblemsAreReportedTogetherInGermanWithoutSharpS() {
    Application application = valid()
        .financing("100000", "0", "0", "0", "60000.50")
        .dates(SUBMITTED.minusDays(1), SUBMITTED.plusMonths(30))
        .iban("DE89370400440532013000")
        .contactEmail("keine")
        .municipalities(List.of())
        .exclusionsConfirmed(false)
        .build();

    Result result = check.check(application, SUBMITTED);

    assertThat(result.problems()).hasSize(9)
        .anySatisfy(problem -> assertThat(problem).contains("CHF 50'000.00"))
        .anySatisfy(problem -> assertThat(problem).contains("CHF 60'000.50"))
        .anySatisfy(problem -> assertThat(problem).contains("01.02.2026"));
    assertThat(Stream.concat(result.problems().stream(), warningsOfAShortNoticeStart().stream()))
        .allSatisfy(message -> assertThat(message)
            .doesNotContain("ß")
            .containsPattern("(?i)\\b(der|die|das|ist|liegt|muss)\\b")
            .endsWith("."));
  }

  @Test
  void completionDeadlineIsFourteenDaysFromNow() {
    assertThat(check.completionDeadline()).isEqualTo(Instant.parse("2026-02-16T08:00:00Z"));
  }

  private List<String> warningsOfAShortNoticeStart() {
    return check.check(valid().dates(SUBMITTED, SUBMITTED.plusMonths(1)).build(), SUBMITTED)
        .warnings();
  }

  /** A valid application; each test changes only what it is about. */
  private static ApplicationBuilder valid() {
    return new ApplicationBuilder();
  }

  private static final class ApplicationBuilder {

    private String contactEmail = "anna.muster@example.ch";
    private String iban = "CH93 0076 2011 6238 5295 7";
    private List<String> municipalities = List.of("Baden", "Wettingen");
    private LocalDate projectStart = LocalDate.of(2026, 4, 1);
    private LocalDate projectEnd = LocalDate.of(2027, 3, 31);
    private BigDecimal totalCost = new BigDecimal("20000.00");
    private BigDecimal ownContribution = new BigDecimal("6000.00");
    private BigDecimal thirdPartyFunding = new BigDecimal("2000.00");
    private BigDecimal municipalityContribution = new BigDecimal("2000.00");
    private BigDecimal requestedAmount = new BigDecimal("10000.00");
    private boolean exclusionsConfirmed = true;

    ApplicationBuilder financing(String total, String own, String thirdParty,
        String municipality, String requested) {
      totalCost(total);
      ownContribution = new BigDecimal(own);
      thirdPartyFunding = new BigDecimal(thirdParty);
      municipalityContribution = new BigDecimal(municipality);
      requestedAmount = new BigDecimal(requested);
      return this;
    }

    ApplicationBuilder totalCost(String total) {
      totalCost = new BigDecimal(total);
      return this;
    }

    ApplicationBuilder dates(LocalDate start, LocalDate end) {
      projectStart = start;
      projectEnd = end;
      return this;
    }

    ApplicationBuilder iban(String value) {
      iban = value;
      return this;
    }

    ApplicationBuilder contactEmail(String value) {
      contactEmail = value;
      return this;
    }

    ApplicationBuilder municipalities(List<String> value) {
      municipalities = value;
      return this;
    }

    ApplicationBuilder exclusionsConfirmed(boolean value) {
      exclusionsConfirmed = value;
      return this;
    }

    Application build() {
      return new Application("Verein Begegnung Baden", OrganisationType.VEREIN, "Anna Muster",
          contactEmail, "056 441 11 22", iban, "Sprachcafé Baden",
          "Wöchentlicher Treffpunkt zum Deutschsprechen.", OfferType.KONVERSATION,
          "Zugewanderte Erwachsene", 40, 6, municipalities, false, projectStart, projectEnd,
          totalCost, ownContribution, thirdPartyFunding, municipalityContribution,
          requestedAmount, FundingSource.KIP, exclusionsConfirmed);
    }
  }
}
