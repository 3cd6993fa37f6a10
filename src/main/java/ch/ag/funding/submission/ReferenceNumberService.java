package ch.ag.funding.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each application its reference {@code SI-<year>-<sequence>} from a counter row per year
 * (table {@code reference_counter}): unique under concurrent submissions, on several nodes and
 * across restarts, starting again at 1 each year. Gaps (a refused submission) are acceptable.
 */
@Service
public class ReferenceNumberService {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  ReferenceNumberService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next reference of the current year. Joins the caller's transaction if there is one (the
   * counter row then stays locked until it ends), else runs in a short one of its own.
   */
  public String next() {
    int year = LocalDate.now(clock).getYear();
    for (int attempt = 0; attempt < 2; attempt++) {
      Long value = transaction.execute(status -> increment(year));
      if (value != null) {
        return format(year, value);
      }
      createCounter(year);
    }
    throw new IllegalStateException("No reference counter for " + year);
  }

  static String format(int year, long sequence) {
    return String.format(Locale.ROOT, "SI-%d-%04d", year, sequence);
  }

  private Long increment(int year) {
    int updated = jdbc.update(
        "update reference_counter set last_value = last_value + 1 where counter_year = ?", year);
    if (updated == 0) {
      return null;
    }
    return jdbc.queryForObject(
        "select last_value from reference_counter where counter_year = ?", Long.class, year);
  }

  /** The first reference of a year creates its counter; another node may do so at once. */
  private void createCounter(int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into reference_counter (counter_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException alreadyCreated) {
      // created concurrently: the next increment uses it
    }
  }
}
