package ch.ag.funding.budget;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.submission.Application.FundingSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures of domain.md §7 "Money", worked through booking by booking. */
class LedgerSumsTest {

  private static final BudgetKey KEY = new BudgetKey("rif-baden", 2027, FundingSource.KIP);
  private static final BigDecimal BUDGET = chf(40_000);

  private final Map<BookingType, BigDecimal> sums = new EnumMap<>(BookingType.class);

  private static BigDecimal chf(long amount) {
    return BigDecimal.valueOf(amount).setScale(2);
  }

  private BudgetFigures book(BookingType type, long amount) {
    sums.merge(type, chf(amount), BigDecimal::add);
    return new LedgerSums(sums).figures(KEY, BUDGET);
  }

  private static void expect(BudgetFigures figures, long available, long reserved, long paid) {
    assertThat(figures.available()).isEqualByComparingTo(chf(available));
    assertThat(figures.reserved()).isEqualByComparingTo(chf(reserved));
    assertThat(figures.paid()).isEqualByComparingTo(chf(paid));
    assertThat(figures.committed()).isEqualByComparingTo(BUDGET.subtract(chf(available)));
  }

  @Test
  void paymentsDrawOnTheReservationAndTheUnusedRestIsReleased() {
    expect(new LedgerSums(sums).figures(KEY, BUDGET), 40_000, 0, 0);
    expect(book(BookingType.RESERVATION, 10_000), 30_000, 10_000, 0);
    expect(book(BookingType.ADVANCE_PAYMENT, 8_000), 30_000, 2_000, 8_000);
    book(BookingType.FINAL_PAYMENT, 1_000);
    expect(book(BookingType.RELEASE, 1_000), 31_000, 0, 9_000);
  }

  @Test
  void aRepaymentClaimHasNoEffectUntilTheMoneyIsReceived() {
    book(BookingType.RESERVATION, 10_000);
    book(BookingType.ADVANCE_PAYMENT, 8_000);
    expect(book(BookingType.RELEASE, 2_000), 32_000, 0, 8_000);

    BudgetFigures claimed = book(BookingType.REPAYMENT_CLAIM, 2_000);
    expect(claimed, 32_000, 0, 8_000);
    assertThat(claimed.openRepaymentClaims()).isEqualByComparingTo(chf(2_000));

    BudgetFigures received = book(BookingType.REPAYMENT_RECEIVED, 2_000);
    expect(received, 34_000, 0, 6_000);
    assertThat(received.openRepaymentClaims()).isEqualByComparingTo(chf(0));
  }
}
