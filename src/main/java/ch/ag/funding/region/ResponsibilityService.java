package ch.ag.funding.region;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers which office is responsible for an application: for its municipalities, the
 * supra-regional flag and a date (the submission date: perimeter changes apply to applications
 * submitted from their {@code valid_from} on; running cases keep what they were given).
 */
@Service
public class ResponsibilityService {

  private final PerimeterRepository repository;

  ResponsibilityService(PerimeterRepository repository) {
    this.repository = repository;
  }

  @Transactional(readOnly = true)
  public Responsibility responsibility(Collection<String> municipalities, boolean supraRegional,
      LocalDate date) {
    return repository.load().responsibility(municipalities, supraRegional, date);
  }

  @Transactional(readOnly = true)
  public Perimeters perimeters() {
    return repository.load();
  }
}
