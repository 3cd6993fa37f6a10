package ch.ag.funding.region;

import static ch.ag.funding.system.SwissFormat.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RIF perimeters with their history, and the responsibility rule of domain.md §4 step 3: all
 * project municipalities in one RIF's perimeter, and not supra-regional, make that RIF
 * responsible; several RIF, a municipality outside every perimeter, an unknown municipality or a
 * supra-regional project make it the canton.
 */
public record Perimeters(List<Municipality> municipalities, List<Region> regions,
    List<Membership> memberships) {

  /** Unmodifiable: one transaction's callers share the perimeters it read. */
  public Perimeters {
    municipalities = List.copyOf(municipalities);
    regions = List.copyOf(regions);
    memberships = List.copyOf(memberships);
  }

  /** The municipality with this official name or short form that exists on that day. */
  public Optional<Municipality> municipality(String name, LocalDate date) {
    return municipalities.stream()
        .filter(municipality -> municipality.isCalled(name) && municipality.existsOn(date))
        .findFirst();
  }

  /** The RIF whose perimeter holds the municipality on that day, if any. */
  public Optional<Region> regionOf(int bfsNumber, LocalDate date) {
    return memberships.stream()
        .filter(membership -> membership.bfsNumber() == bfsNumber && membership.validOn(date))
        .findFirst()
        .flatMap(membership -> region(membership.regionId()));
  }

  /** The municipalities in a RIF's perimeter on that day. */
  public List<Municipality> municipalitiesOf(String regionId, LocalDate date) {
    return memberships.stream()
        .filter(membership -> membership.regionId().equals(regionId) && membership.validOn(date))
        .flatMap(membership -> municipalities.stream()
            .filter(municipality -> municipality.bfsNumber() == membership.bfsNumber()))
        .toList();
  }

  public Optional<Region> region(String id) {
    return regions.stream().filter(region -> region.id().equals(id)).findFirst();
  }

  public Responsibility responsibility(Collection<String> municipalityNames,
      boolean supraRegional, LocalDate date) {
    List<String> warnings = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    Set<Region> involved = new LinkedHashSet<>();
    Set<String> names = municipalityNames.stream().map(Municipality::normalise)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String name : names) {
      Optional<Municipality> municipality = municipality(name, date);
      if (municipality.isEmpty()) {
        Optional<Municipality> merged = merged(name, date);
        unknown.add(merged.map(Municipality::name).orElse(name));
        warnings.add(merged.map(m -> mergerWarning(m))
            .orElse("Die Gemeinde «" + name + "» ist im Kanton nicht bekannt. Bitte prüfen Sie"
                + " den Durchführungsort."));
        continue;
      }
      regionOf(municipality.get().bfsNumber(), date).ifPresentOrElse(involved::add,
          () -> outside.add(municipality.get().name()));
    }
    return new Responsibility(office(supraRegional, unknown, outside, involved),
        reason(names, supraRegional, unknown, outside, involved),
        List.copyOf(warnings));
  }

  private static String office(boolean supraRegional, List<String> unknown, List<String> outside,
      Set<Region> involved) {
    if (supraRegional || !unknown.isEmpty() || !outside.isEmpty() || involved.size() != 1) {
      return Responsibility.CANTON;
    }
    return involved.iterator().next().id();
  }

  private static String reason(Collection<String> names, boolean supraRegional,
      List<String> unknown, List<String> outside, Set<Region> involved) {
    String canton = ": zuständig ist der Kanton.";
    if (supraRegional) {
      return "Überregionales Projekt" + canton;
    }
    if (names.isEmpty()) {
      return "Es ist kein Durchführungsort angegeben" + canton;
    }
    if (!unknown.isEmpty()) {
      return join(unknown) + (unknown.size() == 1 ? " ist keine bestehende Gemeinde"
          : " sind keine bestehenden Gemeinden") + " des Kantons" + canton;
    }
    if (!outside.isEmpty()) {
      return join(outside) + (outside.size() == 1 ? " liegt" : " liegen")
          + " ausserhalb aller RIF-Perimeter" + canton;
    }
    if (involved.size() > 1) {
      return "Die Durchführungsorte liegen in mehreren RIF-Perimetern ("
          + involved.stream().map(Region::name).collect(Collectors.joining(", ")) + ")" + canton;
    }
    return "Alle Durchführungsorte liegen im Perimeter von "
        + involved.iterator().next().name() + ".";
  }

  /** A municipality of that name that no longer existed on that day (merged into another). */
  private Optional<Municipality> merged(String name, LocalDate date) {
    return municipalities.stream()
        .filter(municipality -> municipality.isCalled(name) && municipality.validTo() != null
            && date.isAfter(municipality.validTo()))
        .findFirst();
  }

  private static String mergerWarning(Municipality merged) {
    return "Die Gemeinde «" + merged.name() + "» besteht seit dem "
        + date(merged.validTo().plusDays(1)) + " nicht mehr (Fusion). Bitte prüfen Sie den"
        + " Durchführungsort.";
  }

  private static String join(List<String> names) {
    return String.join(", ", names);
  }
}
