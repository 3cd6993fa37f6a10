package ch.ag.funding.region;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference data as Flyway loads it into PostgreSQL, the responsibility rule on it,
 * {@code GET /api/regions} for staff and {@code PUT /api/admin/perimeters} for administrators.
 * Tests that replace the perimeters put the shipped file back, since all tests share the database.
 */
class RegionIT extends PostgresIntegrationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String SPREITENBACH_JOINS_BADEN =
      "rif-baden,4040,Spreitenbach,2027-01-01,\n";

  @Autowired ResponsibilityService responsibilities;
  @Autowired PerimeterService perimeterService;
  @Autowired PerimeterRepository perimeterRepository;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void migrationLoadsTheReferenceDataFromTheCsvFiles() {
    assertThat(jdbc.queryForObject("select count(*) from municipality", Integer.class))
        .isEqualTo(198);
    assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(9);
    assertThat(jdbc.queryForObject("select count(*) from region_membership", Integer.class))
        .isEqualTo(55);
    assertThat(responsibilities.perimeters().municipalities())
        .filteredOn(municipality -> municipality.existsOn(LocalDate.of(2026, 1, 1)))
        .hasSize(196);
  }

  @Test
  void municipalitiesOfOneRifMakeThatRifResponsible() {
    Responsibility responsibility = responsibilities.responsibility(
        List.of("Wettingen", "Baden"), false, DAY);

    assertThat(responsibility.office()).isEqualTo("rif-baden");
    assertThat(responsibility.reason()).contains("Fachstelle Integration Region Baden");
    assertThat(responsibility.warnings()).isEmpty();
  }

  @Test
  void municipalityOutsideEveryPerimeterMakesTheCantonResponsible() {
    Responsibility responsibility = responsibilities.responsibility(
        List.of("Spreitenbach"), false, DAY);

    assertThat(responsibility.office()).isEqualTo(Responsibility.CANTON);
    assertThat(responsibility.reason()).isEqualTo(
        "Spreitenbach liegt ausserhalb aller RIF-Perimeter: zuständig ist der Kanton.");
  }

  @Test
  void shortFormAndValidityAreReadFromTheDatabase() {
    assertThat(responsibilities.responsibility(List.of("Buchs"), false, DAY).office())
        .isEqualTo("rif-aarau");
    assertThat(responsibilities.responsibility(List.of("Muri"), false, LocalDate.of(2025, 6, 30))
        .office()).isEqualTo(Responsibility.CANTON);
    assertThat(responsibilities.responsibility(List.of("Muri"), false, LocalDate.of(2025, 7, 1))
        .office()).isEqualTo("rif-oberes-freiamt");
  }

  @Test
  void staffListThePerimetersAsOfADate() {
    JsonNode before = http().as("rif-baden-demo", "demo").get("/api/regions?date=2025-06-30")
        .json();
    JsonNode after = http().as("canton-demo", "demo").get("/api/regions?date=2025-07-01")
        .json();

    assertThat(before.get("date").asText()).isEqualTo("2025-06-30");
    assertThat(municipalitiesOf(before, "rif-oberes-freiamt")).isEmpty();
    assertThat(municipalitiesOf(after, "rif-oberes-freiamt")).contains("Muri (AG)",
        "Beinwil (Freiamt)").hasSize(6);
    assertThat(municipalitiesOf(after, "rif-baden")).containsExactly("Baden", "Ennetbaden",
        "Neuenhof", "Wettingen", "Würenlos");
  }

  private static List<String> municipalitiesOf(JsonNode perimeters, String regionId) {
    for (JsonNode region : perimeters.get("regions")) {
      if (region.get("id").asText().equals(regionId)) {
        return region.get("municipalities").findValuesAsText("name");
      }
    }
    throw new AssertionError("no region " + regionId);
  }

  @Test
  void perimetersAreForStaffOnly() {
    Http.Response anonymous = http().get("/api/regions");
    // a user no other test of this class logs in with: Camunda delays the next logins of a
    // user for some seconds after a wrong password
    Http.Response wrongPassword = http().as("rif-brugg-demo", "falsch").get("/api/regions");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asText()).contains("melden Sie sich");
    assertThat(wrongPassword.status()).isEqualTo(401);
  }

  @Test
  void anUnreadableDateIsRefusedInGerman() {
    Http.Response response = http().as("canton-demo", "demo").get("/api/regions?date=gestern");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("message").asText())
        .contains("gestern", "JJJJ-MM-TT");
  }

  @Test
  void administrationIsForAdministratorsOnly() {
    Http.Response response = http().as("canton-demo", "demo").put("/api/admin/perimeters", "");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).contains("Berechtigung");
  }

  // --- PUT /api/admin/perimeters -----------------------------------------------------------------

  @Test
  void anAdministratorReplacesThePerimetersAndAChangeCountsFromItsValidFrom() {
    LocalDate lastDayBefore = LocalDate.of(2026, 12, 31);
    LocalDate firstDay = LocalDate.of(2027, 1, 1);
    assertThat(municipalitiesOf(regionsOn(firstDay), "rif-baden")).doesNotContain("Spreitenbach");
    try {
      Http.Response response =
          putPerimeters("admin", "demo", CSV, shippedFile() + SPREITENBACH_JOINS_BADEN);

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode summary = response.json();
      assertThat(summary.get("message").asText())
          .isEqualTo("Die Perimeter wurden ersetzt: 56 Zugehörigkeiten.");
      assertThat(summary.get("memberships").asInt()).isEqualTo(56);
      LocalDate today = LocalDate.parse(summary.get("date").asText());
      assertThat(countToday(summary, "rif-baden")).isEqualTo(today.isBefore(firstDay) ? 5 : 6);
      assertThat(countToday(summary, "rif-aarau")).isEqualTo(7);
      assertThat(summary.get("regions")).hasSize(9);
      assertThat(jdbc.queryForObject("select count(*) from region_membership", Integer.class))
          .isEqualTo(56);

      assertThat(municipalitiesOf(regionsOn(lastDayBefore), "rif-baden"))
          .doesNotContain("Spreitenbach").hasSize(5);
      assertThat(municipalitiesOf(regionsOn(firstDay), "rif-baden"))
          .contains("Spreitenbach").hasSize(6);
      assertThat(responsibilities.responsibility(List.of("Spreitenbach"), false, lastDayBefore)
          .office()).isEqualTo(Responsibility.CANTON);
      Responsibility joined =
          responsibilities.responsibility(List.of("Spreitenbach", "Baden"), false, firstDay);
      assertThat(joined.office()).isEqualTo("rif-baden");
      assertThat(joined.reason()).contains("Fachstelle Integration Region Baden");
    } finally {
      restoreShippedPerimeters();
    }
    assertThat(responsibilities.responsibility(List.of("Spreitenbach"), false, firstDay)
        .office()).isEqualTo(Responsibility.CANTON);
  }

  @Test
  void aFileWithErrorsIsRefusedWithItsLineNumbersAndChangesNothing() {
    List<Map<String, Object>> before = memberships();
    String file = shippedFile()
        + "rif-nirgends,4040,Spreitenbach,2027-01-01,\n"      // line 57
        + "rif-baden,4021,Baden,2025-01-01,\n"                 // line 58: overlaps line 9
        + "rif-aargausued,4133,Burg,2024-01-01,\n"             // line 59: merged in 2023
        + "rif-baden,4026,Ennetbadn,01.01.2027,\n";            // line 60: two errors

    Http.Response response = putPerimeters("admin", "demo", CSV, file);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonNode error = response.json();
    assertThat(error.get("message").asText())
        .isEqualTo("Die Datei enthält 5 Fehler; es wurde nichts geändert.");
    assertThat(error.get("errors").findValuesAsText("field"))
        .containsExactly("Zeile 57", "Zeile 58", "Zeile 59", "Zeile 60", "Zeile 60");
    assertThat(error.get("errors").get(0).get("message").asText()).contains("«rif-nirgends»");
    assertThat(error.get("errors").get(1).get("message").asText()).contains("Baden (4021)",
        "Zeile 9");
    assertThat(error.get("errors").get(2).get("message").asText()).contains("Burg (AG)");
    assertThat(error.get("errors").get(3).get("message").asText()).contains("«Ennetbadn»");
    assertThat(error.get("errors").get(4).get("message").asText()).contains("«01.01.2027»");
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void aReplacementThatTheDatabaseRefusesHalfwayLeavesTheOldPerimeters() {
    List<Map<String, Object>> before = memberships();
    List<Membership> replacement = new ArrayList<>(ReferenceDataCsv.perimeters());
    replacement.add(new Membership("rif-nirgends", 4040, LocalDate.of(2027, 1, 1), null));

    assertThatThrownBy(() -> transaction.executeWithoutResult(
        status -> perimeterRepository.replaceMemberships(replacement)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void aTransactionReadsThePerimetersOnceAndAgainAfterItReplacedThem() {
    Perimeters outside = perimeterRepository.load();
    assertThat(perimeterRepository.load()).as("outside a transaction: read at every call")
        .isNotSameAs(outside).isEqualTo(outside);

    List<Membership> withoutBaden = ReferenceDataCsv.perimeters().stream()
        .filter(membership -> !membership.regionId().equals("rif-baden")).toList();
    try {
      transaction.executeWithoutResult(status -> {
        Perimeters first = perimeterRepository.load();
        assertThat(perimeterRepository.load()).isSameAs(first);
        assertThat(responsibilities.perimeters()).isSameAs(first);

        perimeterRepository.replaceMemberships(withoutBaden);

        Perimeters replaced = perimeterRepository.load();
        assertThat(replaced).isNotSameAs(first);
        assertThat(replaced.memberships()).hasSize(withoutBaden.size())
            .noneMatch(membership -> membership.regionId().equals("rif-baden"));
        status.setRollbackOnly();
      });
      transaction.executeWithoutResult(status ->
          assertThat(perimeterRepository.load()).as("the next transaction reads anew")
              .isNotSameAs(outside).isEqualTo(outside));
    } finally {
      assertThat(memberships()).hasSize(ReferenceDataCsv.perimeters().size());
    }
  }

  @Test
  void membershipsAreOnlyReplacedInsideATransaction() {
    List<Map<String, Object>> before = memberships();

    assertThatThrownBy(() -> perimeterRepository.replaceMemberships(List.of()))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void replacementsAtTheSameTimeRunOneAfterTheOther() throws Exception {
    String file = shippedFile();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> uploads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        uploads.add(() -> putPerimeters("admin", "demo", CSV, file).status());
      }
      for (Future<Integer> status : threads.invokeAll(uploads)) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      threads.shutdown();
    }
    assertThat(jdbc.queryForObject("select count(*) from region_membership", Integer.class))
        .isEqualTo(55);
  }

  @Test
  void uploadsThatAreNotCsvOrTooLargeAreRefusedInGerman() {
    List<Map<String, Object>> before = memberships();

    Http.Response json = putPerimeters("admin", "demo", "application/json", "{}");
    Http.Response form = putPerimeters("admin", "demo", "application/x-www-form-urlencoded",
        shippedFile());
    Http.Response latin1 = putPerimeters("admin", "demo", "text/csv; charset=ISO-8859-1",
        shippedFile());
    Http.Response tooLarge = putPerimeters("admin", "demo", CSV,
        shippedFile() + "#".repeat(PerimeterImport.MAX_BYTES));
    Http.Response empty = putPerimeters("admin", "demo", CSV, "");

    assertThat(List.of(json.status(), form.status(), latin1.status())).containsOnly(415);
    assertThat(json.json().get("message").asText()).contains("text/csv", "UTF-8");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.json().get("errors").get(0).get("message").asText())
        .contains("grösser als 1 MiB");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("Datei");
    assertThat(empty.json().get("errors").get(0).get("message").asText()).contains("leer");
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void onlyAdministratorsReplaceThePerimeters() {
    List<Map<String, Object>> before = memberships();
    String file = shippedFile() + SPREITENBACH_JOINS_BADEN;

    Http.Response canton = putPerimeters("canton-demo", "demo", CSV, file);
    Http.Response rif = putPerimeters("rif-baden-demo", "demo", CSV, file);
    Http.Response anonymous = putPerimeters(null, null, CSV, file);

    assertThat(canton.status()).isEqualTo(403);
    assertThat(canton.json().get("message").asText()).contains("Berechtigung");
    assertThat(rif.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(memberships()).isEqualTo(before);
  }

  private JsonNode regionsOn(LocalDate date) {
    return http().as("canton-demo", "demo").get("/api/regions?date=" + date).json();
  }

  private static int countToday(JsonNode summary, String regionId) {
    for (JsonNode region : summary.get("regions")) {
      if (region.get("id").asText().equals(regionId)) {
        return region.get("municipalities").asInt();
      }
    }
    throw new AssertionError("no region " + regionId);
  }

  /** All rows with their ids: a refused or failed replacement leaves every row as it was. */
  private List<Map<String, Object>> memberships() {
    return jdbc.queryForList("select id, region_id, bfs_number, valid_from, valid_to"
        + " from region_membership order by id");
  }

  private void restoreShippedPerimeters() {
    perimeterService.replace(shippedFile().getBytes(StandardCharsets.UTF_8));
  }

  private static String shippedFile() {
    try (InputStream in =
        RegionIT.class.getClassLoader().getResourceAsStream(ReferenceDataCsv.PERIMETERS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code PUT /api/admin/perimeters} with a raw body (the shared client sends only JSON). */
  private Http.Response putPerimeters(String user, String password, String contentType,
      String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/admin/perimeters"))
        .header("Content-Type", contentType)
        .PUT(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Http.Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
