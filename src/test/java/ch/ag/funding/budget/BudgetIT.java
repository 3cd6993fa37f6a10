package ch.ag.funding.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.budget.BudgetService.BookingRequest;
import ch.ag.funding.submission.Application.FundingSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger on PostgreSQL with real transactions: the worked example of domain.md §7, idempotent
 * bookings, no overspend under 100 concurrent reservations, budgets through the API. Each test
 * uses a budget of its own (office and year), since the tests share one database.
 */
class BudgetIT extends PostgresIntegrationTest {

  @Autowired BudgetService budgets;
  @Autowired BudgetCheckService budgetChecks;
  @Autowired JdbcTemplate jdbc;

  private static BigDecimal chf(long amount) {
    return BigDecimal.valueOf(amount).setScale(2);
  }

  private BudgetKey budget(String office, int year, long amount) {
    BudgetKey key = new BudgetKey(office, year, FundingSource.KIP);
    budgets.setBudget(key, chf(amount), "test");
    return key;
  }

  private Booking book(BudgetKey key, BookingType type, String reference, long amount) {
    return budgets.book(new BookingRequest(key, type, reference, chf(amount), "test",
        reference + ":" + type + ":" + amount));
  }

  private BudgetFigures figures(BudgetKey key) {
    return budgets.figures(key).orElseThrow();
  }

  @Test
  void theWorkedExampleOfTheContractBookingByBooking() {
    BudgetKey key = budget("rif-baden", 2031, 40_000);

    book(key, BookingType.RESERVATION, "SI-2031-0001", 10_000);
    assertThat(figures(key).available()).isEqualByComparingTo(chf(30_000));
    assertThat(figures(key).reserved()).isEqualByComparingTo(chf(10_000));
    book(key, BookingType.ADVANCE_PAYMENT, "SI-2031-0001", 8_000);
    assertThat(figures(key).reserved()).isEqualByComparingTo(chf(2_000));
    assertThat(figures(key).paid()).isEqualByComparingTo(chf(8_000));
    assertThat(figures(key).available()).isEqualByComparingTo(chf(30_000));
    book(key, BookingType.FINAL_PAYMENT, "SI-2031-0001", 1_000);
    book(key, BookingType.RELEASE, "SI-2031-0001", 1_000);

    BudgetFigures closed = figures(key);
    assertThat(closed.reserved()).isEqualByComparingTo(chf(0));
    assertThat(closed.paid()).isEqualByComparingTo(chf(9_000));
    assertThat(closed.available()).isEqualByComparingTo(chf(31_000));
  }

  @Test
  void theWorkedExampleWithARepayment() {
    BudgetKey key = budget("rif-brugg", 2031, 40_000);
    book(key, BookingType.RESERVATION, "SI-2031-0002", 10_000);
    book(key, BookingType.ADVANCE_PAYMENT, "SI-2031-0002", 8_000);
    book(key, BookingType.RELEASE, "SI-2031-0002", 2_000);
    book(key, BookingType.REPAYMENT_CLAIM, "SI-2031-0002", 2_000);
    assertThat(figures(key).available()).isEqualByComparingTo(chf(32_000));

    book(key, BookingType.REPAYMENT_RECEIVED, "SI-2031-0002", 2_000);

    assertThat(figures(key).available()).isEqualByComparingTo(chf(34_000));
    assertThat(figures(key).paid()).isEqualByComparingTo(chf(6_000));
  }

  @Test
  void aBookingReplayedWithTheSameKeyIsRecordedOnce() {
    BudgetKey key = budget("rif-aarau", 2031, 40_000);

    Booking first = book(key, BookingType.RESERVATION, "SI-2031-0003", 5_000);
    Booking again = book(key, BookingType.RESERVATION, "SI-2031-0003", 5_000);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(budgets.bookingsOfCase("SI-2031-0003")).hasSize(1);
    assertThat(figures(key).available()).isEqualByComparingTo(chf(35_000));
  }

  @Test
  void aReservationBeyondTheAvailableAmountIsRefusedAndBooksNothing() {
    BudgetKey key = budget("rif-freiamt", 2031, 12_000);
    book(key, BookingType.RESERVATION, "SI-2031-0004", 10_000);

    assertThatThrownBy(() -> book(key, BookingType.RESERVATION, "SI-2031-0005", 2_500))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessage("Das Budget von Integration im Freiamt (KIP 2031) reicht nicht: verfügbar"
            + " sind CHF 2'000.00, benötigt werden CHF 2'500.00.");
    assertThat(budgets.bookingsOfCase("SI-2031-0005")).isEmpty();
  }

  @Test
  void paymentsCannotExceedTheReservationOfTheCase() {
    BudgetKey key = budget("rif-fricktal", 2031, 40_000);
    book(key, BookingType.RESERVATION, "SI-2031-0006", 10_000);

    assertThatThrownBy(() -> book(key, BookingType.ADVANCE_PAYMENT, "SI-2031-0006", 10_001))
        .isInstanceOf(LedgerRefusedException.class).hasMessageContaining("übersteigt");
  }

  @Test
  void aBudgetCannotBeSetBelowWhatIsCommitted() {
    BudgetKey key = budget("rif-zofingen", 2031, 40_000);
    book(key, BookingType.RESERVATION, "SI-2031-0007", 25_000);

    assertThatThrownBy(() -> budgets.setBudget(key, chf(24_999), "test"))
        .isInstanceOf(LedgerRefusedException.class)
        .hasMessageContaining("gebundenen Mittel von CHF 25'000.00");
    assertThat(budgets.setBudget(key, chf(25_000), "test").available())
        .isEqualByComparingTo(chf(0));
  }

