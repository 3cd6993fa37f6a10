package ch.ag.funding.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responsibility rule of domain.md §4 step 3 on the real reference data (the CSVs in
 * {@code src/main/resources/reference/}), and the reference data itself against domain.md §3.
 */
class PerimetersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final String CANTON = Responsibility.CANTON;

  /** domain.md §3, as written there: RIF id, public name, short names, valid from. */
  private static final List<Rif> TABLE = List.of(
      new Rif("rif-aarau", "RIF Aarau", LocalDate.of(2024, 1, 1),
          "Aarau", "Buchs", "Suhr", "Hirschthal", "Muhen", "Unterentfelden", "Oberentfelden"),
      new Rif("rif-baden", "Fachstelle Integration Region Baden", LocalDate.of(2024, 1, 1),
          "Baden", "Ennetbaden", "Neuenhof", "Wettingen", "Würenlos"),
      new Rif("rif-brugg", "RIF Region Brugg", LocalDate.of(2024, 1, 1),
          "Brugg", "Birr", "Veltheim", "Windisch"),
      new Rif("rif-fricktal", "mit.dabei-Fricktal", LocalDate.of(2024, 1, 1),
          "Rheinfelden", "Frick", "Gansingen", "Gipf-Oberfrick", "Kaiseraugst", "Kaisten",
          "Laufenburg", "Magden", "Münchwilen", "Eiken", "Mumpf", "Stein"),
      new Rif("rif-freiamt", "Integration im Freiamt", LocalDate.of(2024, 1, 1),
          "Wohlen", "Villmergen", "Dottikon", "Dintikon"),
      new Rif("rif-zofingen", "zofingenregio Integration", LocalDate.of(2024, 1, 1),
          "Zofingen", "Aarburg", "Rothrist"),
      new Rif("rif-aargausued", "Impuls Zusammenleben aargauSüd", LocalDate.of(2024, 1, 1),
          "Birrwil", "Gontenschwil", "Leimbach", "Menziken", "Oberkulm", "Reinach", "Teufenthal",
          "Unterkulm", "Zetzwil"),
      new Rif("rif-lenzburg-seetal", "RIF Lenzburg-Seetal", LocalDate.of(2025, 1, 1),
          "Lenzburg", "Hallwil", "Schafisheim", "Seengen", "Seon"),
      new Rif("rif-oberes-freiamt", "RIF Oberes Freiamt", LocalDate.of(2025, 7, 1),
          "Muri", "Beinwil (Freiamt)", "Merenschwand", "Mühlau", "Sins", "Waltenschwil"));

  private final Perimeters perimeters = new Perimeters(ReferenceDataCsv.municipalities(),
      ReferenceDataCsv.regions(), ReferenceDataCsv.perimeters());

  private record Rif(String id, String publicName, LocalDate validFrom, String... municipalities) {}

  private Responsibility responsibility(String... municipalities) {
    return perimeters.responsibility(List.of(municipalities), false, TODAY);
  }

  private Responsibility responsibilityOn(LocalDate date, String... municipalities) {
    return perimeters.responsibility(List.of(municipalities), false, date);
  }

  static Stream<Arguments> everyMunicipalityOfDomainTable() {
    return TABLE.stream().flatMap(rif -> Stream.of(rif.municipalities())
        .map(name -> arguments(name, rif.id(), rif.publicName())));
  }

  static Stream<Arguments> everyRifOfDomainTable() {
    return TABLE.stream().map(rif -> arguments(rif.id(), rif.publicName(), rif.validFrom(),
        List.of(rif.municipalities())));
  }

  // --- one municipality of one RIF ---------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyMunicipalityOfDomainTable")
  void aMunicipalityAloneInsideOneRifMakesThatRifResponsible(String name, String rifId,
      String publicName) {
    Responsibility responsibility = responsibility(name);

    assertThat(responsibility.office()).isEqualTo(rifId);
    assertThat(responsibility.isCanton()).isFalse();
    assertThat(responsibility.reason()).contains(publicName);
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void theReasonForARifSaysThatAllPlacesLieInItsPerimeter() {
    assertThat(responsibility("Buchs").reason())
        .isEqualTo("Alle Durchführungsorte liegen im Perimeter von RIF Aarau.");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Buchs (AG)        | rif-aarau
      Veltheim (AG)     | rif-brugg
      Münchwilen (AG)   | rif-fricktal
      Stein (AG)        | rif-fricktal
      Wohlen (AG)       | rif-freiamt
      Leimbach (AG)     | rif-aargausued
      Reinach (AG)      | rif-aargausued
      Teufenthal (AG)   | rif-aargausued
      Muri (AG)         | rif-oberes-freiamt
      Beinwil (Freiamt) | rif-oberes-freiamt
      """)
  void theOfficialNameWithCantonSuffixWorksToo(String officialName, String rifId) {
    assertThat(responsibility(officialName).office()).isEqualTo(rifId);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" Buchs", "Buchs ", "  Buchs (AG)  ", "\tMuri\n", " Beinwil (Freiamt) "})
  void surroundingSpacesAreTrimmed(String name) {
    Responsibility responsibility = responsibility(name);

    assertThat(responsibility.isCanton()).isFalse();
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void beinwilAmSeeIsNotBeinwilFreiamtAndLiesOutsideEveryRif() {
    Responsibility responsibility = responsibility("Beinwil am See");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Beinwil am See liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"buchs", "BUCHS", "buchs (ag)", "Buchs AG", "Buchs(AG)", "Buchs (ZH)",
      "Beinwil", "Beinwil (AG)", "Muri (Freiamt)", "Wohle", "Aarau West"})
  void aNameThatIsNeitherOfficialNorTheShortFormIsUnknown(String name) {
    Responsibility responsibility = responsibility(name);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).contains("keine bestehende Gemeinde");
    assertThat(responsibility.warnings()).singleElement().asString().contains("«" + name + "»");
  }

  // --- several municipalities --------------------------------------------------------------------

  @Test
  void severalMunicipalitiesOfOneRifMakeThatRifResponsible() {
    Responsibility responsibility = responsibility("Aarau", "Buchs", "Suhr", "Oberentfelden");

    assertThat(responsibility.office()).isEqualTo("rif-aarau");
    assertThat(responsibility.reason()).contains("RIF Aarau");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void theSameMunicipalityNamedTwiceInBothFormsCountsAsOneRif() {
    assertThat(responsibility("Wohlen", "Wohlen (AG)", "Villmergen").office())
        .isEqualTo("rif-freiamt");
  }

  @Test
  void municipalitiesOfTwoRifMakeTheCantonResponsibleNamingBothRegions() {
    Responsibility responsibility = responsibility("Aarau", "Baden");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.isCanton()).isTrue();
    assertThat(responsibility.reason())
        .contains("mehreren RIF-Perimetern")
        .contains("RIF Aarau")
        .contains("Fachstelle Integration Region Baden")
        .endsWith("zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void theTwoFreiamtRegionsAreDifferentRifs() {
    Responsibility responsibility = responsibility("Wohlen", "Muri");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason())
        .contains("Integration im Freiamt")
        .contains("RIF Oberes Freiamt");
  }

  // --- outside every RIF -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Spreitenbach", "Killwangen", "Dürrenäsch", "Lupfig", "Mülligen"})
  void aMunicipalityOutsideEveryRifMakesTheCantonResponsible(String name) {
    Responsibility responsibility = responsibility(name);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        name + " liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void oneMunicipalityOutsideAmongMunicipalitiesOfOneRifMakesTheCantonResponsible() {
    Responsibility responsibility = responsibility("Baden", "Wettingen", "Spreitenbach");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason())
        .startsWith("Spreitenbach liegt ausserhalb aller RIF-Perimeter")
        .doesNotContain("Wettingen");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void severalMunicipalitiesOutsideAreAllNamed() {
    assertThat(responsibility("Spreitenbach", "Killwangen").reason())
        .isEqualTo("Spreitenbach, Killwangen liegen ausserhalb aller RIF-Perimeter:"
            + " zuständig ist der Kanton.");
  }

  // --- supra-regional ----------------------------------------------------------------------------

  @Test
  void aSupraRegionalProjectGoesToTheCantonEvenIfAllMunicipalitiesAreInOneRif() {
    Responsibility responsibility =
        perimeters.responsibility(List.of("Aarau", "Buchs", "Suhr"), true, TODAY);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason())
        .isEqualTo("Überregionales Projekt: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void aSupraRegionalProjectWithAnUnknownMunicipalityStillWarnsTheCaseworker() {
    Responsibility responsibility =
        perimeters.responsibility(List.of("Aarau", "Atlantis"), true, TODAY);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.warnings()).singleElement().asString().contains("Atlantis");
  }

  // --- unknown and missing municipalities --------------------------------------------------------

  @Test
  void anUnknownMunicipalityMakesTheCantonResponsibleWithAWarningForTheCaseworker() {
    Responsibility responsibility = responsibility("Atlantis");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Atlantis ist keine bestehende Gemeinde des Kantons: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).containsExactly(
        "Die Gemeinde «Atlantis» ist im Kanton nicht bekannt. Bitte prüfen Sie den"
            + " Durchführungsort.");
  }

  @Test
  void anUnknownMunicipalityAmongMunicipalitiesOfOneRifMakesTheCantonResponsible() {
    Responsibility responsibility = responsibility("Aarau", "Atlantis", "Buchs");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).startsWith("Atlantis ist keine bestehende Gemeinde");
    assertThat(responsibility.warnings()).singleElement().asString().contains("«Atlantis»");
  }

  @Test
  void theWarningNamesTheUnknownMunicipalityWithoutSurroundingSpaces() {
    assertThat(responsibility("  Atlantis ").warnings())
        .singleElement().asString().contains("«Atlantis»");
  }

  @Test
  void anEmptyListOfMunicipalitiesMakesTheCantonResponsible() {
    Responsibility responsibility = perimeters.responsibility(List.of(), false, TODAY);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason())
        .isEqualTo("Es ist kein Durchführungsort angegeben: zuständig ist der Kanton.");
  }

  // --- validity: joins ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
      "Lenzburg, 2024-12-31, canton-mika",
      "Lenzburg, 2025-01-01, rif-lenzburg-seetal",
      "Seon,     2024-12-31, canton-mika",
      "Seon,     2025-01-01, rif-lenzburg-seetal",
      "Muri,     2025-06-30, canton-mika",
      "Muri,     2025-07-01, rif-oberes-freiamt",
      "Sins,     2025-06-30, canton-mika",
      "Sins,     2025-07-01, rif-oberes-freiamt",
      "Aarau,    2023-12-31, canton-mika",
      "Aarau,    2024-01-01, rif-aarau"})
  void aMunicipalityBelongsToItsRifFromTheDayItJoins(String name, LocalDate date,
      String office) {
    assertThat(responsibilityOn(date, name).office()).isEqualTo(office);
  }

  @Test
  void beforeJoiningAMunicipalityLiesOutsideEveryRifWithoutAWarning() {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2024, 12, 31), "Lenzburg");

    assertThat(responsibility.reason()).isEqualTo(
        "Lenzburg liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void beforeOberesFreiamtStartedMuriLiesOutsideEveryRif() {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2025, 6, 30), "Muri");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).contains("Muri").contains("ausserhalb aller RIF-Perimeter");
    assertThat(responsibility.warnings()).isEmpty();
  }

  // --- validity: mergers -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Burg (AG)", "Burg"})
  void burgBeforeItsMergerIsAKnownMunicipalityOutsideEveryRif(String name) {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2022, 6, 1), name);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Burg (AG) liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Burg (AG)", "Burg"})
  void burgAfterItsMergerGoesToTheCantonWithAWarningAboutTheMerger(String name) {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2026, 1, 1), name);

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.warnings()).containsExactly(
        "Die Gemeinde «Burg (AG)» besteht seit dem 01.01.2023 nicht mehr (Fusion). Bitte prüfen"
            + " Sie den Durchführungsort.");
  }

  @Test
  void burgOnTheDayOfItsMergerNoLongerExists() {
    assertThat(responsibilityOn(LocalDate.of(2023, 1, 1), "Burg").warnings())
        .singleElement().asString().contains("Fusion");
  }

  @Test
  void villnachernOnTheLastDayBeforeItsMergerIsKnown() {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2025, 12, 31), "Villnachern");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Villnachern liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void villnachernFromItsMergerOnGoesToTheCantonWithAWarningAboutTheMerger() {
    Responsibility responsibility = responsibilityOn(LocalDate.of(2026, 1, 1), "Villnachern");

    assertThat(responsibility.office()).isEqualTo(CANTON);
    assertThat(responsibility.warnings()).singleElement().asString()
        .contains("«Villnachern»")
        .contains("01.01.2026")
        .contains("Fusion");
  }

  @Test
  void menzikenStaysInAargauSuedAfterTakingInBurg() {
    assertThat(responsibilityOn(LocalDate.of(2026, 1, 1), "Menziken").office())
        .isEqualTo("rif-aargausued");
  }

  // --- lookups -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Buchs             | 4003
      Buchs (AG)        | 4003
      Wohlen            | 4082
      Muri              | 4236
      Reinach           | 4141
      Beinwil (Freiamt) | 4224
      Beinwil am See    | 4131
      """)
  void aMunicipalityIsFoundByItsBfsNumberFromItsOfficialOrShortName(String name, int bfsNumber) {
    assertThat(perimeters.municipality(name, TODAY))
        .hasValueSatisfying(found -> assertThat(found.bfsNumber()).isEqualTo(bfsNumber));
  }

  @Test
  void aMergedMunicipalityIsNotFoundAfterItsMerger() {
    assertThat(perimeters.municipality("Villnachern", LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(perimeters.municipality("Villnachern", LocalDate.of(2025, 12, 31))).isPresent();
  }

  // --- the data itself ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2022-12-31, 198",
      "2023-01-01, 197",
      "2025-12-31, 197",
      "2026-01-01, 196",
      "2026-03-01, 196"})
  void theCantonHasThisManyMunicipalitiesOnThatDay(LocalDate date, long count) {
    assertThat(perimeters.municipalities().stream().filter(m -> m.existsOn(date)).count())
        .isEqualTo(count);
  }

  @Test
  void bfsNumbersAreUnique() {
    List<Integer> numbers =
        perimeters.municipalities().stream().map(Municipality::bfsNumber).toList();

    assertThat(numbers).doesNotHaveDuplicates();
  }

  @Test
  void noTwoMunicipalitiesThatExistAtTheSameTimeAnswerToTheSameName() {
    List<String> clashes = new ArrayList<>();
    List<Municipality> all = perimeters.municipalities();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Municipality a = all.get(i);
        Municipality b = all.get(j);
        boolean sameName = a.isCalled(b.name()) || b.isCalled(a.name())
            || a.isCalled(shortForm(b.name())) || b.isCalled(shortForm(a.name()));
        LocalDate firstCommonDay = laterStart(a.validFrom(), b.validFrom());
        if (sameName && a.existsOn(firstCommonDay) && b.existsOn(firstCommonDay)) {
          clashes.add(a.name() + " / " + b.name());
        }
      }
    }

    assertThat(clashes).isEmpty();
  }

  @Test
  void everyPerimeterRowRefersToAKnownMunicipalityAndRegion() {
    Set<Integer> bfsNumbers = perimeters.municipalities().stream()
        .map(Municipality::bfsNumber).collect(Collectors.toSet());
    Set<String> regionIds =
        perimeters.regions().stream().map(Region::id).collect(Collectors.toSet());

    assertThat(perimeters.memberships()).isNotEmpty().allSatisfy(membership -> {
      assertThat(bfsNumbers).as("BFS number of %s", membership).contains(membership.bfsNumber());
      assertThat(regionIds).as("region of %s", membership).contains(membership.regionId());
    });
  }

  @Test
  void everyMembershipLiesWithinTheLifetimeOfItsMunicipality() {
    assertThat(perimeters.memberships()).allSatisfy(membership -> {
      Municipality municipality = perimeters.municipalities().stream()
          .filter(m -> m.bfsNumber() == membership.bfsNumber()).findFirst().orElseThrow();
      LocalDate from = membership.validFrom() == null ? LocalDate.MIN : membership.validFrom();
      assertThat(municipality.existsOn(from)).as("%s exists on %s", municipality, from).isTrue();
      if (membership.validTo() == null) {
        assertThat(municipality.validTo()).as("%s still exists", municipality).isNull();
      } else {
        assertThat(municipality.existsOn(membership.validTo()))
            .as("%s exists on %s", municipality, membership.validTo()).isTrue();
      }
    });
  }

  @Test
  void noMunicipalityIsInTwoPerimetersAtOnce() {
    List<String> overlaps = new ArrayList<>();
    List<Membership> all = perimeters.memberships();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Membership a = all.get(i);
        Membership b = all.get(j);
        LocalDate firstCommonDay = laterStart(a.validFrom(), b.validFrom());
        if (a.bfsNumber() == b.bfsNumber()
            && a.validOn(firstCommonDay) && b.validOn(firstCommonDay)) {
          overlaps.add(a + " / " + b);
        }
      }
    }

    assertThat(overlaps).isEmpty();
  }

  @Test
  void everyMembershipEndsNoEarlierThanItStarts() {
    assertThat(perimeters.memberships()).allSatisfy(membership -> {
      if (membership.validFrom() != null && membership.validTo() != null) {
        assertThat(membership.validTo()).isAfterOrEqualTo(membership.validFrom());
      }
    });
  }

  @Test
  void theRegionsAreTheNineRifOfTheDomainWithTheirPublicNames() {
    assertThat(perimeters.regions())
        .extracting(Region::id, Region::name)
        .containsExactlyInAnyOrderElementsOf(TABLE.stream()
            .map(rif -> tuple(rif.id(), rif.publicName()))
            .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRifOfDomainTable")
  void eachPerimeterHoldsExactlyTheMunicipalitiesOfTheDomainTable(String rifId,
      String publicName, LocalDate validFrom, List<String> names) {
    Set<Integer> expected = names.stream()
        .map(name -> perimeters.municipality(name, TODAY).orElseThrow().bfsNumber())
        .collect(Collectors.toSet());
    Set<Integer> actual = perimeters.memberships().stream()
        .filter(membership -> membership.regionId().equals(rifId) && membership.validOn(TODAY))
        .map(Membership::bfsNumber)
        .collect(Collectors.toSet());

    assertThat(actual).isEqualTo(expected);
    assertThat(perimeters.memberships())
        .filteredOn(membership -> membership.regionId().equals(rifId))
        .extracting(Membership::validFrom)
        .containsOnly(validFrom);
  }

  // --- messages ----------------------------------------------------------------------------------

  static Stream<Arguments> allKindsOfMessages() {
    return Stream.of(
        arguments(List.of("Aarau"), false, TODAY),
        arguments(List.of("Oberkulm"), false, TODAY),
        arguments(List.of("Aarau", "Baden", "Unterkulm"), false, TODAY),
        arguments(List.of("Spreitenbach"), false, TODAY),
        arguments(List.of("Aarau"), true, TODAY),
        arguments(List.of("Atlantis"), false, TODAY),
        arguments(List.of("Atlantis", "Utopia"), false, TODAY),
        arguments(List.of(), false, TODAY),
        arguments(List.of("Burg"), false, TODAY),
        arguments(List.of("Villnachern"), false, TODAY));
  }

  @ParameterizedTest(name = "{0}, supra-regional {1}")
  @MethodSource("allKindsOfMessages")
  void messagesAreSwissGermanWithoutSharpS(Collection<String> names, boolean supraRegional,
      LocalDate date) {
    Responsibility responsibility = perimeters.responsibility(names, supraRegional, date);
    List<String> messages = new ArrayList<>(responsibility.warnings());
    messages.add(responsibility.reason());

    assertThat(messages).allSatisfy(message -> assertThat(message)
        .isNotBlank()
        .doesNotContain("ß")
        .endsWith(".")
        .containsAnyOf("Gemeinde", "Durchführungsort", "Perimeter", "Kanton", "Projekt"));
  }

  @Test
  void theRegionNamesHaveNoSharpS() {
    assertThat(perimeters.regions()).extracting(Region::name)
        .allSatisfy(name -> assertThat(name).doesNotContain("ß"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static String shortForm(String name) {
    return name.endsWith(" (AG)") ? name.substring(0, name.length() - 5) : name;
  }

  /**
   * The first day on which two periods can both hold (an open start counts as the earliest day):
   * two inclusive periods overlap exactly when both hold on that day.
   */
  private static LocalDate laterStart(LocalDate fromA, LocalDate fromB) {
    LocalDate a = fromA == null ? LocalDate.MIN : fromA;
    LocalDate b = fromB == null ? LocalDate.MIN : fromB;
    return a.isAfter(b) ? a : b;
  }

  @Test
  void mergedMunicipalityIsNamedAsNoLongerExistingAndWarned() {
    Responsibility responsibility = PERIMETERS_FOR_EDGE_CASES.responsibility(
        List.of("Villnachern"), false, LocalDate.of(2026, 1, 1));

    assertThat(responsibility.office()).isEqualTo(Responsibility.CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Villnachern ist keine bestehende Gemeinde des Kantons: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).singleElement().asString().contains("Fusion");
  }

  @Test
  void blankEntriesAreIgnoredAndDuplicatesCountOnce() {
    Responsibility responsibility = PERIMETERS_FOR_EDGE_CASES.responsibility(
        java.util.Arrays.asList("Atlantis", " ", null, "Atlantis\u00a0"), false,
        LocalDate.of(2026, 3, 1));

    assertThat(responsibility.reason()).isEqualTo(
        "Atlantis ist keine bestehende Gemeinde des Kantons: zuständig ist der Kanton.");
    assertThat(responsibility.warnings()).hasSize(1);
  }

  @Test
  void nonBreakingSpacesPastedFromTheWebAreTrimmed() {
    assertThat(PERIMETERS_FOR_EDGE_CASES.responsibility(List.of("Buchs\u00a0"), false,
        LocalDate.of(2026, 3, 1)).office()).isEqualTo("rif-aarau");
  }

  private static final Perimeters PERIMETERS_FOR_EDGE_CASES = new Perimeters(
      ReferenceDataCsv.municipalities(), ReferenceDataCsv.regions(), ReferenceDataCsv.perimeters());
}
