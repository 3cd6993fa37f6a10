package ch.ag.funding.region;

import ch.ag.funding.system.web.BadRequestException;
import ch.ag.funding.system.web.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the RIF perimeters by an uploaded file (domain.md §7 {@code PUT /api/admin/perimeters}):
 * the whole file is checked first, then applied in one transaction or refused with every problem.
 * A change counts for applications submitted from its {@code valid_from} on; running cases keep
 * the responsibility they were given (a process variable).
 */
@Service
class PerimeterService {

  /** More problems than this are counted but not listed. */
  static final int LISTED_PROBLEMS = 200;

  private final PerimeterRepository repository;
  private final Clock clock;

  PerimeterService(PerimeterRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** What a replacement did: the number of memberships, and per region those valid today. */
  record Replacement(String message, int memberships, LocalDate date, List<RegionCount> regions) {}

  record RegionCount(String id, String name, long municipalities) {}

  /**
   * Replaces all memberships by those of the file, or refuses it as a whole.
   *
   * @throws BadRequestException with one German error per problem ("Zeile 5": ...)
   */
  @Transactional
  public Replacement replace(byte[] file) {
    Perimeters current = repository.load();
    PerimeterImport.Result result =
        new PerimeterImport(current.municipalities(), current.regions()).read(file);
    if (!result.accepted()) {
      throw refusal(result.problems());
    }
    repository.replaceMemberships(result.memberships());
    LocalDate today = LocalDate.now(clock);
    Perimeters replaced = new Perimeters(current.municipalities(), current.regions(),
        result.memberships());
    List<RegionCount> regions = current.regions().stream()
        .map(region -> new RegionCount(region.id(), region.name(),
            replaced.municipalitiesOf(region.id(), today).size()))
        .toList();
    return new Replacement("Die Perimeter wurden ersetzt: " + result.memberships().size()
        + " Zugehörigkeiten.", result.memberships().size(), today, regions);
  }

  private static BadRequestException refusal(List<PerimeterImport.Problem> problems) {
    String message = "Die Datei enthält " + problems.size() + " Fehler; es wurde nichts geändert."
        + (problems.size() > LISTED_PROBLEMS
            ? " Aufgeführt sind die ersten " + LISTED_PROBLEMS + "." : "");
    return new BadRequestException(message, problems.stream().limit(LISTED_PROBLEMS)
        .map(problem -> new FieldError(problem.line() == PerimeterImport.Problem.FILE
            ? "Datei" : "Zeile " + problem.line(), problem.message()))
        .toList());
  }
}
