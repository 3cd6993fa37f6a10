package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ch.ag.funding.submission.Application.FundingSource;
import ch.ag.funding.submission.Application.OfferType;
import ch.ag.funding.submission.Application.OrganisationType;
import ch.ag.funding.system.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationValidatorTest {

  private final ApplicationValidator validator = new ApplicationValidator();

  @Test
  void validInputIsAcceptedAndNormalised() {
    Application application = validator.validate(validInput(), true);

    assertThat(application.organisationName()).isEqualTo("Verein Begegnung Baden");
    assertThat(application.organisationType()).isEqualTo(OrganisationType.VEREIN);
    assertThat(application.contactName()).isEqualTo("Anna Muster");
    assertThat(application.contactEmail()).isEqualTo("anna.muster@example.ch");
    assertThat(application.iban()).isEqualTo("CH93 0076 2011 6238 5295 7");
    assertThat(application.projectTitle()).isEqualTo("Sprachcafé Baden");
    assertThat(application.offerType()).isEqualTo(OfferType.KONVERSATION);
    assertThat(application.expectedParticipants()).isEqualTo(40);
    assertThat(application.volunteerCount()).isEqualTo(6);
    assertThat(application.municipalities()).containsExactly("Baden", "Wettingen");
    assertThat(application.supraRegional()).isFalse();
    assertThat(application.projectStart()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(application.projectEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(application.totalCost()).isEqualTo(new BigDecimal("20000.00"));
    assertThat(application.ownContribution()).isEqualTo(new BigDecimal("6000.00"));
    assertThat(application.thirdPartyFunding()).isEqualTo(new BigDecimal("2000.00"));
    assertThat(application.municipalityContribution()).isEqualTo(new BigDecimal("1999.50"));
    assertThat(application.requestedAmount()).isEqualTo(new BigDecimal("10000.50"));
    assertThat(application.fundingSource()).isEqualTo(FundingSource.KIP);
    assertThat(application.exclusionsConfirmed()).isTrue();
  }

  @Test
  void blankOptionalFieldsAreLeftEmpty() {
    Map<String, Object> input = validInput();
    input.put("contactPhone", "  ");
    input.remove("volunteerCount");
    input.remove("supraRegional");

    Application application = validator.validate(input, true);

    assertThat(application.contactPhone()).isNull();
    assertThat(application.volunteerCount()).isNull();
    assertThat(application.supraRegional()).isFalse();
  }

  static Stream<Object> numbersOfEveryJavaType() {
    return Stream.of(10000, 10000L, 10000.0, new BigDecimal("10000"), new BigDecimal("10000.000"));
  }

  @ParameterizedTest
  @MethodSource("numbersOfEveryJavaType")
  void amountsAreAcceptedAsAnyJavaNumberAndGetTwoDecimals(Object amount) {
    Map<String, Object> input = validInput();
    input.put("requestedAmount", amount);

    Application application = validator.validate(input, true);

    assertThat(application.requestedAmount()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(application.requestedAmount().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("numbersOfEveryJavaType")
  void integersAreAcceptedAsAnyWholeJavaNumber(Object participants) {
    Map<String, Object> input = validInput();
    input.put("expectedParticipants", participants);

    assertThat(validator.validate(input, true).expectedParticipants()).isEqualTo(10000);
  }

  @Test
  void municipalitiesMayBeACamundaJsonArray() {
    Map<String, Object> input = validInput();
    input.put("municipalities", Spin.JSON("[\"Baden\", \" Wettingen \", \"Baden\"]"));

    assertThat(validator.validate(input, true).municipalities())
        .containsExactly("Baden", "Wettingen");
  }

  @Test
  void datesMayBeJavaUtilDates() {
    Map<String, Object> input = validInput();
    input.put("projectStart", midnightInZurich(LocalDate.of(2026, 3, 1)));
    input.put("projectEnd", midnightInZurich(LocalDate.of(2026, 12, 31)));

    Application application = validator.validate(input, true);

    assertThat(application.projectStart()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(application.projectEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void textWhereANumberBelongsIsRefused() {
    Map<String, Object> input = validInput();
    input.put("totalCost", "20000");

    assertThat(errorsOf(input)).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("totalCost");
      assertThat(error.message())
          .isEqualTo("Gesamtkosten: Bitte einen Betrag in Franken als Zahl angeben, z. B. 12500.50.");
    });
  }

  @Test
  void textWhereAnIntegerBelongsIsRefused() {
    Map<String, Object> input = validInput();
    input.put("expectedParticipants", "vierzig");

    assertThat(errorsOf(input)).containsExactly(
        new FieldError("expectedParticipants", "Teilnehmende: Bitte eine ganze Zahl angeben."));
  }

  @Test
  void decimalWhereAnIntegerBelongsIsRefused() {
    Map<String, Object> input = validInput();
    input.put("volunteerCount", 2.5);

    assertThat(errorsOf(input)).containsExactly(new FieldError("volunteerCount",
        "Freiwillige: Bitte eine ganze Zahl angeben (erhalten: 2.5)."));
  }

  @Test
  void integerOutsideItsRangeIsRefused() {
    Map<String, Object> input = validInput();
    input.put("expectedParticipants", 0);

    assertThat(errorsOf(input)).containsExactly(new FieldError("expectedParticipants",
        "Teilnehmende: Bitte eine Zahl von 1 bis 100000 angeben."));
  }

  @Test
  void negativeAmountIsRefused() {
    Map<String, Object> input = validInput();
    input.put("thirdPartyFunding", -0.01);

    assertThat(errorsOf(input)).containsExactly(new FieldError("thirdPartyFunding",
        "Drittmittel: Der Betrag darf nicht negativ sein."));
  }

  @Test
  void amountWithMoreThanTwoDecimalsIsRefused() {
    Map<String, Object> input = validInput();
    input.put("requestedAmount", new BigDecimal("10000.505"));

    assertThat(errorsOf(input)).containsExactly(new FieldError("requestedAmount",
        "beantragter Beitrag: Höchstens zwei Nachkommastellen (Rappen) erlaubt."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.03.2026", "2026-02-30", "März 2026", "2026-3-1"})
  void unparseableDateIsRefused(String date) {
    Map<String, Object> input = validInput();
    input.put("projectStart", date);

    assertThat(errorsOf(input)).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("projectStart");
      assertThat(error.message()).isEqualTo("Projektbeginn: Ungültiges Datum «" + date
          + "»; erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2026-03-01.");
    });
  }

  @Test
  void dateOfAnotherTypeIsRefused() {
    Map<String, Object> input = validInput();
    input.put("projectEnd", 20261231);

    assertThat(errorsOf(input)).containsExactly(new FieldError("projectEnd",
        "Projektende: Bitte ein Datum im Format JJJJ-MM-TT angeben."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"organisationName", "organisationType", "contactEmail", "iban",
      "projectTitle", "expectedParticipants", "municipalities", "projectStart", "totalCost",
      "requestedAmount", "fundingSource", "exclusionsConfirmed"})
  void missingRequiredFieldIsRefused(String field) {
    Map<String, Object> input = validInput();
    input.remove(field);

    assertThat(errorsOf(input)).containsExactly(
        new FieldError(field, ApplicationValidator.FIELDS.get(field) + ": Angabe fehlt."));
  }

  @Test
  void nullRequiredFieldIsRefusedLikeAMissingOne() {
    Map<String, Object> input = validInput();
    input.put("contactName", null);

    assertThat(errorsOf(input)).containsExactly(
        new FieldError("contactName", "Kontaktperson: Angabe fehlt."));
  }

  @Test
  void blankRequiredTextIsRefused() {
    Map<String, Object> input = validInput();
    input.put("organisationName", " \t ");

    assertThat(errorsOf(input)).containsExactly(
        new FieldError("organisationName", "Trägerschaft: Angabe fehlt."));
  }

  @Test
  void unknownEnumValueIsRefused() {
    Map<String, Object> input = validInput();
    input.put("organisationType", "verein");

    assertThat(errorsOf(input)).containsExactly(new FieldError("organisationType",
        "Rechtsform: Unbekannter Wert «verein»; erlaubt sind VEREIN, STIFTUNG, GEMEINDE,"
            + " INSTITUTION, GRUPPE."));
  }

  @Test
  void enumGivenAsNonTextIsRefused() {
    Map<String, Object> input = validInput();
    input.put("fundingSource", 1);

    assertThat(errorsOf(input)).containsExactly(new FieldError("fundingSource",
        "Finanzierungsquelle: Bitte einen der Werte KIP, IP angeben."));
  }

  @Test
  void unknownFieldIsRefusedOnSubmission() {
    Map<String, Object> input = validInput();
    input.put("reference", "SI-2026-0001");

    assertThat(errorsOf(input)).containsExactly(new FieldError("reference",
        "Unbekanntes Feld «reference»: es gehört nicht zu einem Gesuch."));
  }

  @Test
  void unknownFieldIsIgnoredInTheVariablesOfARunningCase() {
    Map<String, Object> input = validInput();
    input.put("reference", "SI-2026-0001");
    input.put("formalProblems", Spin.JSON("[]"));

    Application application = validator.validate(input, false);

    assertThat(application.projectTitle()).isEqualTo("Sprachcafé Baden");
  }

  @Test
  void textOfTheMaximumLengthIsAccepted() {
    Map<String, Object> input = validInput();
    input.put("projectTitle", "  " + "x".repeat(200) + "  ");

    assertThat(validator.validate(input, true).projectTitle()).hasSize(200);
  }

  @Test
  void tooLongTextIsRefused() {
    Map<String, Object> input = validInput();
    input.put("projectTitle", "x".repeat(201));

    assertThat(errorsOf(input)).containsExactly(new FieldError("projectTitle",
        "Projekttitel: Höchstens 200 Zeichen erlaubt (erhalten: 201)."));
  }

  @Test
  void nonTextWhereTextBelongsIsRefused() {
    Map<String, Object> input = validInput();
    input.put("contactPhone", 564_441_122L);

    assertThat(errorsOf(input)).containsExactly(
        new FieldError("contactPhone", "Telefon: Bitte einen Text angeben."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "ja", "1"})
  void nonBooleanFlagIsRefused(String flag) {
    Map<String, Object> input = validInput();
    input.put("supraRegional", flag);

    assertThat(errorsOf(input)).containsExactly(new FieldError("supraRegional",
        "überregionales Projekt: Bitte ja (true) oder nein (false) angeben."));
  }

  static Stream<Arguments> municipalitiesThatAreNoList() {
    return Stream.of(
        Arguments.of("Baden"),
        Arguments.of(Map.of("name", "Baden")),
        Arguments.of(Spin.JSON("{\"name\": \"Baden\"}")),
        Arguments.of((Object) new String[] {"Baden"}));
  }

  @ParameterizedTest
  @MethodSource("municipalitiesThatAreNoList")
  void municipalitiesThatAreNotAListAreRefused(Object municipalities) {
    Map<String, Object> input = validInput();
    input.put("municipalities", municipalities);

    assertThat(errorsOf(input)).containsExactly(new FieldError("municipalities",
        "Durchführungsorte: Bitte eine Liste von Gemeindenamen angeben."));
  }

  @Test
  void municipalitiesContainingANonStringAreRefused() {
    Map<String, Object> input = validInput();
    input.put("municipalities", List.of("Baden", 4021));

    assertThat(errorsOf(input)).containsExactly(new FieldError("municipalities",
        "Durchführungsorte: Jeder Eintrag muss ein Gemeindename sein (höchstens 100 Zeichen)."));
  }

  @Test
  void municipalitiesContainingABlankNameAreRefused() {
    Map<String, Object> input = validInput();
    input.put("municipalities", Arrays.asList("Baden", " "));

    assertThat(errorsOf(input)).extracting(FieldError::field).containsExactly("municipalities");
  }

  @Test
  void emptyMunicipalityListIsLeftToTheFormalCheck() {
    Map<String, Object> input = validInput();
    input.put("municipalities", List.of());

    assertThat(validator.validate(input, true).municipalities()).isEmpty();
  }

  @Test
  void severalErrorsAreReportedTogether() {
    Map<String, Object> input = validInput();
    input.put("unexpected", "x");
    input.remove("contactEmail");
    input.put("projectEnd", "31.12.2026");
    input.put("requestedAmount", "viel");

    InvalidApplicationException refusal = catchThrowableOfType(
        InvalidApplicationException.class, () -> validator.validate(input, true));

    assertThat(refusal.getMessage())
        .isEqualTo("Das Gesuch enthält 4 Fehler. Bitte korrigieren Sie die Angaben.");
    assertThat(refusal.errors())
        .extracting(FieldError::field, error -> error.message().substring(0,
            error.message().indexOf(':')))
        .containsExactly(
            tuple("unexpected", "Unbekanntes Feld «unexpected»"),
            tuple("contactEmail", "E-Mail"),
            tuple("projectEnd", "Projektende"),
            tuple("requestedAmount", "beantragter Beitrag"));
    assertThat(refusal.allMessages())
        .startsWith("Das Gesuch enthält 4 Fehler.")
        .contains("E-Mail: Angabe fehlt.");
  }

  @Test
  void aSingleErrorIsAnnouncedInTheSingular() {
    Map<String, Object> input = validInput();
    input.remove("projectTitle");

    InvalidApplicationException refusal = catchThrowableOfType(
        InvalidApplicationException.class, () -> validator.validate(input, true));

    assertThat(refusal.getMessage())
        .isEqualTo("Das Gesuch enthält einen Fehler. Bitte korrigieren Sie die Angabe.");
  }

  /** A complete application as the portal sends it, with values to be normalised. */
  private static Map<String, Object> validInput() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("organisationName", "  Verein Begegnung Baden ");
    input.put("organisationType", "VEREIN");
    input.put("contactName", "Anna Muster");
    input.put("contactEmail", "anna.muster@example.ch");
    input.put("contactPhone", "056 441 11 22");
    input.put("iban", "CH93 0076 2011 6238 5295 7");
    input.put("projectTitle", "Sprachcafé Baden");
    input.put("projectDescription", "Wöchentlicher Treffpunkt zum Deutschsprechen.");
    input.put("offerType", " KONVERSATION ");
    input.put("targetGroup", "Zugewanderte Erwachsene");
    input.put("expectedParticipants", 40);
    input.put("volunteerCount", 6L);
    input.put("municipalities", List.of("Baden", "Wettingen", " Baden"));
    input.put("supraRegional", false);
    input.put("projectStart", "2026-03-01");
    input.put("projectEnd", " 2026-12-31 ");
    input.put("totalCost", 20000);
    input.put("ownContribution", 6000L);
    input.put("thirdPartyFunding", new BigDecimal("2000"));
    input.put("municipalityContribution", 1999.5);
    input.put("requestedAmount", new BigDecimal("10000.5"));
    input.put("fundingSource", "KIP");
    input.put("exclusionsConfirmed", true);
    return input;
  }

  private List<FieldError> errorsOf(Map<String, Object> input) {
    InvalidApplicationException refusal = catchThrowableOfType(
        InvalidApplicationException.class, () -> validator.validate(input, true));
    assertThat(refusal).as("refusal of %s", input).isNotNull();
    return refusal.errors();
  }

  private static Date midnightInZurich(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.of("Europe/Zurich")).toInstant());
  }
}
