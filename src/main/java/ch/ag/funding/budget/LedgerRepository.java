package ch.ag.funding.budget;

import ch.ag.funding.submission.Application.FundingSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Budgets and ledger bookings (tables of migration 4). */
@Repository
class LedgerRepository {

  private static final String BOOKING_COLUMNS = "id, office, budget_year, source, booking_type,"
      + " business_key, amount, caused_by, idempotency_key, booked_at";

  private final JdbcTemplate jdbc;

  LedgerRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The budget's amount, its row locked until the transaction ends: bookings against one budget
   * take their turn, so that concurrent reservations cannot overspend it.
   */
  Optional<BigDecimal> lockBudget(BudgetKey key) {
    return budgetAmount(key, " for update");
  }

  /** The budget's amount, without locking. */
  Optional<BigDecimal> budgetAmount(BudgetKey key) {
    return budgetAmount(key, "");
  }

  private Optional<BigDecimal> budgetAmount(BudgetKey key, String lock) {
    return jdbc.query("select amount from budget where office = ? and budget_year = ?"
            + " and source = ?" + lock,
            (row, i) -> row.getBigDecimal("amount"), key.office(), key.year(),
            key.source().name())
        .stream().findFirst();
  }

  void insertBudget(BudgetKey key, BigDecimal amount, String by, Instant at) {
    jdbc.update("insert into budget (office, budget_year, source, amount, updated_at, updated_by)"
            + " values (?, ?, ?, ?, ?, ?)",
        key.office(), key.year(), key.source().name(), amount, Timestamp.from(at), by);
  }

  void updateBudget(BudgetKey key, BigDecimal amount, String by, Instant at) {
    jdbc.update("update budget set amount = ?, updated_at = ?, updated_by = ?"
            + " where office = ? and budget_year = ? and source = ?",
        amount, Timestamp.from(at), by, key.office(), key.year(), key.source().name());
  }

  LedgerSums sumsOfBudget(BudgetKey key) {
    return sums("office = ? and budget_year = ? and source = ?", key.office(), key.year(),
        key.source().name());
  }

  LedgerSums sumsOfCase(BudgetKey key, String businessKey) {
    return sums("office = ? and budget_year = ? and source = ? and business_key = ?",
        key.office(), key.year(), key.source().name(), businessKey);
  }

  private LedgerSums sums(String where, Object... arguments) {
    Map<BookingType, BigDecimal> sums = new EnumMap<>(BookingType.class);
    jdbc.query("select booking_type, sum(amount) total from ledger_booking where " + where
            + " group by booking_type",
        row -> {
          sums.put(BookingType.valueOf(row.getString("booking_type")),
              row.getBigDecimal("total"));
        }, arguments);
    return new LedgerSums(sums);
  }

  /** The figures of every budget of a year, in one query. */
  List<BudgetFigures> figuresOfYear(int year) {
    Map<BudgetKey, BigDecimal> budgets = new LinkedHashMap<>();
    Map<BudgetKey, Map<BookingType, BigDecimal>> sums = new LinkedHashMap<>();
    jdbc.query("select b.office, b.source, b.amount, l.booking_type, sum(l.amount) total"
            + " from budget b left join ledger_booking l on l.office = b.office"
            + " and l.budget_year = b.budget_year and l.source = b.source"
            + " where b.budget_year = ?"
            + " group by b.office, b.source, b.amount, l.booking_type"
            + " order by b.office, b.source",
        row -> {
          BudgetKey key = new BudgetKey(row.getString("office"), year,
              FundingSource.valueOf(row.getString("source")));
          budgets.put(key, row.getBigDecimal("amount"));
          Map<BookingType, BigDecimal> ofKey =
              sums.computeIfAbsent(key, k -> new EnumMap<>(BookingType.class));
          if (row.getString("booking_type") != null) {
            ofKey.put(BookingType.valueOf(row.getString("booking_type")),
                row.getBigDecimal("total"));
          }
        }, year);
    List<BudgetFigures> figures = new ArrayList<>();
    budgets.forEach((key, amount) -> figures.add(
        new LedgerSums(sums.get(key)).figures(key, amount)));
    return figures;
  }

  Optional<Booking> findByIdempotencyKey(String idempotencyKey) {
    return jdbc.query("select " + BOOKING_COLUMNS + " from ledger_booking"
        + " where idempotency_key = ?", LedgerRepository::booking, idempotencyKey)
        .stream().findFirst();
  }

  List<Booking> bookingsOfCase(String businessKey) {
    return jdbc.query("select " + BOOKING_COLUMNS + " from ledger_booking"
        + " where business_key = ? order by id", LedgerRepository::booking, businessKey);
  }

  Booking insert(BudgetKey key, BookingType type, String businessKey, BigDecimal amount,
      String causedBy, String idempotencyKey, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into ledger_booking (office,"
          + " budget_year, source, booking_type, business_key, amount, caused_by,"
          + " idempotency_key, booked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, key.office());
      statement.setInt(2, key.year());
      statement.setString(3, key.source().name());
      statement.setString(4, type.name());
      statement.setString(5, businessKey);
      statement.setBigDecimal(6, amount);
      statement.setString(7, causedBy);
      statement.setString(8, idempotencyKey);
      statement.setTimestamp(9, Timestamp.from(at));
      return statement;
    }, keys);
    return new Booking(keys.getKey().longValue(), key, type, businessKey, amount, causedBy,
        idempotencyKey, at);
  }

  private static Booking booking(ResultSet row, int i) throws SQLException {
    return new Booking(row.getLong("id"),
        new BudgetKey(row.getString("office"), row.getInt("budget_year"),
            FundingSource.valueOf(row.getString("source"))),
        BookingType.valueOf(row.getString("booking_type")), row.getString("business_key"),
        row.getBigDecimal("amount"), row.getString("caused_by"),
        row.getString("idempotency_key"), row.getTimestamp("booked_at").toInstant());
  }
}
