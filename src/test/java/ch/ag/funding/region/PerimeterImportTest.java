package ch.ag.funding.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.ag.funding.region.PerimeterImport.Problem;
import ch.ag.funding.region.PerimeterImport.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of an uploaded perimeters file, against the shipped municipalities and regions. */
class PerimeterImportTest {

  private static final String HEADER = "region_id,bfs_number,municipality,valid_from,valid_to";

  private final PerimeterImport perimeterImport =
      new PerimeterImport(ReferenceDataCsv.municipalities(), ReferenceDataCsv.regions());

  private static String shippedFile() {
    try (InputStream in = PerimeterImportTest.class.getClassLoader()
        .getResourceAsStream(ReferenceDataCsv.PERIMETERS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header and these lines: the first one given is line 2. */
  private Result read(String... lines) {
    return perimeterImport.read(HEADER + "\n" + String.join("\n", lines) + "\n");
  }

  private static void assertRefused(Result result, int line, String... fragments) {
    assertThat(result.accepted()).isFalse();
    assertThat(result.memberships()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(line);
      assertThat(problem.message()).contains(fragments).doesNotContain("ß");
    });
  }

  // --- valid files -------------------------------------------------------------------------------

  @Test
  void theShippedPerimetersFileIsAccepted() {
    Result result = perimeterImport.read(shippedFile().getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).isEmpty();
    assertThat(result.accepted()).isTrue();
    assertThat(result.memberships()).hasSize(55)
        .containsExactlyElementsOf(ReferenceDataCsv.perimeters());
  }

  @Test
  void theShippedFileWithByteOrderMarkAndWindowsLineEndsIsAccepted() {
    byte[] file = ("\ufeff" + shippedFile().replace("\n", "\r\n"))
        .getBytes(StandardCharsets.UTF_8);

    assertThat(perimeterImport.read(file).memberships()).hasSize(55);
  }

  @Test
  void aMunicipalityJoiningLaterAndHistoryRowsAreAccepted() {
    Result result = read(
        "rif-baden,4021,Baden,2024-01-01,",
        "rif-baden,4040,Spreitenbach,2027-01-01,",
        "rif-brugg,4122,Villnachern,2024-01-01,2025-12-31",
        "rif-aargausued,4133,Burg (AG),2020-01-01,2022-12-31",
        "rif-aargausued,4139,Menziken,2020-01-01,2023-12-31",
        "rif-aarau,4139,Menziken,2024-01-01,");

    assertThat(result.problems()).isEmpty();
    assertThat(result.memberships()).contains(
        new Membership("rif-baden", 4040, LocalDate.of(2027, 1, 1), null),
        new Membership("rif-brugg", 4122, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void theShortFormWithoutCantonSuffixAndSurroundingSpacesAreAccepted() {
    Result result = read(" rif-aarau , 4003 , Buchs , 2024-01-01 , ");

    assertThat(result.problems()).isEmpty();
    assertThat(result.memberships())
        .containsExactly(new Membership("rif-aarau", 4003, LocalDate.of(2024, 1, 1), null));
  }

  @Test
  void aSingleDayMembershipIsAccepted() {
    assertThat(read("rif-baden,4040,Spreitenbach,2027-01-01,2027-01-01").accepted()).isTrue();
  }

  @Test
  void blankLinesAreSkipped() {
    assertThat(read("", "rif-baden,4021,Baden,2024-01-01,", ",,,,", "  ").memberships())
        .hasSize(1);
  }

  // --- the file as a whole -----------------------------------------------------------------------

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\n\n", "\ufeff", ",,,,\n,,,,\n"})
  void anEmptyFileIsRefused(String content) {
    assertRefused(perimeterImport.read(content.getBytes(StandardCharsets.UTF_8)), Problem.FILE,
        "Die Datei ist leer", HEADER);
  }

  @Test
  void aFileWithOnlyTheHeaderIsRefused() {
    assertRefused(perimeterImport.read(HEADER + "\n"), Problem.FILE, "nur die Kopfzeile");
  }

  @Test
  void aFileLargerThanOneMebibyteIsRefusedUnread() {
    byte[] file = new byte[PerimeterImport.MAX_BYTES + 1];
    Arrays.fill(file, (byte) 'a');

    assertRefused(perimeterImport.read(file), Problem.FILE, "grösser als 1 MiB");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] latin1 = (HEADER + "\nrif-baden,4048,Würenlos,2024-01-01,\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    assertRefused(perimeterImport.read(latin1), Problem.FILE, "UTF-8");
  }

  // --- header ------------------------------------------------------------------------------------

  @Test
  void aMissingColumnIsNamed() {
    assertRefused(perimeterImport.read("region_id,bfs_number,municipality,valid_from\n"
        + "rif-baden,4021,Baden,2024-01-01\n"), 1, "Kopfzeile", "Es fehlt: valid_to");
  }

  @Test
  void anUnknownColumnIsNamed() {
    assertRefused(perimeterImport.read(HEADER + ",remark\n"), 1, "Unbekannt: «remark»");
  }

  @Test
  void columnsInAnotherOrderAreRefused() {
    assertRefused(perimeterImport.read(
        "bfs_number,region_id,municipality,valid_from,valid_to\n"), 1, "Reihenfolge");
  }

  @Test
  void semicolonsAsSeparatorAreExplained() {
    assertRefused(perimeterImport.read(HEADER.replace(',', ';') + "\n"
        + "rif-baden;4021;Baden;2024-01-01;\n"), 1, "Kommas", "Semikolons");
  }

  @Test
  void aFileWithoutHeaderIsRefused() {
    assertRefused(perimeterImport.read("rif-baden,4021,Baden,2024-01-01,\n"), 1,
        "Die Kopfzeile fehlt", HEADER, "rif-baden,4021,Baden,2024-01-01,");
  }

  // --- one line ----------------------------------------------------------------------------------

  @Test
  void aLineWithTooFewOrTooManyValuesIsRefused() {
    Result result = read("rif-baden,4021,Baden,2024-01-01", "rif-baden,4021,Baden,2024-01-01,,x");

    assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "Die Zeile hat 4 Werte; erwartet werden 5 (" + HEADER + ")."),
        tuple(3, "Die Zeile hat 6 Werte; erwartet werden 5 (" + HEADER + ")."));
  }

  @Test
  void anUnknownRegionIsRefused() {
    assertRefused(read("rif-badn,4021,Baden,2024-01-01,"), 2, "Unbekannte Region «rif-badn»",
        "rif-baden", "rif-oberes-freiamt");
  }

  @Test
  void aMissingRegionIsRefused() {
    assertRefused(read(",4021,Baden,2024-01-01,"), 2, "Die Region (region_id) fehlt");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"40x1", "4021.0", "Baden", "-"})
  void aBfsNumberThatIsNotANumberIsRefused(String bfsNumber) {
    assertRefused(read("rif-baden," + bfsNumber + ",Baden,2024-01-01,"), 2,
        "«" + bfsNumber + "» ist keine BFS-Nummer");
  }

  @Test
  void aBfsNumberOfNoMunicipalityOfTheCantonIsRefused() {
    assertRefused(read("rif-baden,261,Zürich,2024-01-01,"), 2, "BFS-Nummer 261",
        "keine Gemeinde des Kantons Aargau");
  }

  @Test
  void aMissingBfsNumberIsRefused() {
    assertRefused(read("rif-baden,,Baden,2024-01-01,"), 2, "Die BFS-Nummer (bfs_number) fehlt");
  }

  @Test
  void anEmptyMunicipalityNameIsRefused() {
    assertRefused(read("rif-baden,4021,,2024-01-01,"), 2, "Der Gemeindename (municipality) fehlt",
        "«Baden»");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Badn", "baden", "Wettingen", "Baden (AG)"})
  void aNameThatIsNotTheMunicipalityOfThatBfsNumberIsRefused(String name) {
    assertRefused(read("rif-baden,4021," + name + ",2024-01-01,"), 2, "«" + name + "»",
        "BFS-Nummer 4021", "«Baden»");
  }

  @Test
  void beinwilAloneIsNotTheShortFormOfBeinwilFreiamt() {
    assertRefused(read("rif-oberes-freiamt,4224,Beinwil,2025-07-01,"), 2, "«Beinwil»",
        "«Beinwil (Freiamt)»");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2027-13-01", "01.01.2027", "2027-02-30", "2027-1-1", "morgen"})
  void aBadDateIsRefused(String date) {
    assertRefused(read("rif-baden,4040,Spreitenbach," + date + ","), 2, "«" + date + "»",
        "valid_from", "kein gültiges Datum", "JJJJ-MM-TT");
    assertRefused(read("rif-baden,4040,Spreitenbach,2027-01-01," + date), 2, "«" + date + "»",
        "valid_to", "kein gültiges Datum");
  }

  @Test
  void aMissingValidFromIsRefused() {
    assertRefused(read("rif-baden,4040,Spreitenbach,,2027-12-31"), 2,
        "Das Anfangsdatum (valid_from) fehlt");
  }

  @Test
  void aValidToBeforeValidFromIsRefused() {
    assertRefused(read("rif-baden,4040,Spreitenbach,2027-01-01,2026-12-31"), 2,
        "Das Enddatum 2026-12-31 (valid_to) liegt vor dem Anfangsdatum 2027-01-01 (valid_from)");
  }

  // --- a municipality's lifetime -----------------------------------------------------------------

  @Test
  void aMembershipAfterAMergerIsRefused() {
    assertRefused(read("rif-aargausued,4133,Burg (AG),2024-01-01,"), 2, "Burg (AG) (4133)",
        "besteht seit 2023-01-01 nicht mehr", "2024-01-01");
  }

  @Test
  void anOpenMembershipOfAMunicipalityThatMergedLaterIsRefused() {
    assertRefused(read("rif-brugg,4122,Villnachern,2024-01-01,"), 2, "Villnachern (4122)",
        "besteht nur bis 2025-12-31", "spätestens dann enden");
  }

  @Test
  void aMembershipEndingAfterTheMergerIsRefused() {
    assertRefused(read("rif-brugg,4122,Villnachern,2024-01-01,2026-06-30"), 2,
        "besteht nur bis 2025-12-31", "2026-06-30");
  }

  @Test
  void aMembershipEndingOnTheLastDayOfTheMunicipalityIsAccepted() {
    assertThat(read("rif-brugg,4122,Villnachern,2024-01-01,2025-12-31").accepted()).isTrue();
  }

  // --- overlapping validity ----------------------------------------------------------------------

  @Test
  void aMunicipalityInTwoRegionsAtTheSameTimeIsRefusedNamingBothLines() {
    Result result = read(
        "rif-baden,4021,Baden,2024-01-01,",
        "rif-aarau,4001,Aarau,2024-01-01,",
        "rif-aarau,4021,Baden,2026-01-01,2026-12-31");

    assertRefused(result, 4, "Baden (4021)", "Zeile 2",
        "hier vom 2026-01-01 bis 2026-12-31 der Region rif-aarau zugeordnet",
        "in Zeile 2 ab 2024-01-01 der Region rif-baden", "überschneiden sich ab 2026-01-01");
  }

  @Test
  void theSameRowTwiceOverlaps() {
    assertRefused(read("rif-baden,4021,Baden,2024-01-01,", "rif-baden,4021,Baden,2024-01-01,"), 3,
        "Zeile 2");
  }

  @Test
  void boundsAreInclusiveSoPeriodsSharingOneDayOverlap() {
    assertRefused(read(
        "rif-baden,4040,Spreitenbach,2027-01-01,",
        "rif-aarau,4040,Spreitenbach,2025-01-01,2027-01-01"), 3, "Zeile 2", "ab 2027-01-01");
  }

  @Test
  void periodsThatFollowEachOtherDoNotOverlap() {
    assertThat(read(
        "rif-baden,4040,Spreitenbach,2027-01-01,",
        "rif-aarau,4040,Spreitenbach,2025-01-01,2026-12-31").accepted()).isTrue();
  }

  @Test
  void eachLaterLineThatOverlapsIsNamed() {
    Result result = read(
        "rif-baden,4021,Baden,2024-01-01,",
        "rif-aarau,4021,Baden,2025-01-01,",
        "rif-brugg,4021,Baden,2026-01-01,");

    assertThat(result.problems()).extracting(Problem::line).containsExactly(3, 4, 4);
    assertThat(result.problems().get(2).message()).contains("Zeile 3");
  }

  // --- several problems at once ------------------------------------------------------------------

  @Test
  void allProblemsAreCollectedWithTheLineNumbersOfTheFile() {
    Result result = perimeterImport.read(String.join("\n",
        HEADER,                                             // 1
        "rif-baden,4021,Baden,2024-01-01,",                  // 2 fine
        "",                                                  // 3 blank
        "rif-nirgends,4026,Ennetbaden,2024-01-01,",          // 4 unknown region
        "rif-baden,4034,Neuenhof,2024-31-01,",               // 5 bad date
        "\"rif-baden\",\"4045\",\"Wettingen",                // 6 a quoted value over two lines
        "Dorf\",2024-01-01,",                                // 7
        "rif-baden,4021,Baden,2025-01-01,",                  // 8 overlaps line 2
        "rif-baden,4048,,2024-01-01,2023-01-01"));           // 9 no name, end before start

    assertThat(result.accepted()).isFalse();
    assertThat(result.memberships()).isEmpty();
    assertThat(result.problems()).extracting(Problem::line).containsExactly(4, 5, 6, 8, 9, 9);
    assertThat(result.problems()).extracting(Problem::message).satisfiesExactly(
        region -> assertThat(region).contains("«rif-nirgends»"),
        date -> assertThat(date).contains("«2024-31-01»"),
        name -> assertThat(name).contains("«Wettingen\nDorf»"),
        overlap -> assertThat(overlap).contains("Zeile 2"),
        name -> assertThat(name).contains("Gemeindename"),
        period -> assertThat(period).contains("liegt vor dem Anfangsdatum"));
  }

  @Test
  void severalProblemsOnOneLineAreEachReported() {
    Result result = read("rif-x,4133,Burg,gestern,morgen");

    assertThat(result.problems()).extracting(Problem::line).containsOnly(2);
    assertThat(result.problems()).extracting(Problem::message).satisfiesExactly(
        region -> assertThat(region).contains("«rif-x»"),
        from -> assertThat(from).contains("«gestern» (valid_from)"),
        to -> assertThat(to).contains("«morgen» (valid_to)"));
  }

  @Test
  void anUnclosedQuoteStopsTheCheckAtItsLine() {
    Result result = read(
        "rif-nirgends,4021,Baden,2024-01-01,",
        "rif-baden,4026,\"Ennetbaden,2024-01-01,",
        "rif-baden,4034,Neuenhof,2024-01-01,");

    assertThat(result.problems()).extracting(Problem::line).containsExactly(2, 3);
    assertThat(result.problems().get(1).message()).contains("Anführungszeichen");
  }

  @Test
  void noMessageUsesTheSharpS() {
    Result result = read("rif-x,4133,,2024-13-01,", "rif-baden,99,Burg,2024-01-01,2023-01-01",
        "rif-aargausued,4133,Burg,2024-01-01,", "rif-aargausued,4133,Burg,2024-01-01,",
        "a,b", "rif-baden,4021,Baden,,");

    assertThat(result.problems()).hasSizeGreaterThan(6).allSatisfy(problem ->
        assertThat(problem.message()).doesNotContain("ß").endsWith("."));
  }
}