  @Test
  void aHundredConcurrentReservationsNeverOverspendTheBudget() throws Exception {
    BudgetKey key = budget("rif-aargausued", 2031, 40_000);
    int attempts = 100;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Long>> reservations = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      String reference = String.format("SI-2031-1%03d", i);
      reservations.add(() -> {
        start.await();
        long began = System.nanoTime();
        try {
          book(key, BookingType.RESERVATION, reference, 1_000);
          return System.nanoTime() - began;
        } catch (LedgerRefusedException refused) {
          return -1L;
        }
      });
    }
    List<Future<Long>> results = new ArrayList<>();
    reservations.forEach(reservation -> results.add(pool.submit(reservation)));
    long began = System.nanoTime();
    start.countDown();
    List<Long> succeeded = new ArrayList<>();
    for (Future<Long> result : results) {
      long nanos = result.get();
      if (nanos >= 0) {
        succeeded.add(nanos);
      }
    }
    long total = System.nanoTime() - began;
    pool.shutdown();

    assertThat(succeeded).hasSize(40);
    assertThat(figures(key).available()).isEqualByComparingTo(chf(0));
    assertThat(jdbc.queryForObject("select sum(amount) from ledger_booking where office = ?"
        + " and budget_year = 2031", BigDecimal.class, key.office()))
        .isEqualByComparingTo(chf(40_000));
    System.out.printf("100 concurrent reservations of CHF 1'000 on a budget of CHF 40'000:"
        + " %d succeeded, %d refused, %d ms in all, mean %.1f ms per successful reservation%n",
        succeeded.size(), attempts - succeeded.size(), total / 1_000_000,
        succeeded.stream().mapToLong(Long::longValue).average().orElse(0) / 1_000_000);
  }

  @Test
  void theBudgetCheckSummarisesCapsAndRemainingBudget() {
    BudgetKey key = budget("rif-lenzburg-seetal", 2031, 40_000);
    book(key, BookingType.RESERVATION, "SI-2031-0008", 35_000);

    BudgetCheck check = budgetChecks.check(key, chf(10_000), chf(20_000));

    assertThat(check.sufficient()).isFalse();
    assertThat(check.available()).isEqualByComparingTo(chf(5_000));
    assertThat(check.summary()).contains("CHF 10'000.00", "50 %", "60 %", "CHF 50'000.00",
        "RIF Lenzburg-Seetal (KIP 2031)", "verfügbar CHF 5'000.00", "es fehlen CHF 5'000.00");
  }

  @Test
  void staffReadBudgetsAndOnlyAdministratorsSetThem() {
    Http admin = http().as("admin", "demo");
    Http.Response set = admin.put("/api/admin/budgets/rif-oberes-freiamt/2033/IP",
        Map.of("amount", 25_000.5));
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("available").decimalValue()).isEqualByComparingTo("25000.50");

    JsonNode year = http().as("rif-baden-demo", "demo").get("/api/budgets?year=2033").json();
    assertThat(year).hasSize(1);
    assertThat(year.get(0).get("officeName").asText()).isEqualTo("RIF Oberes Freiamt");
    assertThat(http().as("canton-demo", "demo").put("/api/admin/budgets/rif-baden/2033/IP",
        Map.of("amount", 1)).status()).isEqualTo(403);
    assertThat(admin.put("/api/admin/budgets/rif-baden/2033/IP", Map.of("amount", "viel"))
        .status()).isEqualTo(400);
  }

  @Test
  void theDemoProfileSetsTheBudgetsOfDomainSeven() {
    int year = java.time.LocalDate.now().getYear();
    JsonNode budgetsOfYear = http().as("manager-demo", "demo").get("/api/budgets?year=" + year)
        .json();

    assertThat(budgetsOfYear).hasSize(20);
    assertThat(budgetsOfYear.findValues("budget")).extracting(JsonNode::decimalValue)
        .usingElementComparator(BigDecimal::compareTo)
        .contains(chf(40_000), chf(20_000), chf(300_000), chf(100_000));
  }

  @Test
  void aCasesBookingsAreShownToStaffWhoMaySeeTheCase() {
    String reference = http().post("/api/applications",
        ch.ag.funding.submission.TestApplications.valid()).json().get("reference").asText();
    BudgetKey key = budget("canton-mika", 2034, 100_000);
    book(key, BookingType.RESERVATION, reference, 10_000);

    Http.Response canton = http().as("canton-demo", "demo")
        .get("/api/cases/" + reference + "/ledger");
    assertThat(canton.status()).isEqualTo(200);
    assertThat(canton.json()).hasSize(1);
    assertThat(canton.json().get(0).get("type").asText()).isEqualTo("RESERVATION");
    assertThat(canton.json().get(0).get("amount").decimalValue())
        .isEqualByComparingTo(chf(10_000));

    assertThat(http().as("rif-zofingen-demo", "demo").get("/api/cases/" + reference + "/ledger")
        .status()).isEqualTo(403);
    assertThat(http().as("canton-demo", "demo").get("/api/cases/SI-1999-9999/ledger").status())
        .isEqualTo(404);
    assertThat(http().get("/api/cases/" + reference + "/ledger").status()).isEqualTo(401);
  }
}
