package ch.ag.funding.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/regions?date=} (staff): the RIF perimeters as of a date (default: today). */
@RestController
class RegionController {

  private final ResponsibilityService responsibilities;
  private final Clock clock;

  RegionController(ResponsibilityService responsibilities, Clock clock) {
    this.responsibilities = responsibilities;
    this.clock = clock;
  }

  record MunicipalityView(int bfsNumber, String name) {}

  record RegionView(String id, String name, String contactEmail,
      List<MunicipalityView> municipalities) {}

  record PerimetersView(LocalDate date, List<RegionView> regions) {}

  @GetMapping("/api/regions")
  PerimetersView regions(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    LocalDate day = date != null ? date : LocalDate.now(clock);
    Perimeters perimeters = responsibilities.perimeters();
    List<RegionView> regions = perimeters.regions().stream()
        .map(region -> new RegionView(region.id(), region.name(), region.contactEmail(),
            perimeters.municipalitiesOf(region.id(), day).stream()
                .map(municipality -> new MunicipalityView(municipality.bfsNumber(),
                    municipality.name()))
                .toList()))
        .toList();
    return new PerimetersView(day, regions);
  }
}
