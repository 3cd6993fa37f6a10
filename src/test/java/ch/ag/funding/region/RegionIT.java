package ch.ag.funding.region;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference data as Flyway loads it into PostgreSQL, the responsibility rule on it, and
 * {@code GET /api/regions} for staff.
 */
class RegionIT extends PostgresIntegrationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Autowired ResponsibilityService responsibilities;
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
}
