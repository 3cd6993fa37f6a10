package ch.ag.funding.budget;

import static ch.ag.funding.system.SwissFormat.chf;

import ch.ag.funding.region.Responsibility;
import ch.ag.funding.region.ResponsibilityService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly budgets and the ledger (domain.md §7 "Money"). Every booking locks its budget row
 * first, so bookings against one budget take their turn: a reservation is refused when it would
 * exceed the available amount, also under concurrent approvals on several nodes. Bookings are
 * idempotent by their key, and never changed or deleted.
 */
@Service
public class BudgetService {

  private final LedgerRepository ledger;
  private final ResponsibilityService offices;
  private final Clock clock;

  BudgetService(LedgerRepository ledger, ResponsibilityService offices, Clock clock) {
    this.ledger = ledger;
    this.offices = offices;
    this.clock = clock;
  }

  /** What a caller asks to book. */
  public record BookingRequest(BudgetKey budget, BookingType type, String businessKey,
      BigDecimal amount, String causedBy, String idempotencyKey) {}

  /**
   * Books once: a second request with the same idempotency key returns the first booking.
   *
   * @throws LedgerRefusedException with a German reason, nothing booked; it does not roll back a
   *     surrounding transaction, so that a process can take the refusal as a BPMN error
   */
  @Transactional(noRollbackFor = LedgerRefusedException.class)
  public Booking book(BookingRequest request) {
    BigDecimal amount = money(request.amount());
    if (amount.signum() <= 0) {
      throw new LedgerRefusedException("Der Betrag einer Buchung muss grösser als CHF 0.00 sein.");
    }
    BudgetKey key = request.budget();
    BigDecimal budget = ledger.lockBudget(key).orElseThrow(() -> new LedgerRefusedException(
        "Für " + describe(key) + " ist kein Budget festgelegt."));
    Optional<Booking> earlier = ledger.findByIdempotencyKey(request.idempotencyKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    LedgerSums ofCase = ledger.sumsOfCase(key, request.businessKey());
    switch (request.type()) {
      case RESERVATION -> {
        BigDecimal available = ledger.sumsOfBudget(key).figures(key, budget).available();
        if (amount.compareTo(available) > 0) {
          throw new LedgerRefusedException("Das Budget von " + describe(key) + " reicht nicht:"
              + " verfügbar sind " + chf(available) + ", benötigt werden " + chf(amount) + ".");
        }
      }
      case RELEASE, ADVANCE_PAYMENT, FINAL_PAYMENT -> {
        if (amount.compareTo(ofCase.reserved()) > 0) {
          throw new LedgerRefusedException("Die Buchung von " + chf(amount) + " übersteigt die"
              + " Reservation des Gesuchs " + request.businessKey() + " (noch reserviert: "
              + chf(ofCase.reserved()) + ").");
        }
      }
      case REPAYMENT_RECEIVED -> {
        if (amount.compareTo(ofCase.openRepaymentClaims()) > 0) {
          throw new LedgerRefusedException("Die Rückzahlung von " + chf(amount) + " übersteigt"
              + " die offene Rückforderung des Gesuchs " + request.businessKey() + " ("
              + chf(ofCase.openRepaymentClaims()) + ").");
        }
      }
      case REPAYMENT_CLAIM -> {
        // a claim has no effect on the budget until it is paid
      }
    }
    return ledger.insert(key, request.type(), request.businessKey(), amount, request.causedBy(),
        request.idempotencyKey(), clock.instant());
  }

  /**
   * Sets a budget, refused when it would fall below what is committed (reservations − releases −
   * repayments received).
   */
  @Transactional
  public BudgetFigures setBudget(BudgetKey key, BigDecimal requestedAmount, String by) {
    BigDecimal amount = money(requestedAmount);
    checkOffice(key.office());
    if (amount.signum() < 0) {
      throw new LedgerRefusedException("Ein Budget kann nicht negativ sein.");
    }
    if (ledger.lockBudget(key).isEmpty()) {
      ledger.insertBudget(key, amount, by, clock.instant());
      return ledger.sumsOfBudget(key).figures(key, amount);
    }
    LedgerSums sums = ledger.sumsOfBudget(key);
    if (amount.compareTo(sums.committed()) < 0) {
      throw new LedgerRefusedException("Das Budget von " + describe(key) + " kann nicht unter"
          + " die gebundenen Mittel von " + chf(sums.committed()) + " gesetzt werden.");
    }
    ledger.updateBudget(key, amount, by, clock.instant());
    return sums.figures(key, amount);
  }

  /** Sets a budget only if it has none yet (demo data, yearly set-up). */
  @Transactional
  public void initialiseBudget(BudgetKey key, BigDecimal amount, String by) {
    if (ledger.lockBudget(key).isEmpty()) {
      ledger.insertBudget(key, money(amount), by, clock.instant());
    }
  }

  @Transactional(readOnly = true)
  public Optional<BudgetFigures> figures(BudgetKey key) {
    return ledger.budgetAmount(key).map(budget -> ledger.sumsOfBudget(key).figures(key, budget));
  }

  @Transactional(readOnly = true)
  public List<BudgetFigures> figuresOfYear(int year) {
    return ledger.figuresOfYear(year);
  }

  /**
   * Records money an applicant paid back on the case's repayment claim, once per payment
   * (idempotent by the payment's reference, e.g. the bank's booking number).
   *
   * @throws LedgerRefusedException German, when the case has no open claim or the amount
   *     exceeds it
   */
  @Transactional(noRollbackFor = LedgerRefusedException.class)
  public Booking recordRepayment(String businessKey, BigDecimal amount, String paymentReference,
      String by) {
    if (paymentReference == null || paymentReference.isBlank()
        || paymentReference.length() > 100) {
      throw new LedgerRefusedException("Bitte geben Sie die Referenz der Zahlung an (z. B. die"
          + " Buchungsnummer der Bank), höchstens 100 Zeichen.");
    }
    BudgetKey key = ledger.bookingsOfCase(businessKey).stream()
        .filter(booking -> booking.type() == BookingType.REPAYMENT_CLAIM)
        .map(Booking::budget).findFirst()
        .orElseThrow(() -> new LedgerRefusedException("Zum Gesuch " + businessKey
            + " gibt es keine Rückforderung."));
    return book(new BookingRequest(key, BookingType.REPAYMENT_RECEIVED, businessKey,
        amount == null ? BigDecimal.ZERO : amount, by,
        businessKey + "/" + BookingType.REPAYMENT_RECEIVED + "/" + paymentReference.strip()));
  }

  /**
   * Releases what is still reserved for a case, once per releasing step (idempotent by the
   * step's name); nothing when nothing is left.
   */
  @Transactional
  public void releaseWhatIsLeft(BudgetKey key, String businessKey, String step) {
    BigDecimal reserved = stillReserved(key, businessKey);
    if (reserved.signum() > 0) {
      book(new BookingRequest(key, BookingType.RELEASE, businessKey, reserved, step,
          businessKey + "/" + BookingType.RELEASE + "/" + step));
    }
  }

  /** What is still reserved for a case on a budget: reservations − releases − payments. */
  @Transactional(readOnly = true)
  public BigDecimal stillReserved(BudgetKey key, String businessKey) {
    return ledger.sumsOfCase(key, businessKey).reserved();
  }

  @Transactional(readOnly = true)
  public List<Booking> bookingsOfCase(String businessKey) {
    return ledger.bookingsOfCase(businessKey);
  }

  /** The office's public name, money source and year, for messages. */
  public String describe(BudgetKey key) {
    return officeName(key.office()) + " (" + key.source() + " " + key.year() + ")";
  }

  /**
   * A budget and what is available of it, for messages: "Budget … (KIP 2026): CHF …, davon
   * verfügbar CHF …".
   */
  public String describe(BudgetFigures figures) {
    return "Budget " + describe(figures.key()) + ": " + chf(figures.budget())
        + ", davon verfügbar " + chf(figures.available());
  }

  public String officeName(String office) {
    return officeNames().getOrDefault(office, office);
  }

  /** The public names of all offices that hold budgets: the RIF and the canton. */
  public Map<String, String> officeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    offices.perimeters().regions().forEach(region -> names.put(region.id(), region.name()));
    names.put(Responsibility.CANTON, "Kanton (MIKA)");
    return names;
  }

  private void checkOffice(String office) {
    if (!officeNames().containsKey(office)) {
      throw new LedgerRefusedException("Unbekannte Stelle «" + office + "»: erlaubt sind die"
          + " RIF und " + Responsibility.CANTON + ".");
    }
  }

  private static BigDecimal money(BigDecimal amount) {
    if (amount == null) {
      throw new LedgerRefusedException("Der Betrag fehlt.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new LedgerRefusedException("Beträge haben höchstens zwei Nachkommastellen (Rappen).");
    }
    if (amount.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
      throw new LedgerRefusedException("Der Betrag ist zu gross.");
    }
    return amount.setScale(2);
  }
}
